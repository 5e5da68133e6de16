import type { QueryClient, UseMutationOptions } from '@tanstack/react-query'
import type { ActionsApiError } from '../client/ActionsApiError'
import type { ActionsClient } from '../client/types'
import type { ActionInstance, PatchActionInstance } from '../types'
import { findCached, updateInstance, writeInstance } from './cacheWrites'
import type { ActionMutationOptions } from './composeHandlers'
import { instanceWriteOptions } from './instanceWriteOptions'
import type { ActionSelector } from './types'

/**
 * Mutation options that customize an action instance, optimistically: every cached copy (detail and list
 * items) shows the change at once and goes back if the server refuses; on success the server's instance
 * is written, with no second GET. The `mutationKey` is `actionKeys.write('patch', …)`.
 * @example
 * const patch = useMutation(patchActionMutationOptions(client, queryClient, { connection: 'hubspot', action: 'create-contact' }))
 */
export function patchActionMutationOptions<TContext = unknown>(
  client: ActionsClient,
  queryClient: QueryClient,
  selector: ActionSelector,
  options?: ActionMutationOptions<ActionInstance, PatchActionInstance, TContext>,
): UseMutationOptions<ActionInstance, ActionsApiError, PatchActionInstance, TContext> {
  const { connection, action, instanceKey } = selector
  return instanceWriteOptions(
    client,
    queryClient,
    selector,
    {
      kind: 'patch',
      mutationFn: (patch, startClient) =>
        startClient.connection(connection).action(action, { instanceKey }).patch(patch),
      optimistic: (patch) =>
        updateInstance(
          queryClient,
          selector,
          (item) => ({ ...item, ...patch, isCustomized: true }),
          findCached(queryClient, selector)?.data.id,
        ),
      onSuccess: (instance) => writeInstance(queryClient, selector, instance),
    },
    options,
  )
}
