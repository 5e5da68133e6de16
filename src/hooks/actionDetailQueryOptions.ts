import { queryOptions } from '@tanstack/react-query'
import type { UseQueryOptions } from '@tanstack/react-query'
import type { ActionsApiError } from '../client/ActionsApiError'
import type { ActionsClient } from '../client/types'
import type { ActionInstance } from '../types'
import { actionKeys } from './actionKeys'
import { spreadReadInstance } from './cacheWrites'
import { mayWrite } from './customerScope'
import type { ActionSelector } from './types'
import { noteRead } from './writeTracker'

/** The query key of one action instance. */
export type ActionDetailKey = ReturnType<typeof actionKeys.detail>

/** React Query options `actionDetailQueryOptions` accepts; the key and function are the kit's. */
export type ActionDetailQueryOptions<TData = ActionInstance> = Omit<
  UseQueryOptions<ActionInstance, ActionsApiError, TData, ActionDetailKey>,
  'queryKey' | 'queryFn'
>

/**
 * Query options of one action instance. Retry and freshness come from the kit's query defaults
 * (`actionQueryDefaults`, which `ActionsProvider` registers under `actionKeys.all`), so the host's own
 * defaults and per-query options win. A cached instance marked archived is never fetched again by a
 * background refetch, because the API answers a GET by creating a fresh instance.
 * @example
 * await queryClient.prefetchQuery(actionDetailQueryOptions(client, { connection: 'hubspot', action: 'create-contact' }))
 */
export function actionDetailQueryOptions<TData = ActionInstance>(
  client: ActionsClient,
  input: ActionSelector,
  options?: Partial<ActionDetailQueryOptions<TData>>,
) {
  const { connection, action, instanceKey } = input
  const queryKey = actionKeys.detail(connection, action, instanceKey)
  return queryOptions<ActionInstance, ActionsApiError, TData, ActionDetailKey>({
    ...options,
    queryKey,
    queryFn: async ({ signal, client: queryClient }) => {
      const cached = queryClient.getQueryData<ActionInstance>(queryKey)
      if (cached?.archivedAt) return cached
      noteRead(queryClient, connection)
      const instance = await client.connection(connection).action(action, { instanceKey }).get({ signal })
      noteRead(queryClient, connection)
      if (mayWrite(queryClient, client)) spreadReadInstance(queryClient, input, instance)
      return instance
    },
  })
}
