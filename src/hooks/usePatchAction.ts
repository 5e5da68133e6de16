import { useMutation } from '@tanstack/react-query'
import type { UseMutationResult } from '@tanstack/react-query'
import type { ActionsApiError } from '../client/ActionsApiError'
import type { ActionInstance, PatchActionInstance } from '../types'
import { actionKeys } from './actionKeys'
import { useActionsContext } from './ActionsContext'
import {
  cancelReads,
  matchesSelector,
  refetchEmptyReads,
  restoreSnapshot,
  takeSnapshot,
  updateListItems,
  writeInstance,
} from './cacheWrites'
import type { CacheSnapshot } from './cacheWrites'
import { composeMutationOptions } from './composeMutationOptions'
import type { ActionMutationOptions, ComposedContext } from './composeMutationOptions'
import type { ActionSelector } from './types'

/**
 * Customizes an action instance, optimistically: the detail and every list item show the change at once
 * and go back exactly to the previous cache if the server refuses; on success the server's instance is written.
 * @example
 * const patch = usePatchAction({ connection: 'hubspot', action: 'create-contact' })
 * patch.mutate({ config: { defaultInput: { lifecycleStage: 'lead' } } })
 */
export function usePatchAction<TContext = unknown>(
  input: ActionSelector,
  options?: ActionMutationOptions<ActionInstance, PatchActionInstance, TContext>,
): UseMutationResult<
  ActionInstance,
  ActionsApiError,
  PatchActionInstance,
  ComposedContext<CacheSnapshot, TContext>
> {
  const { client, queryClient } = useActionsContext('usePatchAction')
  const { connection, action, instanceKey } = input
  const apply = (item: ActionInstance, patch: PatchActionInstance): ActionInstance => ({
    ...item,
    ...patch,
    isCustomized: true,
  })
  return useMutation(
    {
      ...composeMutationOptions<ActionInstance, PatchActionInstance, CacheSnapshot, TContext>(
        {
          onMutate: async (patch) => {
            await cancelReads(queryClient, input)
            const snapshot = takeSnapshot(queryClient, input)
            queryClient.setQueryData<ActionInstance>(
              actionKeys.detail(connection, action, instanceKey),
              (previous) => previous && apply(previous, patch),
            )
            updateListItems(queryClient, connection, (item) =>
              matchesSelector(item, input) ? apply(item, patch) : item,
            )
            return snapshot
          },
          onSuccess: (instance) => writeInstance(queryClient, input, instance),
          onError: (_error, _patch, snapshot) => snapshot && restoreSnapshot(queryClient, snapshot),
          onSettled: () => refetchEmptyReads(queryClient, input),
        },
        options,
      ),
      mutationFn: (patch) =>
        client
          .connection(connection)
          .action(action, instanceKey === undefined ? {} : { instanceKey })
          .patch(patch),
    },
    queryClient,
  )
}
