import { useMutation } from '@tanstack/react-query'
import type { UseMutationResult } from '@tanstack/react-query'
import type { ActionsApiError } from '../client/ActionsApiError'
import type { ActionInstance } from '../types'
import { useActionsContext } from './ActionsContext'
import type { ActionMutationOptions } from './composeHandlers'
import { setupActionMutationOptions } from './setupActionMutationOptions'
import type { ActionSelector } from './types'

/**
 * Sets an action instance up again (dependencies re-fetched, dynamic fields recalculated)
 * and writes the returned instance into the cache, with no second GET.
 * @example
 * const setup = useSetupAction({ connection: 'hubspot', action: 'create-contact' })
 * <button onClick={() => setup.mutate()} disabled={setup.isPending}>Setup</button>
 */
export function useSetupAction<TContext = unknown>(
  input: ActionSelector,
  options?: ActionMutationOptions<ActionInstance, void, TContext>,
): UseMutationResult<ActionInstance, ActionsApiError, void, TContext> {
  const { client, queryClient } = useActionsContext('useSetupAction')
  return useMutation(setupActionMutationOptions(client, queryClient, input, options), queryClient)
}
