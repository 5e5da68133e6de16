import { useQuery } from '@tanstack/react-query'
import type { UseQueryResult } from '@tanstack/react-query'
import type { ActionsApiError } from '../client/ActionsApiError'
import type { ActionInstance } from '../types'
import { actionDetailQueryOptions } from './actionDetailQueryOptions'
import type { ActionDetailQueryOptions } from './actionDetailQueryOptions'
import { useActionsContext } from './ActionsContext'
import { initialDataFromCache } from './cacheWrites'
import type { ActionInstanceOf } from './actionRegistry'
import type { ActionSelector } from './types'

/**
 * One action instance. When the cache already holds it (a list of the connection, or a detail read by its
 * key or id), the first render uses that copy, so opening an action from a list makes no request before first
 * paint. `select` may change the data type, as with `useQuery`. With literal keys of `ActionRegistry`,
 * `config.defaultInput` is typed.
 * @example
 * const { data: action, isPending } = useAction({ connection: 'hubspot', action: 'create-contact' })
 */
export function useAction<C extends string, A extends string>(
  input: ActionSelector & { connection: C; action: A },
  options?: Partial<ActionDetailQueryOptions>,
): UseQueryResult<ActionInstanceOf<C, A>, ActionsApiError>
export function useAction<TData = ActionInstance>(
  input: ActionSelector,
  options?: Partial<ActionDetailQueryOptions<TData>>,
): UseQueryResult<TData, ActionsApiError>
export function useAction<TData = ActionInstance>(
  input: ActionSelector,
  options?: Partial<ActionDetailQueryOptions<TData>>,
): UseQueryResult<TData, ActionsApiError> {
  const { client, queryClient } = useActionsContext('useAction')
  return useQuery(
    actionDetailQueryOptions<TData>(client, input, {
      ...initialDataFromCache(queryClient, input),
      ...options,
    }),
    queryClient,
  )
}
