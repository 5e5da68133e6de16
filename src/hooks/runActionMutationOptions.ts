import { hashKey } from '@tanstack/react-query'
import type { UseMutationOptions } from '@tanstack/react-query'
import type { ActionsApiError } from '../client/ActionsApiError'
import type { ActionsClient } from '../client/types'
import type { ActionRunResponse } from '../types'
import { actionKeys } from './actionKeys'
import { composeMutationOptions } from './composeMutationOptions'
import type { ActionMutationOptions, ComposedContext } from './composeMutationOptions'
import { finishRun, runRecords, startRun } from './runRecords'
import type { RunRecord } from './runRecords'
import type { ActionSelector } from './types'

/** Run history is read from the mutation cache, so runs stay there this long. Defaults to 30 minutes. */
const RUN_HISTORY_MS = 30 * 60_000

/** Input of `runActionMutationOptions` and `useRunAction`. */
export interface RunActionInput extends ActionSelector {
  /**
   * Lets a second run start while one is pending. Defaults to `false`: `useRunAction` ignores the second call
   * and returns the pending run's promise (the API has no idempotency key, so a double click must not run twice).
   */
  allowConcurrent?: boolean
}

/** The run mutation's context: the kit's run record and the caller's `onMutate` result. */
export type RunActionContext<TContext> = ComposedContext<RunRecord, TContext>

/**
 * The mutation options of running an action: key `actionKeys.runs(...)`, never retried, each run recorded
 * (with its own AbortController) for `useActionRuns` and `cancel()`. `useRunAction` is `useMutation` over it.
 * @example
 * const run = useMutation(runActionMutationOptions(client, { connection: 'hubspot', action: 'create-contact' }))
 */
export function runActionMutationOptions<TInput extends object, TOutput = unknown, TContext = unknown>(
  client: ActionsClient,
  input: RunActionInput,
  options?: ActionMutationOptions<ActionRunResponse<TOutput>, TInput, TContext>,
  /** @internal The hook instance that owns the runs; `useRunAction` passes its own. */
  owner: symbol = Symbol('runActionMutationOptions'),
): UseMutationOptions<ActionRunResponse<TOutput>, ActionsApiError, TInput, RunActionContext<TContext>> {
  const { connection, action, instanceKey } = input
  const mutationKey = actionKeys.runs(connection, action, instanceKey)
  const scope = hashKey(mutationKey)
  return {
    gcTime: RUN_HISTORY_MS,
    ...composeMutationOptions<ActionRunResponse<TOutput>, TInput, RunRecord, TContext>(
      {
        onMutate: (_input, context) => startRun(context, owner, scope),
        onSettled: (_input, record) => record && finishRun(record),
      },
      options,
    ),
    mutationKey,
    meta: { actionRun: { connection, action, instanceKey } },
    mutationFn: (variables, context) =>
      client
        .connection(connection)
        .action(action, instanceKey === undefined ? {} : { instanceKey })
        .run<TInput, TOutput>(variables, { signal: runRecords.get(context)?.controller.signal }),
  }
}
