import { useQuery } from '@tanstack/react-query'
import type { UseQueryResult } from '@tanstack/react-query'
import type { ActionsApiError } from '../client/ActionsApiError'
import type { ActionRunLog } from '../types'
import { actionRunLogQueryOptions } from './actionRunLogQueryOptions'
import type { ActionRunLogQueryOptions } from './actionRunLogQueryOptions'
import { useActionsContext } from './ActionsContext'

/**
 * One run log by id, such as the `actionRunId` of a run. A log the kit saw in a list or wrote after a run is
 * read from the cache.
 * @example
 * const { data: log } = useActionRunLog(run.actionRunId ?? '', { enabled: run.actionRunId !== undefined })
 */
export function useActionRunLog<TData = ActionRunLog>(
  id: string,
  options?: Partial<ActionRunLogQueryOptions<TData>>,
): UseQueryResult<TData, ActionsApiError> {
  const { client, queryClient } = useActionsContext('useActionRunLog')
  return useQuery(actionRunLogQueryOptions<TData>(client, id, options), queryClient)
}
