import { useInfiniteQuery } from '@tanstack/react-query'
import type { UseInfiniteQueryResult } from '@tanstack/react-query'
import type { ActionsApiError } from '../client/ActionsApiError'
import { actionListQueryOptions } from './actionListQueryOptions'
import type { ActionListData, ActionListQueryOptions } from './actionListQueryOptions'
import { useActionsContext } from './ActionsContext'
import type { ActionListSelector } from './types'

/**
 * A connection's action instances, page by page (`fetchNextPage`, `hasNextPage`), paged by the API's cursor.
 * @example
 * const { data, hasNextPage, fetchNextPage } = useActions({ connection: 'hubspot', limit: 20 })
 * const actions = data?.pages.flatMap((page) => page.items) ?? []
 */
export function useActions(
  input: ActionListSelector,
  options?: Partial<ActionListQueryOptions>,
): UseInfiniteQueryResult<ActionListData, ActionsApiError> {
  const { client, queryClient } = useActionsContext('useActions')
  return useInfiniteQuery(actionListQueryOptions(client, input, options), queryClient)
}
