import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useMutation } from '@tanstack/react-query'
import type { UseMutationResult } from '@tanstack/react-query'
import type { ActionsApiError } from '../client/ActionsApiError'
import type { ActionRunResponse, JsonObject } from '../types'
import { actionKeys } from './actionKeys'
import { useActionsContext } from './ActionsContext'
import { composeMutationOptions } from './composeMutationOptions'
import type { ActionMutationOptions, ComposedContext } from './composeMutationOptions'
import { finishRun, runRecordOf, runRecords, startRun } from './runRecords'
import type { RunRecord } from './runRecords'
import type { ActionSelector } from './types'

/** Run history is read from the mutation cache, so runs stay there this long. Defaults to 30 minutes. */
const RUN_HISTORY_MS = 30 * 60_000
const TICK_MS = 100

/** Input of `useRunAction`. */
export interface RunActionInput extends ActionSelector {
  /** Lets a second run start while one is pending. Defaults to `false`: the second call is ignored. */
  allowConcurrent?: boolean
}

/** The result of `useRunAction`: React Query's mutation result plus `cancel` and `elapsedMs`. */
export type RunActionResult<TInput, TOutput, TContext = unknown> = UseMutationResult<
  ActionRunResponse<TOutput>,
  ActionsApiError,
  TInput,
  ComposedContext<RunRecord, TContext>
> & {
  /** Aborts the pending run on the wire and returns the hook to idle. */
  cancel(): void
  /** Milliseconds since the run started; ticks while pending and keeps its last value afterwards. */
  elapsedMs: number
}

/**
 * Runs an action. Never retried (the API has no idempotency key); a second call while one is pending is
 * ignored unless `allowConcurrent`. Runs are recorded for `useActionRuns`.
 * @example
 * const run = useRunAction<{ email: string }, { id: string }>({ connection: 'hubspot', action: 'create-contact' })
 * run.mutate({ email: 'ada@example.com' })
 * // run.isPending, run.elapsedMs, run.cancel(), run.data?.output.id
 */
export function useRunAction<TInput extends object = JsonObject, TOutput = unknown, TContext = unknown>(
  input: RunActionInput,
  options?: ActionMutationOptions<ActionRunResponse<TOutput>, TInput, TContext>,
): RunActionResult<TInput, TOutput, TContext> {
  const { client, queryClient } = useActionsContext('useRunAction')
  const { connection, action, instanceKey, allowConcurrent = false } = input
  const [owner] = useState(() => Symbol('useRunAction'))
  const inFlight = useRef<Promise<ActionRunResponse<TOutput>> | null>(null)
  const mutationKey = useMemo(
    () => actionKeys.runs(connection, action, instanceKey),
    [connection, action, instanceKey],
  )
  const [now, setNow] = useState(0)
  const [cancelledElapsed, setCancelledElapsed] = useState(0)

  const mutation = useMutation(
    {
      gcTime: RUN_HISTORY_MS,
      ...composeMutationOptions<ActionRunResponse<TOutput>, TInput, RunRecord, TContext>(
        {
          onMutate: (_input, context) => startRun(context, owner),
          onSettled: (_input, record) => record && finishRun(record),
        },
        options,
      ),
      mutationKey,
      meta: { actionRun: { connection, action, instanceKey } },
      mutationFn: (variables, context) => {
        const record = runRecords.get(context)
        return client
          .connection(connection)
          .action(action, instanceKey === undefined ? {} : { instanceKey })
          .run<TInput, TOutput>(variables, { signal: record?.controller.signal })
      },
    },
    queryClient,
  )

  const { mutateAsync: start, reset, isPending, submittedAt } = mutation
  const mutateAsync = useCallback(
    (...args: Parameters<typeof start>) => {
      if (inFlight.current && !allowConcurrent) return inFlight.current
      const promise = start(...args)
      inFlight.current = promise
      const release = () => {
        if (inFlight.current === promise) inFlight.current = null
      }
      promise.then(release, release)
      return promise
    },
    [start, allowConcurrent],
  )
  const mutate = useCallback(
    (...args: Parameters<typeof mutateAsync>) => {
      mutateAsync(...args).catch(() => {})
    },
    [mutateAsync],
  )
  const cancel = useCallback(() => {
    if (!inFlight.current && !isPending) return
    setCancelledElapsed(submittedAt ? Date.now() - submittedAt : 0)
    for (const mutation of queryClient
      .getMutationCache()
      .findAll({ mutationKey, exact: true, status: 'pending' })) {
      const record = runRecordOf(mutation.state.context)
      if (record?.owner === owner) record.controller.abort()
    }
    inFlight.current = null
    reset()
  }, [reset, submittedAt, isPending, queryClient, mutationKey, owner])

  useEffect(() => {
    if (!isPending) return
    const timer = setInterval(() => setNow(Date.now()), TICK_MS)
    return () => clearInterval(timer)
  }, [isPending])

  const finishedAt = mutation.context?.own.finishedAt
  const elapsedMs = isPending
    ? Math.max(0, now - submittedAt)
    : mutation.isIdle
      ? cancelledElapsed
      : (finishedAt ?? submittedAt) - submittedAt

  return { ...mutation, mutate, mutateAsync, cancel, elapsedMs }
}
