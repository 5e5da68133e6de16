import { queryOptions } from '@tanstack/react-query'
import type { UseQueryOptions } from '@tanstack/react-query'
import type { ActionsApiError } from '../client/ActionsApiError'
import { retryDelay, shouldRetryRequest } from '../client/retryPolicy'
import type { ActionsClient } from '../client/types'
import type { ActionInstance } from '../types'
import { actionKeys } from './actionKeys'
import { DEFAULT_STALE_TIME_MS } from './actionsQueryOptions'
import type { ActionSelector } from './types'

/** React Query options `actionQueryOptions` accepts; the key and function are the kit's. */
export type ActionQueryOptionsInput = Omit<
  UseQueryOptions<ActionInstance, ActionsApiError, ActionInstance, ReturnType<typeof actionKeys.detail>>,
  'queryKey' | 'queryFn'
>

/**
 * Query options of one action instance. `staleTime` defaults to 30 s; `retry` and `retryDelay` default
 * to the kit's retry policy.
 * @example
 * await queryClient.prefetchQuery(actionQueryOptions(client, { connection: 'hubspot', action: 'create-contact' }))
 */
export function actionQueryOptions(
  client: ActionsClient,
  input: ActionSelector,
  options?: Partial<ActionQueryOptionsInput>,
) {
  const { connection, action, instanceKey } = input
  return queryOptions<ActionInstance, ActionsApiError, ActionInstance, ReturnType<typeof actionKeys.detail>>({
    retry: shouldRetryRequest,
    retryDelay,
    staleTime: DEFAULT_STALE_TIME_MS,
    ...options,
    queryKey: actionKeys.detail(connection, action, instanceKey),
    queryFn: ({ signal }) =>
      client
        .connection(connection)
        .action(action, instanceKey === undefined ? {} : { instanceKey })
        .get({ signal }),
  })
}
