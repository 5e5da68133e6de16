import { useInfiniteQuery } from '@tanstack/react-query'
import type { UseInfiniteQueryResult } from '@tanstack/react-query'
import type { ActionsApiError } from '../client/ActionsApiError'
import { actionsQueryOptions } from './actionsQueryOptions'
import type { ActionsListData, ActionsQueryOptionsInput } from './actionsQueryOptions'
import { useActionsContext } from './ActionsContext'
import type { ActionsListInput } from './types'

/**
 * A connection's action instances, page by page (`fetchNextPage`, `hasNextPage`), paged by the API's cursor.
 * @example
 * const { data, hasNextPage, fetchNextPage } = useActions({ connection: 'hubspot', limit: 20 })
 * const actions = data?.pages.flatMap((page) => page.items) ?? []
 */
export function useActions(
  input: ActionsListInput,
  options?: Partial<ActionsQueryOptionsInput>,
): UseInfiniteQueryResult<ActionsListData, ActionsApiError> {
  const { client, queryClient } = useActionsContext('useActions')
  return useInfiniteQuery(actionsQueryOptions(client, input, options), queryClient)
}
