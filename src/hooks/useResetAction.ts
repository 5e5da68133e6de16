import { useMutation } from '@tanstack/react-query'
import type { UseMutationResult } from '@tanstack/react-query'
import type { ActionsApiError } from '../client/ActionsApiError'
import type { ActionInstance } from '../types'
import { useActionsContext } from './ActionsContext'
import type { ActionMutationOptions } from './composeHandlers'
import { resetActionMutationOptions } from './resetActionMutationOptions'
import type { ActionSelector } from './types'

/**
 * Resets an action instance to its parent action's defaults
 * and writes the returned instance into the cache, with no second GET.
 * @example
 * const reset = useResetAction({ connection: 'hubspot', action: 'create-contact' })
 * <button onClick={() => reset.mutate()} disabled={reset.isPending}>Reset</button>
 */
export function useResetAction<TContext = unknown>(
  input: ActionSelector,
  options?: ActionMutationOptions<ActionInstance, void, TContext>,
): UseMutationResult<ActionInstance, ActionsApiError, void, TContext> {
  const { client, queryClient } = useActionsContext('useResetAction')
  return useMutation(resetActionMutationOptions(client, queryClient, input, options), queryClient)
}
