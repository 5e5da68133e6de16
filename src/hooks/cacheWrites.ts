import type { QueryClient, QueryKey } from '@tanstack/react-query'
import type { ActionInstance } from '../types'
import { actionKeys } from './actionKeys'
import type { ActionListData } from './actionListQueryOptions'
import type { ActionSelector } from './types'

/** Whether a cached instance is the one a selector names (by key or id, and instance key). */
export function matchesSelector(item: ActionInstance, selector: ActionSelector): boolean {
  return (
    (item.key === selector.action || item.id === selector.action) &&
    (item.instanceKey ?? undefined) === (selector.instanceKey ?? undefined)
  )
}

function isDetailKey(queryKey: QueryKey): boolean {
  return queryKey[3] === 'detail'
}

/** Every cached detail of a connection, whichever selector (key or id) it was read by. */
function cachedDetails(queryClient: QueryClient, connection: string) {
  return queryClient
    .getQueriesData<ActionInstance>({ queryKey: actionKeys.connection(connection) })
    .filter(([queryKey, data]) => isDetailKey(queryKey) && data !== undefined) as Array<
    [QueryKey, ActionInstance]
  >
}

/** Rewrites (or, when `update` returns undefined, removes) items in every cached list page of a connection. */
export function updateListItems(
  queryClient: QueryClient,
  connection: string,
  update: (item: ActionInstance) => ActionInstance | undefined,
): void {
  queryClient.setQueriesData<ActionListData>({ queryKey: actionKeys.lists(connection) }, (data) => {
    if (!data) return data
    let changed = false
    const pages = data.pages.map((page) => {
      let pageChanged = false
      const items = page.items.flatMap((item) => {
        const next = update(item)
        if (next !== item) pageChanged = true
        return next ? [next] : []
      })
      changed ||= pageChanged
      return pageChanged ? { ...page, items } : page
    })
    // An unchanged list keeps its identity, so a write elsewhere does not re-render it.
    return changed ? { ...data, pages } : data
  })
}

/** Rewrites every cached copy of an instance: each detail and list item that is it (by id or selector). */
export function updateInstance(
  queryClient: QueryClient,
  selector: ActionSelector,
  update: (item: ActionInstance) => ActionInstance,
  id?: string,
  skipKey?: QueryKey,
): void {
  const isIt = (item: ActionInstance) =>
    (id !== undefined && item.id === id) || matchesSelector(item, selector)
  for (const [queryKey, data] of cachedDetails(queryClient, selector.connection)) {
    if (skipKey && queryKey.every((part, index) => part === skipKey[index])) continue
    const named = queryKey[5] === (selector.instanceKey ?? null) && queryKey[4] === selector.action
    const next = named || isIt(data) ? update(data) : data
    if (next !== data) queryClient.setQueryData(queryKey, next)
  }
  updateListItems(queryClient, selector.connection, (item) => (isIt(item) ? update(item) : item))
}

function revisionOf(instance: ActionInstance): number {
  const revision = Number(instance.revision)
  return Number.isFinite(revision) ? revision : Number.NaN
}

/**
 * Writes the server's instance into every cached copy of it (details under its key and its id, list
 * items), unless a copy already holds a later revision: an older answer never overwrites a newer one.
 */
export function writeInstance(
  queryClient: QueryClient,
  selector: ActionSelector,
  instance: ActionInstance,
): void {
  const detailKey = actionKeys.detail(selector.connection, selector.action, selector.instanceKey)
  if (queryClient.getQueryData(detailKey) === undefined) queryClient.setQueryData(detailKey, instance)
  updateInstance(
    queryClient,
    selector,
    (item) => (item.id === instance.id && revisionOf(item) > revisionOf(instance) ? item : instance),
    instance.id,
  )
}

/** Cached data a write changed optimistically: what it was, and what the write made it. */
export type OptimisticChanges = Array<{ queryKey: QueryKey; before: unknown; after: unknown }>

/** Applies an optimistic change to every cached copy of an instance, remembering what it replaced. */
export function applyOptimistic(
  queryClient: QueryClient,
  selector: ActionSelector,
  change: () => void,
): OptimisticChanges {
  const before = queryClient.getQueriesData({ queryKey: actionKeys.connection(selector.connection) })
  change()
  return before.flatMap(([queryKey, data]) => {
    const after = queryClient.getQueryData(queryKey)
    return after === data ? [] : [{ queryKey, before: data, after }]
  })
}

