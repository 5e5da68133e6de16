import type { QueryClient } from '@tanstack/react-query'
import { maskSensitive } from '../maskSensitive'
import type { ActionInstance, ActionRunLog, ApiErrorBody, JsonObject } from '../types'
import { actionKeys } from './actionKeys'
import type { ActionRunLogFilters } from './actionKeys'
import type { ActionRunLogsData } from './actionRunLogsQueryOptions'

/** What the kit knows of a run it made itself. */
export interface RunOutcome {
  actionRunId: string
  instance: ActionInstance
  input: object
  startedAt: number
  output?: unknown
  error?: ApiErrorBody
}

function matches(log: ActionRunLog, filters: ActionRunLogFilters): boolean {
  const created = Date.parse(log.createdAt)
  return (
    (filters.connectionId === undefined || filters.connectionId === log.connectionId) &&
    (filters.actionId === undefined || filters.actionId === log.action.id) &&
    (filters.status === undefined || filters.status === log.status) &&
    (filters.from === undefined || created >= Date.parse(filters.from)) &&
    (filters.to === undefined || created <= Date.parse(filters.to))
  )
}

/**
 * Writes the log of a run the kit made at the top of every cached list of run logs it matches, and as the run
 * log's own query, so a mounted history shows the run without a refetch. The log is built from the run and the
 * instance as the platform would write it, with sensitive values masked.
 */
export function writeRunLog(queryClient: QueryClient, outcome: RunOutcome): void {
  const { instance, startedAt, output, error } = outcome
  const now = Date.now()
  const log: ActionRunLog = {
    id: outcome.actionRunId,
    userId: instance.userId,
    connectionId: instance.connectionId,
    integrationId: instance.integrationId,
    name: instance.name,
    status: error ? 'error' : 'success',
    createdAt: new Date(startedAt).toISOString(),
    completedAt: new Date(now).toISOString(),
    duration: now - startedAt,
    input: maskSensitive(instance.inputSchema, outcome.input) as JsonObject,
    ...(error ? { error } : { output: maskSensitive(instance.outputSchema, output) }),
    action: instance,
  }
  queryClient.setQueryData(actionKeys.runLog(log.id), log)
  for (const query of queryClient.getQueryCache().findAll({ queryKey: actionKeys.runLogLists() })) {
    const filters = query.queryKey[3] as ActionRunLogFilters
    const data = query.state.data as ActionRunLogsData | undefined
    const [first, ...rest] = data?.pages ?? []
    if (!data || !first || !matches(log, filters) || first.items.some((item) => item.id === log.id)) continue
    queryClient.setQueryData<ActionRunLogsData>(query.queryKey, {
      ...data,
      pages: [{ ...first, items: [log, ...first.items] }, ...rest],
    })
  }
}
