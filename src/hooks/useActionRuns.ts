import { useMutationState } from '@tanstack/react-query'
import type { Mutation } from '@tanstack/react-query'
import { ActionsApiError } from '../client/ActionsApiError'
import type { ActionRunResponse, JsonObject } from '../types'
import { actionKeys } from './actionKeys'
import { useActionsContext } from './ActionsContext'
import { settledRunOf, trackRunHistory } from './runHistory'
import type { ActionRun, ActionSelector } from './types'

function toRun<TInput, TOutput>(
  mutation: Mutation<unknown, Error, unknown, unknown>,
): ActionRun<TInput, TOutput> {
  const { state } = mutation
  const error = state.error instanceof ActionsApiError ? state.error : undefined
  const response = state.data as ActionRunResponse<TOutput> | undefined
  const finishedAt = settledRunOf(mutation)?.finishedAt
  const status = error?.type === 'aborted' ? 'cancelled' : state.status === 'idle' ? 'pending' : state.status
  return {
    id: mutation.mutationId,
    status,
    input: state.variables as TInput,
    ...(response && { output: response.output }),
    ...(response?.logs && { logs: response.logs }),
    ...(error && { error }),
    startedAt: state.submittedAt,
    ...(finishedAt !== undefined && { finishedAt }),
  }
}

/**
 * This session's runs of one action, newest first, read from React Query's mutation cache (kept 30 minutes).
 * @example
 * const runs = useActionRuns<{ email: string }, { id: string }>({ connection: 'hubspot', action: 'create-contact' })
 * runs.map((run) => <li key={run.id} data-status={run.status}>{run.input.email}</li>)
 */
export function useActionRuns<TInput = JsonObject, TOutput = unknown>(
  input: ActionSelector,
): ActionRun<TInput, TOutput>[] {
  const { queryClient } = useActionsContext('useActionRuns')
  trackRunHistory(queryClient)
  const runs = useMutationState(
    {
      filters: {
        mutationKey: actionKeys.runs(input.connection, input.action, input.instanceKey),
        exact: true,
      },
      select: (mutation) => toRun<TInput, TOutput>(mutation),
    },
    queryClient,
  )
  return [...runs].reverse()
}