/**
 * Undoes a lone write's optimistic change: a query still showing exactly that change gets its previous
 * data back; one that changed since (pages loaded, another answer) is refetched instead of overwritten.
 */
export function rollBack(queryClient: QueryClient, changes: OptimisticChanges): Promise<unknown> {
  const stale: QueryKey[] = []
  for (const { queryKey, before, after } of changes) {
    if (queryClient.getQueryData(queryKey) === after) queryClient.setQueryData(queryKey, before)
    else stale.push(queryKey)
  }
  return Promise.all(stale.map((queryKey) => queryClient.invalidateQueries({ queryKey, exact: true })))
}

/** Stops in-flight reads of the connection, so a stale response cannot land after a write. */
export async function cancelReads(queryClient: QueryClient, selector: ActionSelector): Promise<void> {
  await queryClient.cancelQueries({ queryKey: actionKeys.connection(selector.connection) })
}

/** Refetches reads that a cancel left without data, so no screen waits forever. */
export async function refetchEmptyReads(queryClient: QueryClient, selector: ActionSelector): Promise<void> {
  const filters = {
    queryKey: actionKeys.connection(selector.connection),
    predicate: (query: { state: { data: unknown; fetchStatus: string } }) =>
      query.state.data === undefined && query.state.fetchStatus === 'idle',
  }
  if (queryClient.getQueryCache().findAll(filters).length > 0) await queryClient.invalidateQueries(filters)
}

/** The instance as a cached list or another cached detail shows it, to render a detail without a GET. */
export function findCached(
  queryClient: QueryClient,
  selector: ActionSelector,
): { data: ActionInstance; updatedAt: number } | undefined {
  for (const [queryKey, data] of queryClient.getQueriesData<ActionListData | ActionInstance>({
    queryKey: actionKeys.connection(selector.connection),
  })) {
    if (!data) continue
    const item =
      'pages' in data
        ? data.pages.flatMap((page) => page.items).find((entry) => matchesSelector(entry, selector))
        : isDetailKey(queryKey) && matchesSelector(data, selector)
          ? data
          : undefined
    if (item) return { data: item, updatedAt: queryClient.getQueryState(queryKey)?.dataUpdatedAt ?? 0 }
  }
  return undefined
}

/** Query options that seed a detail from a cached copy, so neither a read nor a prefetch needs a GET. */
export function initialDataFromCache(queryClient: QueryClient, selector: ActionSelector) {
  // React Query asks for the data and then its age; one scan of the cache answers both.
  let searched = false
  let found: ReturnType<typeof findCached>
  const find = () => {
    if (!searched) found = findCached(queryClient, selector)
    searched = true
    return found
  }
  return {
    initialData: () => find()?.data,
    initialDataUpdatedAt: () => find()?.updatedAt,
  }
}

/**
 * After a GET returned an instance: copies it into the other cached copies, and refetches cached lists
 * that lack it (the API creates an instance on first access, so it may be new to them).
 */
export function spreadReadInstance(
  queryClient: QueryClient,
  selector: ActionSelector,
  instance: ActionInstance,
): void {
  const same = (item: ActionInstance) =>
    item.revision === instance.revision && item.updatedAt === instance.updatedAt
  updateInstance(
    queryClient,
    selector,
    (item) => (item.id === instance.id && !same(item) ? instance : item),
    instance.id,
    actionKeys.detail(selector.connection, selector.action, selector.instanceKey),
  )
  if (instance.archivedAt) return
  for (const [queryKey, data] of queryClient.getQueriesData<ActionListData>({
    queryKey: actionKeys.lists(selector.connection),
  })) {
    // Only a fully loaded list surely should show it; a later page not loaded yet may hold it.
    const complete = data && !data.pages[data.pages.length - 1]?.cursor
    if (complete && !data.pages.some((page) => page.items.some((item) => item.id === instance.id))) {
      void queryClient.invalidateQueries({ queryKey, exact: true })
    }
  }
}
