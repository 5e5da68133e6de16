import { clsx } from 'clsx'
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import type { HTMLAttributes, KeyboardEvent } from 'react'
import { keepPreviousData } from '@tanstack/react-query'
import type { QueryKey } from '@tanstack/react-query'
import { actionKeys } from '../../hooks/actionKeys'
import { useActions } from '../../hooks/useActions'
import { useActionPrefetcher } from '../../hooks/useActionPrefetcher'
import type { ActionInstance } from '../../types'
import { ActionListRow } from './ActionListRow'
import { ActionListStatus } from './ActionListStatus'
import { preloadActionForm } from '../form/preloadActionForm'
import type { ActionsLabels } from '../labels/ActionsLabels'
import { useLabels } from '../labels/useLabels'
import { useControllableState } from '@radix-ui/react-use-controllable-state'
import { useDebouncedValue } from '../../hooks/useDebouncedValue'
import { useListWindow } from '../internal/useListWindow'

/** Props of `ActionList`. */
export interface ActionListProps extends Omit<HTMLAttributes<HTMLDivElement>, 'defaultValue' | 'onChange'> {
  /** The connection whose action instances are listed: an integration key, a connection id or an integration id. */
  connection: string
  /** The id of the selected instance (controlled); `null` selects nothing. Defaults to uncontrolled. */
  selectedAction?: string | null
  /** The id of the instance selected at first when uncontrolled. Defaults to `null`. */
  defaultSelectedAction?: string | null
  /** Called with the instance's id and the instance when the user selects a row. */
  onSelectedActionChange?: (actionId: string, action: ActionInstance) => void
  /** Page size of every list request. Defaults to `100`. */
  pageSize?: number
  /** Whether archived instances are listed too. Defaults to `false`. */
  includeArchived?: boolean
  /** Delay between the last keystroke in the search box and the request. Defaults to `250`. */
  searchDebounceMs?: number
  /** Overrides of the labels from `ActionsLabelsProvider`. Defaults to none. */
  labels?: Partial<ActionsLabels>
}

function isListOf(queryKey: QueryKey, connection: string): boolean {
  return actionKeys.lists(connection).every((part, index) => queryKey[index] === part)
}

const moves: { [key: string]: (index: number, last: number) => number } = {
  ArrowDown: (index, last) => Math.min(index + 1, last),
  ArrowUp: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_index, last) => last,
}

// Rows from the end of the loaded ones at which scrolling loads the next page.
const LOAD_AHEAD = 10

/**
 * A searchable, keyboard-navigable listbox of a connection's action instances, with paging and badges. Only the
 * rows in and near the scrolled-to window are rendered, so a list of 10,000 mounts as fast as one of 30.
 */
