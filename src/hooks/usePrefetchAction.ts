import { useCallback } from 'react'
import { actionQueryOptions } from './actionQueryOptions'
import { useActionsContext } from './ActionsContext'
import type { ActionSelector } from './types'

/**
 * A function that prefetches one action instance (for hover or focus), skipping fresh cached data.
 * @example
 * const prefetch = usePrefetchAction()
 * <li onMouseEnter={() => prefetch({ connection: 'hubspot', action: item.key ?? item.id })} />
 */
export function usePrefetchAction(): (input: ActionSelector) => void {
  const { client, queryClient } = useActionsContext('usePrefetchAction')
  return useCallback(
    (input: ActionSelector) => {
      void queryClient.prefetchQuery(actionQueryOptions(client, input))
    },
    [client, queryClient],
  )
}
