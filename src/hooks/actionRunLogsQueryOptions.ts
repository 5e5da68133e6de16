import { infiniteQueryOptions } from '@tanstack/react-query'
import type { InfiniteData, UseInfiniteQueryOptions } from '@tanstack/react-query'
import type { ActionsApiError } from '../client/ActionsApiError'
import type { ActionsClient } from '../client/types'
import type { ActionRunLogList } from '../types'
import { actionKeys } from './actionKeys'
import type { ActionRunLogFilters } from './actionKeys'

/** The pages of a list of run logs, as `useActionRunLogs` caches them (newest first). */
export type ActionRunLogsData = InfiniteData<ActionRunLogList, string | undefined>

/** The query key of one list of run logs. */
export type ActionRunLogsKey = ReturnType<typeof actionKeys.runLogList>

/** React Query options `actionRunLogsQueryOptions` accepts; the key, function and paging are the kit's. */
export type ActionRunLogsQueryOptions = Omit<
  UseInfiniteQueryOptions<
    ActionRunLogList,
    ActionsApiError,
    ActionRunLogsData,
    ActionRunLogsKey,
    string | undefined
  >,
  'queryKey' | 'queryFn' | 'initialPageParam' | 'getNextPageParam' | 'getPreviousPageParam'
>

/**
 * Infinite-query options of the platform's run logs that match `filters`, newest first, paged by the API's
 * `cursor`. A run through `useRunAction` adds its log to the cached lists it matches, so no refetch is needed.
 * @example
 * await queryClient.prefetchInfiniteQuery(actionRunLogsQueryOptions(client, { actionId: instance.id }))
 */
export function actionRunLogsQueryOptions(
  client: ActionsClient,
  filters: ActionRunLogFilters = {},
  options?: Partial<ActionRunLogsQueryOptions>,
) {
  return infiniteQueryOptions<
    ActionRunLogList,
    ActionsApiError,
    ActionRunLogsData,
    ActionRunLogsKey,
    string | undefined
  >({
    ...options,
    queryKey: actionKeys.runLogList(filters),
    queryFn: ({ pageParam, signal }) => client.runLogs.list({ ...filters, cursor: pageParam }, { signal }),
    initialPageParam: undefined,
    getNextPageParam: (last) => last.cursor || undefined,
  })
}
