import { useMutation } from '@tanstack/react-query'
import type { UseMutationResult } from '@tanstack/react-query'
import type { ActionsApiError } from '../client/ActionsApiError'
import { archiveActionMutationOptions } from './archiveActionMutationOptions'
import { useActionsContext } from './ActionsContext'
import type { ActionMutationOptions } from './composeHandlers'
import type { ActionSelector } from './types'

/**
 * Archives an action instance (see `archiveActionMutationOptions`).
 * @example
 * const archive = useArchiveAction({ connection: 'hubspot', action: 'create-contact' })
 * archive.mutate(undefined, { onSuccess: () => navigate('/actions') })
 */
export function useArchiveAction<TContext = unknown>(
  input: ActionSelector,
  options?: ActionMutationOptions<void, void, TContext>,
): UseMutationResult<void, ActionsApiError, void, TContext> {
  const { client, queryClient } = useActionsContext('useArchiveAction')
  return useMutation(archiveActionMutationOptions(client, queryClient, input, options), queryClient)
}
