import type { QueryClient, QueryKey } from '@tanstack/react-query'
import type { ActionInstance } from '../types'
import { actionKeys } from './actionKeys'
import type { ActionsListData } from './actionsQueryOptions'
import type { ActionSelector } from './types'

/** Whether a list item is the instance a selector names (by key or id, and instance key). */
export function matchesSelector(item: ActionInstance, selector: ActionSelector): boolean {
  return (
    (item.key === selector.action || item.id === selector.action) &&
    (item.instanceKey ?? undefined) === (selector.instanceKey ?? undefined)
  )
}

/** Rewrites (or, when `update` returns undefined, removes) items in every cached list page of a connection. */
export function updateListItems(
  queryClient: QueryClient,
  connection: string,
  update: (item: ActionInstance) => ActionInstance | undefined,
): void {
  queryClient.setQueriesData<ActionsListData>({ queryKey: actionKeys.lists(connection) }, (data) =>
    data
      ? {
          ...data,
          pages: data.pages.map((page) => ({
            ...page,
            items: page.items.flatMap((item) => {
              const next = update(item)
              return next ? [next] : []
            }),
          })),
        }
      : data,
  )
}

/** Writes the server's instance into its detail query and every list item that shows it. */
export function writeInstance(
  queryClient: QueryClient,
  selector: ActionSelector,
  instance: ActionInstance,
): void {
  queryClient.setQueryData(
    actionKeys.detail(selector.connection, selector.action, selector.instanceKey),
    instance,
  )
  updateListItems(queryClient, selector.connection, (item) =>
    item.id === instance.id || matchesSelector(item, selector) ? instance : item,
  )
}

/** The cached data a mutation of one instance may touch, to restore exactly on error. */
export type CacheSnapshot = Array<[QueryKey, unknown]>

/** Copies the data of the instance's detail query and of the connection's lists. */
export function takeSnapshot(queryClient: QueryClient, selector: ActionSelector): CacheSnapshot {
  const detailKey = actionKeys.detail(selector.connection, selector.action, selector.instanceKey)
  return [
    ...queryClient.getQueriesData({ queryKey: detailKey, exact: true }),
    ...queryClient.getQueriesData({ queryKey: actionKeys.lists(selector.connection) }),
  ]
}

/** Puts a snapshot back. */
export function restoreSnapshot(queryClient: QueryClient, snapshot: CacheSnapshot): void {
  for (const [queryKey, data] of snapshot) queryClient.setQueryData(queryKey, data)
}

/** Stops in-flight reads of the instance and its lists, so a stale response cannot land after a write. */
export async function cancelReads(queryClient: QueryClient, selector: ActionSelector): Promise<void> {
  const detailKey = actionKeys.detail(selector.connection, selector.action, selector.instanceKey)
  await Promise.all([
    queryClient.cancelQueries({ queryKey: detailKey, exact: true }),
    queryClient.cancelQueries({ queryKey: actionKeys.lists(selector.connection) }),
  ])
}

/** Refetches reads that a cancel left without data, so no screen waits forever. */
export function refetchEmptyReads(queryClient: QueryClient, selector: ActionSelector): Promise<void> {
  return queryClient.invalidateQueries({
    queryKey: actionKeys.connection(selector.connection),
    predicate: (query) => query.state.data === undefined && query.state.fetchStatus === 'idle',
  })
}

/** The instance as a cached list of its connection shows it, to render a detail without a GET. */
export function findInCachedLists(
  queryClient: QueryClient,
  selector: ActionSelector,
): { data: ActionInstance; updatedAt: number } | undefined {
  for (const [queryKey, data] of queryClient.getQueriesData<ActionsListData>({
    queryKey: actionKeys.lists(selector.connection),
  })) {
    const item = data?.pages.flatMap((page) => page.items).find((entry) => matchesSelector(entry, selector))
    if (item) return { data: item, updatedAt: queryClient.getQueryState(queryKey)?.dataUpdatedAt ?? 0 }
  }
  return undefined
}

/** Query options that seed a detail from a cached list item, so neither a read nor a prefetch needs a GET. */
export function initialDataFromLists(queryClient: QueryClient, selector: ActionSelector) {
  // React Query asks for the data and then its age; one scan of the lists answers both.
  let searched = false
  let found: ReturnType<typeof findInCachedLists>
  const find = () => {
    if (!searched) found = findInCachedLists(queryClient, selector)
    searched = true
    return found
  }
  return {
    initialData: () => find()?.data,
    initialDataUpdatedAt: () => find()?.updatedAt,
  }
}
