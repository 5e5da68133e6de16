import { useInfiniteQuery } from '@tanstack/react-query'
import type { UseInfiniteQueryResult } from '@tanstack/react-query'
import type { ActionsApiError } from '../client/ActionsApiError'
import type { ActionRunLogFilters } from './actionKeys'
import { actionRunLogsQueryOptions } from './actionRunLogsQueryOptions'
import type { ActionRunLogsData, ActionRunLogsQueryOptions } from './actionRunLogsQueryOptions'
import { useActionsContext } from './ActionsContext'

/**
 * The platform's logs of action runs that match `filters` (connection id, action instance id, status, time),
 * newest first, page by page (`fetchNextPage`, `hasNextPage`).
 * @example
 * const { data } = useActionRunLogs({ actionId: instance.id, status: 'error' })
 * const logs = data?.pages.flatMap((page) => page.items) ?? []
 */
export function useActionRunLogs(
  filters: ActionRunLogFilters = {},
  options?: Partial<ActionRunLogsQueryOptions>,
): UseInfiniteQueryResult<ActionRunLogsData, ActionsApiError> {
  const { client, queryClient } = useActionsContext('useActionRunLogs')
  return useInfiniteQuery(actionRunLogsQueryOptions(client, filters, options), queryClient)
}
