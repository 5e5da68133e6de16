import { hashKey } from '@tanstack/react-query'
import type { QueryClient, UseMutationOptions } from '@tanstack/react-query'
import type { ActionsApiError } from '../client/ActionsApiError'
import type { ActionsClient } from '../client/types'
import type { ActionRunResponse } from '../types'
import { actionKeys } from './actionKeys'
import { composeHandlers } from './composeHandlers'
import type { ActionMutationOptions } from './composeHandlers'
import { RUN_HISTORY_MS, trackRunHistory } from './runHistory'
import { finishRun, runRecords, startRun } from './runRecords'
import type { ActionSelector } from './types'

/** Input of `runActionMutationOptions` and `useRunAction`. */
export interface RunActionSelector extends ActionSelector {
  /**
   * Lets a second run start while one is pending. Defaults to `false`: `useRunAction` ignores the second call
   * and returns the pending run's promise (the API has no idempotency key, so a double click must not run twice).
   */
  allowConcurrent?: boolean
}

/**
 * The mutation options of running an action: key `actionKeys.runs(...)`, never retried, each run recorded
 * (with its own AbortController) for `useActionRuns` and `cancel()`. The history is bounded: the latest 50 settled
 * runs per action, and no more than 8 MB of their outputs (the latest run is always kept), for 30 minutes. `useRunAction` is `useMutation` over it.
 * @example
 * const run = useMutation(runActionMutationOptions(client, queryClient, { connection: 'hubspot', action: 'create-contact' }))
 */
export function runActionMutationOptions<TInput extends object, TOutput = unknown, TContext = unknown>(
  client: ActionsClient,
  queryClient: QueryClient,
  input: RunActionSelector,
  options?: ActionMutationOptions<ActionRunResponse<TOutput>, TInput, TContext>,
  /** @internal The hook instance that owns the runs; `useRunAction` passes its own. */
  owner: symbol = Symbol('runActionMutationOptions'),
): UseMutationOptions<ActionRunResponse<TOutput>, ActionsApiError, TInput, TContext> {
  const { connection, action, instanceKey } = input
  const mutationKey = actionKeys.runs(connection, action, instanceKey)
  const scope = hashKey(mutationKey)
  trackRunHistory(queryClient)
  return {
    gcTime: RUN_HISTORY_MS,
    ...composeHandlers<ActionRunResponse<TOutput>, TInput, TContext>(
      {
        onMutate: (_input, context) => startRun(context, owner, scope),
        onSettled: (_input, context) => finishRun(context),
      },
      options,
    ),
    mutationKey,
    mutationFn: (variables, context) =>
      client
        .connection(connection)
        .action(action, { instanceKey })
        .run<TInput, TOutput>(variables, { signal: runRecords.get(context)?.controller.signal }),
  }
}
