import { hashKey } from '@tanstack/react-query'
import type { QueryClient, QueryKey, UseMutationOptions } from '@tanstack/react-query'
import type { ActionsApiError } from '../client/ActionsApiError'
import type { ActionsClient } from '../client/types'
import type { ActionRunResponse } from '../types'
import { actionKeys } from './actionKeys'
import { composeMutationOptions } from './composeMutationOptions'
import type { ActionMutationOptions, ComposedContext } from './composeMutationOptions'
import { finishRun, runRecordOf, runRecords, startRun } from './runRecords'
import type { RunRecord } from './runRecords'
import type { ActionSelector } from './types'

/** Run history is read from the mutation cache, so runs stay there this long. Defaults to 30 minutes. */
const RUN_HISTORY_MS = 30 * 60_000
/** The history of one action keeps at most this many settled runs... */
export const RUN_HISTORY_MAX_RUNS = 50
/** ...and at most this much output (JSON text), always keeping the latest run. */
export const RUN_HISTORY_MAX_BYTES = 8 * 1024 * 1024

function sizeOf(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 0
  } catch {
    return 0
  }
}

/** Drops the oldest settled runs of one action beyond the count and byte budgets; `current` (settling) counts first. */
function pruneHistory(queryClient: QueryClient, mutationKey: QueryKey, current: RunRecord | undefined): void {
  const cache = queryClient.getMutationCache()
  const settled = cache
    .findAll({ mutationKey, exact: true })
    .filter((mutation) => mutation.state.status === 'success' || mutation.state.status === 'error')
    .sort((a, b) => b.mutationId - a.mutationId)
  let bytes = current?.bytes ?? 0
  settled.forEach((mutation, index) => {
    bytes += runRecordOf(mutation.state.context)?.bytes ?? 0
    if (index + 1 >= RUN_HISTORY_MAX_RUNS || bytes > RUN_HISTORY_MAX_BYTES) cache.remove(mutation)
  })
}

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
 * (with its own AbortController) for `useActionRuns` and `cancel()`. The history is bounded: the latest 50 settled
 * runs per action, and no more than 8 MB of their outputs (the latest run is always kept), for 30 minutes. `useRunAction` is `useMutation` over it.
 * @example
 * const run = useMutation(runActionMutationOptions(client, queryClient, { connection: 'hubspot', action: 'create-contact' }))
 */
export function runActionMutationOptions<TInput extends object, TOutput = unknown, TContext = unknown>(
  client: ActionsClient,
  queryClient: QueryClient,
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
        onSuccess: (response, _input, record) => {
          record.bytes = sizeOf(response)
        },
        onSettled: (_input, record) => {
          if (record) finishRun(record)
          pruneHistory(queryClient, mutationKey, record)
        },
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
