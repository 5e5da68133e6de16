import { useQuery } from '@tanstack/react-query'
import type { UseQueryResult } from '@tanstack/react-query'
import type { ActionsApiError } from '../client/ActionsApiError'
import type { ActionInstance } from '../types'
import { actionQueryOptions } from './actionQueryOptions'
import type { ActionQueryOptionsInput } from './actionQueryOptions'
import { useActionsContext } from './ActionsContext'
import { initialDataFromLists } from './cacheWrites'
import type { ActionSelector } from './types'

/**
 * One action instance. When a cached list of the connection already holds it, the first render uses that
 * item, so opening an action from a list makes no request before first paint.
 * @example
 * const { data: action, isPending } = useAction({ connection: 'hubspot', action: 'create-contact' })
 */
export function useAction(
  input: ActionSelector,
  options?: Partial<ActionQueryOptionsInput>,
): UseQueryResult<ActionInstance, ActionsApiError> {
  const { client, queryClient } = useActionsContext('useAction')
  return useQuery(
    actionQueryOptions(client, input, { ...initialDataFromLists(queryClient, input), ...options }),
    queryClient,
  )
}
