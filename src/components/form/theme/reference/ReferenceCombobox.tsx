import { clsx } from 'clsx'
import { useCombobox } from 'downshift'
import { useState } from 'react'
import type { ChangeEvent, FocusEvent, KeyboardEvent, UIEvent } from 'react'
import type { DataRecord } from '../../../../types'
import type { ActionsLabels } from '../../../labels/ActionsLabels'
import { ReferenceMenu } from './ReferenceMenu'
import type { ReferenceMenuState } from './ReferenceMenu'
import { RecordLabel, recordLabel } from './ReferenceOption'
import type { ReferenceItem } from './ReferenceOption'

/** Props of the reference combobox: what it shows and where its changes go. */
export interface ReferenceComboboxProps {
  id: string
  /** The field's name, for the listbox and the chips. */
  label: string
  multiple: boolean
  values: readonly string[]
  onChange(values: string[]): void
  records: readonly DataRecord[]
  recordOf(id: string): DataRecord | undefined
  remember(record: DataRecord): void
  allowCustom: boolean
  /** The typed text; `null` while the user is not typing (a single value then shows its label). */
  search: string | null
  onSearchChange(search: string | null): void
  open: boolean
  onOpenChange(open: boolean): void
  menu: Omit<ReferenceMenuState, 'count' | 'search'>
  labels: ActionsLabels
  disabled?: boolean
  placeholder?: string
  inputProps: { [key: string]: unknown }
  onBlur?(): void
  onFocus?(): void
}

type Native = { preventDownshiftDefault?: boolean }

const itemKey = (item: ReferenceItem) => `${item.custom ? 'custom:' : ''}${item.record.id}`

/**
 * The WAI-ARIA combobox of a reference field, on Downshift's `useCombobox`: an input with a listbox popup, typed
 * search, keyboard selection, creatable values and chips for multi-select.
 */
