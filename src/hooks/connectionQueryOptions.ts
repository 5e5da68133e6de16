import { queryOptions } from '@tanstack/react-query'
import type { UseQueryOptions } from '@tanstack/react-query'
import type { ActionsApiError } from '../client/ActionsApiError'
import type { ActionsClient } from '../client/types'
import type { Connection } from '../types'
import { actionKeys } from './actionKeys'

/** The query key of a connection's health. */
export type ConnectionKey = ReturnType<typeof actionKeys.health>

/** React Query options `connectionQueryOptions` accepts; the key and function are the kit's. */
export type ConnectionQueryOptions<TData = Connection> = Omit<
  UseQueryOptions<Connection, ActionsApiError, TData, ConnectionKey>,
  'queryKey' | 'queryFn'
>

/**
 * Query options of a connection and its health (`GET /connections/{connection}`). A run that fails with type
 * `connection` marks it stale, so a mounted `useConnection` shows the connection defunct.
 * @example
 * await queryClient.invalidateQueries({ queryKey: actionKeys.health('hubspot') }) // after reconnecting
 */
export function connectionQueryOptions<TData = Connection>(
  client: ActionsClient,
  connection: string,
  options?: Partial<ConnectionQueryOptions<TData>>,
) {
  return queryOptions<Connection, ActionsApiError, TData, ConnectionKey>({
    ...options,
    queryKey: actionKeys.health(connection),
    queryFn: ({ signal }) => client.connection(connection).get({ signal }),
  })
}
