import { useCallback } from 'react'
import { actionDetailQueryOptions } from './actionDetailQueryOptions'
import { useActionsContext } from './ActionsContext'
import { initialDataFromCache } from './cacheWrites'
import type { ActionSelector } from './types'

/**
 * A function that prefetches one action instance (for hover or focus), skipping fresh cached data.
 * @example
 * const prefetch = useActionPrefetcher()
 * <li onMouseEnter={() => prefetch({ connection: 'hubspot', action: item.key ?? item.id })} />
 */
export function useActionPrefetcher(): (input: ActionSelector) => void {
  const { client, queryClient } = useActionsContext('useActionPrefetcher')
  return useCallback(
    (input: ActionSelector) => {
      // A row of a fresh list already holds the instance: seed the detail from it instead of fetching.
      void queryClient.prefetchQuery(
        actionDetailQueryOptions(client, input, initialDataFromCache(queryClient, input)),
      )
    },
    [client, queryClient],
  )
}