export function ReferenceCombobox(props: ReferenceComboboxProps) {
  const { id, label, multiple, values, records, recordOf, labels, search, open, menu, disabled } = props
  const typed = (search ?? '').trim()
  const creatable =
    props.allowCustom &&
    typed !== '' &&
    !records.some((r) => r.id === typed || recordLabel(r).toLowerCase() === typed.toLowerCase())
  const items: ReferenceItem[] = [
    ...(creatable ? [{ record: { id: typed, name: typed }, custom: true }] : []),
    ...records.map((record) => ({ record })),
  ]
  // The highlight stays on its record, not on its position: when a search's results replace the list between the
  // user's arrow key and Enter, Enter picks the record the user highlighted, or nothing if it is gone.
  const [highlightedKey, setHighlightedKey] = useState<string | null>(null)
  const highlightedIndex =
    highlightedKey === null ? -1 : items.findIndex((item) => itemKey(item) === highlightedKey)
  const single = multiple ? undefined : values[0]
  const inputValue = search ?? (single === undefined ? '' : recordLabel(recordOf(single), single))

  const choose = (item: ReferenceItem) => {
    props.remember(item.record)
    const chosen = item.record.id
    if (!multiple) {
      props.onChange([chosen])
      props.onSearchChange(null)
      return
    }
    props.onChange(values.includes(chosen) ? values.filter((v) => v !== chosen) : [...values, chosen])
    props.onSearchChange('')
  }
  const loadMore = () => {
    if (menu.hasNextPage && !menu.isFetchingNextPage) menu.onLoadMore?.()
  }

  const { getInputProps, getMenuProps, getItemProps, getToggleButtonProps } = useCombobox<ReferenceItem>({
    items,
    inputId: id,
    menuId: `${id}__listbox`,
    isOpen: open && !disabled,
    onIsOpenChange: ({ isOpen = false }) => {
      props.onOpenChange(isOpen)
      if (!isOpen) props.onSearchChange(null)
    },
    inputValue,
    selectedItem: null,
    itemToString: (item) => (item ? recordLabel(item.record) : ''),
    itemToKey: (item: ReferenceItem | null) => item?.record.id,
    onSelectedItemChange: ({ selectedItem }) => selectedItem && choose(selectedItem),
    highlightedIndex,
    onHighlightedIndexChange: ({ highlightedIndex: index = -1 }) => {
      const item = index >= 0 ? items[index] : undefined
      setHighlightedKey(item ? itemKey(item) : null)
      if (index === items.length - 1) loadMore()
    },
    stateReducer: (state, { type, changes }) => {
      const types = useCombobox.stateChangeTypes
      // Leaving the field never picks the highlighted choice: only Enter or a click does.
      if (type === types.InputBlur) return { ...changes, selectedItem: state.selectedItem }
      if (multiple && (type === types.InputKeyDownEnter || type === types.ItemClick)) {
        return { ...changes, isOpen: true, highlightedIndex: state.highlightedIndex }
      }
      return changes
    },
  })

  const onScroll = (event: UIEvent<HTMLUListElement>) => {
    const list = event.currentTarget
    if (list.scrollTop + list.clientHeight >= list.scrollHeight - 48) loadMore()
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = values.at(-1)
    if (multiple && event.key === 'Backspace' && typed === '' && last !== undefined) {
      props.onChange(values.slice(0, -1))
    }
  }
  const onBlur = (event: FocusEvent<HTMLInputElement>) => {
    // Focus moving to a button in the popup (retry, load more) keeps the list open.
    const root = event.currentTarget.closest('.rai-reference')
    if (root?.querySelector('.rai-reference-popup')?.contains(event.relatedTarget as Node | null)) {
      ;(event.nativeEvent as Native).preventDownshiftDefault = true
    }
    props.onBlur?.()
  }
  const onPopupBlur = (event: FocusEvent<HTMLDivElement>) => {
    const root = event.currentTarget.parentElement
    if (!root?.contains(event.relatedTarget as Node | null)) props.onOpenChange(false)
  }

  return (
    <div
      className="rai-reference"
      data-state={open ? 'open' : 'closed'}
      data-multiple={multiple || undefined}
    >
      {multiple && values.length > 0 && (
        <ul className="rai-reference-chips" aria-label={label}>
          {values.map((value) => {
            const text = recordLabel(recordOf(value), value)
            return (
              <li key={value} className="rai-reference-chip">
                <RecordLabel record={recordOf(value) ?? { id: value }} />
                <button
                  type="button"
                  className="rai-reference-remove"
                  aria-label={labels.referenceRemove(text)}
                  disabled={disabled}
                  onClick={() => props.onChange(values.filter((v) => v !== value))}
                >
                  ×
                </button>
              </li>
            )
          })}
        </ul>
      )}
      <div className="rai-reference-control">
        <input
          className="rai-input rai-reference-input"
          {...getInputProps({
            ...props.inputProps,
            'aria-labelledby': undefined,
            disabled,
            placeholder: props.placeholder ?? labels.referencePlaceholder,
            onKeyDown,
            onBlur,
            // Set in the event itself: Downshift reports input changes after the render, too late for fast typing.
            onChange: (event: ChangeEvent<HTMLInputElement>) => props.onSearchChange(event.target.value),
            onFocus: () => props.onFocus?.(),
          })}
        />
        {!multiple && single !== undefined && !disabled && (
          <button
            type="button"
            className="rai-reference-clear"
            aria-label={labels.referenceClear}
            onClick={() => props.onChange([])}
          >
            ×
          </button>
        )}
        <button
          type="button"
          className="rai-reference-toggle"
          {...getToggleButtonProps({ 'aria-label': labels.referenceToggle, disabled })}
        >
          ▾
        </button>
      </div>
      <div className="rai-reference-popup" hidden={!open || disabled} onBlur={onPopupBlur}>
        <ReferenceMenu {...menu} count={records.length} search={typed} labels={labels}>
          <ul
            className="rai-reference-list"
            {...getMenuProps({ 'aria-labelledby': undefined, 'aria-label': label, onScroll })}
            hidden={items.length === 0}
          >
            {items.map((item, index) => (
              <li
                key={itemKey(item)}
                className={clsx('rai-reference-option', index === highlightedIndex && 'rai-highlighted')}
                data-highlighted={index === highlightedIndex || undefined}
                {...getItemProps({
                  item,
                  index,
                  'aria-selected': !item.custom && values.includes(item.record.id),
                })}
              >
                {item.custom ? labels.referenceCreate(item.record.id) : <RecordLabel record={item.record} />}
              </li>
            ))}
          </ul>
        </ReferenceMenu>
      </div>
    </div>
  )
}
