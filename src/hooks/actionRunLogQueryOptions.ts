import { queryOptions } from '@tanstack/react-query'
import type { UseQueryOptions } from '@tanstack/react-query'
import type { ActionsApiError } from '../client/ActionsApiError'
import type { ActionsClient } from '../client/types'
import type { ActionRunLog } from '../types'
import { actionKeys } from './actionKeys'

/** The query key of one run log. */
export type ActionRunLogKey = ReturnType<typeof actionKeys.runLog>

/** React Query options `actionRunLogQueryOptions` accepts; the key and function are the kit's. */
export type ActionRunLogQueryOptions<TData = ActionRunLog> = Omit<
  UseQueryOptions<ActionRunLog, ActionsApiError, TData, ActionRunLogKey>,
  'queryKey' | 'queryFn'
>

/**
 * Query options of one run log (`GET /action-run-logs/{id}`). A log never changes once written.
 * @example
 * const log = await queryClient.fetchQuery(actionRunLogQueryOptions(client, run.actionRunId))
 */
export function actionRunLogQueryOptions<TData = ActionRunLog>(
  client: ActionsClient,
  id: string,
  options?: Partial<ActionRunLogQueryOptions<TData>>,
) {
  return queryOptions<ActionRunLog, ActionsApiError, TData, ActionRunLogKey>({
    staleTime: Infinity,
    ...options,
    queryKey: actionKeys.runLog(id),
    queryFn: ({ signal }) => client.runLogs.get(id, { signal }),
  })
}
