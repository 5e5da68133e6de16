import type { ActionInstance } from '../types'
import type { ActionMutationOptions } from './composeMutationOptions'
import type { ActionSelector } from './types'
import { useInstanceWriteMutation } from './useInstanceWriteMutation'
import type { InstanceWriteMutationResult } from './useInstanceWriteMutation'

/**
 * Resets an action instance to its parent action's defaults and writes the returned instance into the
 * cache, with no second GET.
 * @example
 * const reset = useResetAction({ connection: 'hubspot', action: 'create-contact' })
 * <button onClick={() => reset.mutate()}>Reset to default</button>
 */
export function useResetAction<TContext = unknown>(
  input: ActionSelector,
  options?: ActionMutationOptions<ActionInstance, void, TContext>,
): InstanceWriteMutationResult<TContext> {
  return useInstanceWriteMutation('reset', 'useResetAction', input, options)
}
