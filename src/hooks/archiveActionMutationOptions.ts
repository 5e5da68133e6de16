import type { QueryClient, QueryKey, UseMutationOptions } from '@tanstack/react-query'
import type { ActionsApiError } from '../client/ActionsApiError'
import type { ActionsClient } from '../client/types'
import type { ActionInstance } from '../types'
import { actionKeys } from './actionKeys'
import { findCached, matchesSelector, updateListItems } from './cacheWrites'
import type { ActionMutationOptions } from './composeHandlers'
import { instanceWriteOptions } from './instanceWriteOptions'
import type { ActionSelector } from './types'

/**
 * Mutation options that archive an action instance: it leaves every cached list page at once (and comes
 * back if the server refuses); on success the connection's lists are invalidated once. A cached detail a
 * screen still shows is marked with `archivedAt` and is never fetched again by itself (a GET would create
 * a fresh instance); `queryClient.resetQueries({ queryKey: actionKeys.detail(…) })` asks for a fresh one.
 * The `mutationKey` is `actionKeys.write('archive', …)`.
 * @example
 * const archive = useMutation(archiveActionMutationOptions(client, queryClient, { connection: 'hubspot', action: 'create-contact' }))
 */
export function archiveActionMutationOptions<TContext = unknown>(
  client: ActionsClient,
  queryClient: QueryClient,
  selector: ActionSelector,
  options?: ActionMutationOptions<void, void, TContext>,
): UseMutationOptions<void, ActionsApiError, void, TContext> {
  const { connection, action, instanceKey } = selector
  return instanceWriteOptions(
    client,
    queryClient,
    selector,
    {
      kind: 'archive',
      mutationFn: (_variables, startClient) =>
        startClient.connection(connection).action(action, { instanceKey }).archive(),
      optimistic: () =>
        updateListItems(queryClient, connection, (item) =>
          matchesSelector(item, selector) ? undefined : item,
        ),
      onSuccess: async () => {
        const id = findCached(queryClient, selector)?.data.id
        const archivedAt = new Date().toISOString()
        const unread: QueryKey[] = []
        for (const query of queryClient
          .getQueryCache()
          .findAll({ queryKey: actionKeys.connection(connection) })) {
          const data = query.state.data as ActionInstance | undefined
          if (query.queryKey[3] !== 'detail') continue
          const named = query.queryKey[4] === action && query.queryKey[5] === (instanceKey ?? null)
          if (!data) {
            if (named && query.getObserversCount() > 0) unread.push(query.queryKey)
            continue
          }
          if (!named && data.id !== id && !matchesSelector(data, selector)) continue
          // A screen still shows it: mark it archived rather than dropping it, because a dropped query
          // with an observer refetches at once, and the API answers a GET by creating a fresh instance.
          if (query.getObserversCount() > 0) queryClient.setQueryData(query.queryKey, { ...data, archivedAt })
          else queryClient.removeQueries({ queryKey: query.queryKey, exact: true })
        }
        // A screen waiting for it (its read was cancelled by the archive) gets the archived instance, not a
        // GET that would create a fresh one.
        if (unread.length > 0) {
          const { items } = await client
            .connection(connection)
            .actions.list({ includeArchived: true, limit: 1000 })
          const archived = items.filter((item) => item.archivedAt && matchesSelector(item, selector)).pop()
          for (const queryKey of unread) if (archived) queryClient.setQueryData(queryKey, archived)
        }
        await queryClient.invalidateQueries({ queryKey: actionKeys.lists(connection) })
      },
    },
    options,
  )
}
