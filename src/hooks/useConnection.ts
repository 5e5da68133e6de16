import { useQuery } from '@tanstack/react-query'
import type { UseQueryResult } from '@tanstack/react-query'
import type { ActionsApiError } from '../client/ActionsApiError'
import type { Connection } from '../types'
import { connectionQueryOptions } from './connectionQueryOptions'
import type { ConnectionQueryOptions } from './connectionQueryOptions'
import { useActionsContext } from './ActionsContext'

/**
 * A connection and its health: `connected`, `isDefunct`, and the `clientAction` that heals it.
 * @example
 * const { data: connection } = useConnection('hubspot')
 * if (connection?.isDefunct) showReconnect(connection.clientAction)
 */
export function useConnection<TData = Connection>(
  connection: string,
  options?: Partial<ConnectionQueryOptions<TData>>,
): UseQueryResult<TData, ActionsApiError> {
  const { client, queryClient } = useActionsContext('useConnection')
  return useQuery(connectionQueryOptions<TData>(client, connection, options), queryClient)
}
