import { hashKey } from '@tanstack/react-query'
import type { QueryClient, UseMutationOptions } from '@tanstack/react-query'
import type { ActionsApiError } from '../client/ActionsApiError'
import type { ActionsClient } from '../client/types'
import type { ActionInstance, ActionRunResponse } from '../types'
import { actionDetailQueryOptions } from './actionDetailQueryOptions'
import { actionKeys } from './actionKeys'
import { composeHandlers } from './composeHandlers'
import type { ActionMutationOptions } from './composeHandlers'
import { mayWrite } from './customerScope'
import { RUN_HISTORY_MS, trackRunHistory } from './runHistory'
import { writeRunLog } from './runLogCache'
import type { RunOutcome } from './runLogCache'
import { finishRun, runRecords, startRun } from './runRecords'
import type { ActionSelector } from './types'

/** Input of `runActionMutationOptions` and `useRunAction`. */
export interface RunActionSelector extends ActionSelector {
  /**
   * Lets a second run start while one is pending. Defaults to `false`: `useRunAction` ignores the second call
   * and returns the pending run's promise (the API has no idempotency key, so a double click must not run twice).
   */
  allowConcurrent?: boolean
  /**
   * The route a run takes: `'instance'` is `POST /connections/{c}/actions/{a}/run`, `'act'` is the platform's newer
   * `POST /act` (by the instance's id when the kit has it, else by action key). Both answer with the run log's
   * `actionRunId`, when the API reports it. Defaults to `'instance'`.
   */
  transport?: 'act' | 'instance'
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
  const { connection, action, instanceKey, transport = 'instance' } = input
  const selector = { connection, action, instanceKey }
  const mutationKey = actionKeys.runs(connection, action, instanceKey)
  const scope = hashKey(mutationKey)
  const cachedInstance = () =>
    queryClient.getQueryData<ActionInstance>(actionKeys.detail(connection, action, instanceKey))
  // The run's log goes into the cached run-log lists; without the instance the log cannot be written, so they refetch.
  const noteRun = (
    actionRunId: string | undefined,
    variables: TInput,
    context: Parameters<typeof runRecords.get>[0],
    result: Pick<RunOutcome, 'output' | 'error'>,
  ) => {
    const instance = cachedInstance()
    const startedAt = runRecords.get(context)?.startedAt ?? Date.now()
    if (actionRunId === undefined || !mayWrite(queryClient, client)) return
    if (instance) writeRunLog(queryClient, { actionRunId, instance, input: variables, startedAt, ...result })
    else void queryClient.invalidateQueries({ queryKey: actionKeys.runLogLists() })
  }
  trackRunHistory(queryClient)
  return {
    gcTime: RUN_HISTORY_MS,
    ...composeHandlers<ActionRunResponse<TOutput>, TInput, TContext>(
      {
        onMutate: (_input, context) => startRun(context, owner, scope),
        onSuccess: (data, variables, context) =>
          noteRun(data.actionRunId, variables, context, { output: data.output }),
        onError: (error, variables, context) => {
          const { type, key, message, data } = error
          noteRun(error.actionRunId, variables, context, {
            error: { type, ...(key !== undefined && { key }), message, ...(data && { data }) },
          })
          if (type === 'connection')
            void queryClient.invalidateQueries({ queryKey: actionKeys.health(connection) })
        },
        onSettled: (_input, context) => finishRun(context),
      },
      options,
    ),
    mutationKey,
    mutationFn: async (variables, context) => {
      const signal = runRecords.get(context)?.controller.signal
      if (transport === 'instance') {
        return client
          .connection(connection)
          .action(action, { instanceKey })
          .run<TInput, TOutput>(variables, { signal })
      }
      // `/act` has no instance key: a keyed instance is run by its id, read first when the cache lacks it.
      const instance =
        cachedInstance() ??
        (instanceKey === undefined
          ? undefined
          : await queryClient.ensureQueryData(actionDetailQueryOptions(client, selector)))
      return client.act<TInput, TOutput>(
        instance
          ? instance.connectionId !== undefined
            ? { id: instance.id, connectionId: instance.connectionId, input: variables }
            : { id: instance.id, connectionKey: connection, input: variables }
          : { key: action, connectionKey: connection, input: variables },
        { signal },
      )
    },
  }
}
