import type { QueryClient, UseMutationOptions } from '@tanstack/react-query'
import type { ActionsApiError } from '../client/ActionsApiError'
import type { ActionsClient } from '../client/types'
import type { ActionInstance } from '../types'
import type { ActionMutationOptions } from './composeHandlers'
import { instanceWriteOptions, returnedInstanceWrite } from './instanceWriteOptions'
import type { ActionSelector } from './types'

/**
 * Mutation options that set an action instance up again (dependencies re-fetched, dynamic fields recalculated); the returned instance is written into every cached copy, with no
 * second GET. The `mutationKey` is `actionKeys.write('setup', …)`.
 * @example
 * const setup = useMutation(setupActionMutationOptions(client, queryClient, { connection: 'hubspot', action: 'create-contact' }))
 */
export function setupActionMutationOptions<TContext = unknown>(
  client: ActionsClient,
  queryClient: QueryClient,
  selector: ActionSelector,
  options?: ActionMutationOptions<ActionInstance, void, TContext>,
): UseMutationOptions<ActionInstance, ActionsApiError, void, TContext> {
  return instanceWriteOptions(
    client,
    queryClient,
    selector,
    returnedInstanceWrite('setup', queryClient, selector),
    options,
  )
}
