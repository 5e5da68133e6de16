import type { ActionsClient } from '../client/types'
import type { ActionInstanceList } from '../types'
import { actionKeys } from './actionKeys'
import { cursorPagedQueryOptions } from './cursorPagedQueryOptions'
import type { CursorPagedQueryOptions, CursorPages } from './cursorPagedQueryOptions'
import type { ActionListSelector } from './types'
import { noteRead } from './writeTracker'

/** How long a read stays fresh before React Query refetches it on mount. */
export const DEFAULT_STALE_TIME_MS = 30_000

/** The pages of a list of action instances, as `useActions` caches them. */
export type ActionListData = CursorPages<ActionInstanceList>

/** The query key of one list of a connection. */
export type ActionListKey = ReturnType<typeof actionKeys.list>

/** React Query options `actionListQueryOptions` accepts; the key, function and paging are the kit's. */
export type ActionListQueryOptions = CursorPagedQueryOptions<ActionInstanceList, ActionListKey>

/**
 * Infinite-query options of a connection's action instances, paged only by the API's `cursor`.
 * Retry and freshness come from the kit's query defaults (`actionQueryDefaults`), so the host's win.
 * @example
 * await queryClient.prefetchInfiniteQuery(actionListQueryOptions(client, { connection: 'hubspot' }))
 */
export function actionListQueryOptions(
  client: ActionsClient,
  input: ActionListSelector,
  options?: Partial<ActionListQueryOptions>,
) {
  const { connection, search, limit, includeArchived } = input
  const filters = { search, limit, includeArchived }
  return cursorPagedQueryOptions(
    actionKeys.list(connection, filters),
    async ({ pageParam, signal, client: queryClient }) => {
      noteRead(queryClient, connection)
      const page = await client
        .connection(connection)
        .actions.list({ ...filters, cursor: pageParam }, { signal })
      noteRead(queryClient, connection)
      return page
    },
    options,
  )
}
