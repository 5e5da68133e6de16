import { useMutation } from '@tanstack/react-query'
import type { UseMutationResult } from '@tanstack/react-query'
import type { ActionsApiError } from '../client/ActionsApiError'
import type { ActionInstance, PatchActionInstance } from '../types'
import { useActionsContext } from './ActionsContext'
import type { ActionMutationOptions } from './composeHandlers'
import { patchActionMutationOptions } from './patchActionMutationOptions'
import type { ActionSelector } from './types'

/**
 * Customizes an action instance, optimistically (see `patchActionMutationOptions`).
 * @example
 * const patch = usePatchAction({ connection: 'hubspot', action: 'create-contact' })
 * patch.mutate({ config: { defaultInput: { lifecycleStage: 'lead' } } })
 */
export function usePatchAction<TContext = unknown>(
  input: ActionSelector,
  options?: ActionMutationOptions<ActionInstance, PatchActionInstance, TContext>,
): UseMutationResult<ActionInstance, ActionsApiError, PatchActionInstance, TContext> {
  const { client, queryClient } = useActionsContext('usePatchAction')
  return useMutation(patchActionMutationOptions(client, queryClient, input, options), queryClient)
}