export function ActionList({
  connection,
  selectedAction,
  defaultSelectedAction = null,
  onSelectedActionChange,
  pageSize = 100,
  includeArchived,
  searchDebounceMs = 250,
  labels: labelsProp,
  className,
  ...props
}: ActionListProps) {
  const labels = useLabels(labelsProp)
  const idPrefix = useId()
  const listRef = useRef<HTMLDivElement>(null)
  const [search, setSearch] = useState('')
  const debouncedSearch = useDebouncedValue(search.trim(), searchDebounceMs)
  const query = useActions(
    { connection, search: debouncedSearch || undefined, limit: pageSize, includeArchived },
    {
      // While a new search loads, keep showing the connection's previous rows, never another connection's.
      placeholderData: (previous, previousQuery) =>
        previousQuery && isListOf(previousQuery.queryKey, connection)
          ? keepPreviousData(previous)
          : undefined,
    },
  )
  const items = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data])
  const [selected, setSelected] = useControllableState({
    prop: selectedAction,
    defaultProp: defaultSelectedAction,
    caller: 'ActionList',
  })
  const [activeId, setActiveId] = useState<string | null>(null)
  // Index of an id among the loaded rows: built once per change of the rows and only when an id is looked up, so
  // neither mounting nor each scrolled frame scans thousands of rows.
  const indexOfId = useMemo(() => {
    let indexes: Map<string, number> | undefined
    return (id: string | null | undefined) => {
      if (id == null) return -1
      indexes ??= new Map(items.map((item, index) => [item.id, index]))
      return indexes.get(id) ?? -1
    }
  }, [items])
  const selectedIndex = indexOfId(selected)
  const activeIdIndex = indexOfId(activeId)
  const activeIndex =
    activeIdIndex >= 0 ? activeIdIndex : selectedIndex >= 0 ? selectedIndex : items.length > 0 ? 0 : -1
  const activeRowId = items[activeIndex]?.id
  const getItemKey = useCallback((index: number) => items[index]?.id ?? String(index), [items])
  const rows = useListWindow({
    count: items.length,
    getScrollElement: () => listRef.current,
    pinned: activeIndex,
    getItemKey,
  })

  const prefetchAction = useActionPrefetcher()
  // The rows are memoized: their callbacks stay stable and read the latest props here.
  const latest = useRef({ connection, selected, setSelected, onSelectedActionChange, prefetchAction })
  useLayoutEffect(() => {
    latest.current = { connection, selected, setSelected, onSelectedActionChange, prefetchAction }
  })
  const onSelect = useCallback((action: ActionInstance) => {
    setActiveId(action.id)
    if (latest.current.selected === action.id) return
    latest.current.setSelected(action.id)
    latest.current.onSelectedActionChange?.(action.id, action)
  }, [])
  const onActivate = useCallback((action: ActionInstance) => setActiveId(action.id), [])
  const onPrefetch = useCallback((action: ActionInstance) => {
    const { connection: current, prefetchAction: prefetch } = latest.current
    prefetch({ connection: current, action: action.key ?? action.id, instanceKey: action.instanceKey })
    void preloadActionForm()
  }, [])

  const onListKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = items[activeIndex]
    if ((event.key === 'Enter' || event.key === ' ') && current) {
      event.preventDefault()
      onSelect(current)
      return
    }
    const move = moves[event.key]
    if (!move || items.length === 0) return
    event.preventDefault()
    const next = move(Math.max(activeIndex, 0), items.length - 1)
    const target = items[next]
    if (!target) return
    // The row may not be rendered: make it the active (always rendered) row, scroll to it, then focus it.
    flushSync(() => setActiveId(target.id))
    rows.scrollToIndex(next, { align: 'auto' })
    listRef.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus({ preventScroll: true })
  }

  // The selected row is scrolled into view when it changes or first appears; a new search starts at the top.
  // (A list just mounted is at the top already; asking the virtualizer would read the box's scrollHeight, a forced
  // layout inside the commit.)
  const searchedFor = useRef(debouncedSearch)
  useLayoutEffect(() => {
    if (searchedFor.current === debouncedSearch) return
    searchedFor.current = debouncedSearch
    rows.scrollToOffset(0)
  }, [rows, debouncedSearch])
  useLayoutEffect(() => {
    if (selectedIndex >= 0) rows.scrollToIndex(selectedIndex, { align: 'auto' })
  }, [rows, selectedIndex])

  const windowRows = rows.getVirtualItems()
  const lastRendered = windowRows[windowRows.length - 1]?.index ?? -1
  // Scrolling (or moving with the keyboard) near the end loads the next page; "Load more" stays for the rest.
  const loadsMore =
    lastRendered >= items.length - LOAD_AHEAD &&
    (rows.scrollOffset ?? 0) > 0 &&
    query.hasNextPage &&
    !query.isFetching &&
    !query.isFetchNextPageError
  const { fetchNextPage } = query
  useEffect(() => {
    if (loadsMore) void fetchNextPage()
  }, [loadsMore, fetchNextPage])

  const setSize = query.hasNextPage ? -1 : items.length
  const state = query.isPending ? 'pending' : query.isError && items.length === 0 ? 'error' : 'success'
  return (
    <div
      className={clsx('rai-list', className)}
      data-state={state}
      aria-busy={query.isFetching || undefined}
      {...props}
    >
      <label className="rai-list-search">
        <span className="rai-label">{labels.listSearchLabel}</span>
        <input
          type="search"
          className="rai-input"
          value={search}
          placeholder={labels.listSearchPlaceholder}
          onChange={(event) => setSearch(event.target.value)}
        />
      </label>
      {items.length > 0 && (
        <div
          ref={listRef}
          role="listbox"
          aria-label={labels.listLabel}
          className="rai-list-options"
          onKeyDown={onListKeyDown}
        >
          <div className="rai-list-window" style={{ height: rows.getTotalSize() }}>
            {windowRows.map((row) => {
              const item = items[row.index] as ActionInstance
              return (
                <ActionListRow
                  key={row.key}
                  action={item}
                  index={row.index}
                  setSize={setSize}
                  start={row.start}
                  measureRef={rows.measureElement}
                  optionId={`${idPrefix}-${item.id}`}
                  selected={item.id === selected}
                  active={item.id === activeRowId}
                  labels={labels}
                  onSelect={onSelect}
                  onActivate={onActivate}
                  onPrefetch={onPrefetch}
                />
              )
            })}
          </div>
        </div>
      )}
      <ActionListStatus
        isPending={query.isPending}
        error={query.error}
        isFetchNextPageError={query.isFetchNextPageError}
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        fetchNextPage={query.fetchNextPage}
        refetch={query.refetch}
        count={items.length}
        search={debouncedSearch}
        labels={labels}
      />
    </div>
  )
}
