import type { ActionsClient } from '../client/types'
import type { ActionRunLogList } from '../types'
import { actionKeys } from './actionKeys'
import type { ActionRunLogFilters } from './actionKeys'
import { cursorPagedQueryOptions } from './cursorPagedQueryOptions'
import type { CursorPagedQueryOptions, CursorPages } from './cursorPagedQueryOptions'

/** The pages of a list of run logs, as `useActionRunLogs` caches them (newest first). */
export type ActionRunLogsData = CursorPages<ActionRunLogList>

/** The query key of one list of run logs. */
export type ActionRunLogsKey = ReturnType<typeof actionKeys.runLogList>

/** React Query options `actionRunLogsQueryOptions` accepts; the key, function and paging are the kit's. */
export type ActionRunLogsQueryOptions = CursorPagedQueryOptions<ActionRunLogList, ActionRunLogsKey>

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
  return cursorPagedQueryOptions(
    actionKeys.runLogList(filters),
    ({ pageParam, signal }) => client.runLogs.list({ ...filters, cursor: pageParam }, { signal }),
    options,
  )
}
