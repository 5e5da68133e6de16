import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { hashKey, useMutation } from '@tanstack/react-query'
import type { UseMutationResult } from '@tanstack/react-query'
import type { ActionsApiError } from '../client/ActionsApiError'
import type { ActionRunResponse, JsonObject } from '../types'
import type { ActionInputOf, ActionOutputOf } from './actionRegistry'
import { actionKeys } from './actionKeys'
import { useActionsContext } from './ActionsContext'
import type { ActionMutationOptions } from './composeHandlers'
import { runActionMutationOptions } from './runActionMutationOptions'
import type { RunActionSelector } from './runActionMutationOptions'
import { abortActive, abortQueued, claimRuns, queueRun } from './runRecords'

export type { RunActionSelector } from './runActionMutationOptions'

/** The result of `useRunAction`: React Query's mutation result plus `cancel`. */
export type RunActionResult<TInput, TOutput, TContext = unknown> = UseMutationResult<
  ActionRunResponse<TOutput>,
  ActionsApiError,
  TInput,
  TContext
> & {
  /**
   * Aborts this action's pending runs that this hook started (even one `mutate()` started a moment ago) or that a
   * since-unmounted hook started, on the wire, and returns to idle.
   */
  cancel(): void
}

/**
 * Runs an action: `useMutation(runActionMutationOptions(...))`. Never retried (the API has no idempotency key);
 * a second call while one is pending is ignored unless `allowConcurrent`. Runs are recorded for `useActionRuns`.
 * When `connection` and `action` are literal keys of `ActionRegistry` (see `react-action-instances typegen`),
 * the input and output types come from it; explicit type arguments win.
 * @example
 * const run = useRunAction<{ email: string }, { id: string }>({ connection: 'hubspot', action: 'create-contact' })
 * run.mutate({ email: 'ada@example.com' })
 * // run.isPending, run.cancel(), run.data?.output.id
 */
export function useRunAction<C extends string, A extends string, TContext = unknown>(
  input: RunActionSelector & { connection: C; action: A },
  options?: ActionMutationOptions<ActionRunResponse<ActionOutputOf<C, A>>, ActionInputOf<C, A>, TContext>,
): RunActionResult<ActionInputOf<C, A>, ActionOutputOf<C, A>, TContext>
export function useRunAction<TInput extends object, TOutput = unknown, TContext = unknown>(
  input: RunActionSelector,
  options?: ActionMutationOptions<ActionRunResponse<TOutput>, TInput, TContext>,
): RunActionResult<TInput, TOutput, TContext>
export function useRunAction<TInput extends object = JsonObject, TOutput = unknown, TContext = unknown>(
  input: RunActionSelector,
  options?: ActionMutationOptions<ActionRunResponse<TOutput>, TInput, TContext>,
): RunActionResult<TInput, TOutput, TContext> {
  const { client, queryClient } = useActionsContext('useRunAction')
  const { connection, action, instanceKey, allowConcurrent = false } = input
  const [owner] = useState(() => Symbol('useRunAction'))
  useEffect(() => claimRuns(owner), [owner])
  // Single flight per action: a run pending on another action (an un-keyed form switched) does not block this one.
  const inFlight = useRef(new Map<string, Promise<ActionRunResponse<TOutput>>>())
  const mutation = useMutation(
    runActionMutationOptions<TInput, TOutput, TContext>(
      client,
      queryClient,
      { connection, action, instanceKey },
      options,
      owner,
    ),
    queryClient,
  )
  const scope = useMemo(
    () => hashKey(actionKeys.runs(connection, action, instanceKey)),
    [connection, action, instanceKey],
  )

  const { mutateAsync: start, reset } = mutation
  const mutateAsync = useCallback(
    (...args: Parameters<typeof start>) => {
      const running = inFlight.current.get(scope)
      if (running && !allowConcurrent) return running
      queueRun(owner)
      const promise = start(...args)
      inFlight.current.set(scope, promise)
      const release = () => {
        if (inFlight.current.get(scope) === promise) inFlight.current.delete(scope)
      }
      promise.then(release, release)
      return promise
    },
    [start, allowConcurrent, owner, scope],
  )
  const mutate = useCallback(
    (...args: Parameters<typeof mutateAsync>) => {
      mutateAsync(...args).catch(() => {})
    },
    [mutateAsync],
  )
  const cancel = useCallback(() => {
    abortQueued(owner)
    abortActive(owner, scope)
    inFlight.current.delete(scope)
    reset()
  }, [reset, owner, scope])

  return { ...mutation, mutate, mutateAsync, cancel }
}
