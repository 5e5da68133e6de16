import type { ActionInstance } from '../types'
import type { ActionMutationOptions } from './composeMutationOptions'
import type { ActionSelector } from './types'
import { useInstanceWriteMutation } from './useInstanceWriteMutation'
import type { InstanceWriteMutationResult } from './useInstanceWriteMutation'

/**
 * Sets an action instance up again (dependencies re-fetched, dynamic fields recalculated) and writes the
 * returned instance into the cache, with no second GET.
 * @example
 * const setup = useSetupAction({ connection: 'hubspot', action: 'create-contact' })
 * <button onClick={() => setup.mutate()} disabled={setup.isPending}>Refresh</button>
 */
export function useSetupAction<TContext = unknown>(
  input: ActionSelector,
  options?: ActionMutationOptions<ActionInstance, void, TContext>,
): InstanceWriteMutationResult<TContext> {
  return useInstanceWriteMutation('setup', 'useSetupAction', input, options)
}
