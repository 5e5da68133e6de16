import { useInfiniteQuery } from '@tanstack/react-query'
import type { UseInfiniteQueryResult } from '@tanstack/react-query'
import type { ActionsApiError } from '../client/ActionsApiError'
import { useActionsContext } from './ActionsContext'
import { dataCollectionQueryOptions } from './dataCollectionQueryOptions'
import type {
  DataCollectionData,
  DataCollectionQueryOptions,
  DataCollectionSelector,
} from './dataCollectionQueryOptions'
import { useDebouncedValue } from './useDebouncedValue'

/** What `useDataCollection` reads: a data collection, its parameters and a search typed by the user. */
export interface UseDataCollectionInput extends DataCollectionSelector {
  /** How long `search` must stay unchanged before it is sent, in milliseconds. Defaults to `250`. */
  debounceMs?: number
}

/**
 * The records of a data collection, page by page: listed, or searched once `search` has settled for
 * `debounceMs`. A request that a newer search supersedes is aborted.
 * @example
 * const { data, fetchNextPage } = useDataCollection({ connection: 'slack', collection: 'channels', search })
 * const channels = data?.pages.flatMap((page) => page.records) ?? []
 */
export function useDataCollection(
  input: UseDataCollectionInput,
  options?: Partial<DataCollectionQueryOptions>,
): UseInfiniteQueryResult<DataCollectionData, ActionsApiError> {
  const { client, queryClient } = useActionsContext('useDataCollection')
  const search = useDebouncedValue(input.search?.trim() ?? '', input.debounceMs ?? 250)
  return useInfiniteQuery(dataCollectionQueryOptions(client, { ...input, search }, options), queryClient)
}
