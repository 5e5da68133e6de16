import { useMutation } from '@tanstack/react-query'
import type { UseMutationResult } from '@tanstack/react-query'
import type { ActionsApiError } from '../client/ActionsApiError'
import { actionKeys } from './actionKeys'
import { useActionsContext } from './ActionsContext'
import { cancelReads, matchesSelector, restoreSnapshot, takeSnapshot, updateListItems } from './cacheWrites'
import type { CacheSnapshot } from './cacheWrites'
import { composeMutationOptions } from './composeMutationOptions'
import type { ActionMutationOptions, ComposedContext } from './composeMutationOptions'
import type { ActionSelector } from './types'

/**
 * Archives an action instance: it leaves every cached list page at once (and comes back exactly if the
 * server refuses); on success the connection's lists are invalidated once and the detail is dropped, or marked
 * with `archivedAt` while a component still shows it (so it is not fetched, which would create a fresh instance).
 * @example
 * const archive = useArchiveAction({ connection: 'hubspot', action: 'create-contact' })
 * archive.mutate(undefined, { onSuccess: () => navigate('/actions') })
 */
export function useArchiveAction<TContext = unknown>(
  input: ActionSelector,
  options?: ActionMutationOptions<void, void, TContext>,
): UseMutationResult<void, ActionsApiError, void, ComposedContext<CacheSnapshot, TContext>> {
  const { client, queryClient } = useActionsContext('useArchiveAction')
  const { connection, action, instanceKey } = input
  return useMutation(
    {
      ...composeMutationOptions<void, void, CacheSnapshot, TContext>(
        {
          onMutate: async () => {
            await cancelReads(queryClient, input)
            const snapshot = takeSnapshot(queryClient, input)
            updateListItems(queryClient, connection, (item) =>
              matchesSelector(item, input) ? undefined : item,
            )
            return snapshot
          },
          onSuccess: async () => {
            const detailKey = actionKeys.detail(connection, action, instanceKey)
            const detail = queryClient.getQueryCache().find({ queryKey: detailKey, exact: true })
            if (detail && detail.getObserversCount() > 0) {
              // A screen still shows it: mark it archived rather than dropping it, because a dropped query
              // with an observer refetches at once, and the API answers a GET by creating a fresh instance.
              const archivedAt = new Date().toISOString()
              queryClient.setQueryData(detailKey, (previous) => previous && { ...previous, archivedAt })
            } else {
              queryClient.removeQueries({ queryKey: detailKey, exact: true })
            }
            await queryClient.invalidateQueries({ queryKey: actionKeys.lists(connection) })
          },
          onError: (_error, _variables, snapshot) => snapshot && restoreSnapshot(queryClient, snapshot),
        },
        options,
      ),
      mutationFn: () =>
        client
          .connection(connection)
          .action(action, instanceKey === undefined ? {} : { instanceKey })
          .archive(),
    },
    queryClient,
  )
}
