import { infiniteQueryOptions } from '@tanstack/react-query'
import type { InfiniteData, UseInfiniteQueryOptions } from '@tanstack/react-query'
import type { ActionsApiError } from '../client/ActionsApiError'
import type { ActionsClient } from '../client/types'
import type { DataCollectionParameters, DataRecordList } from '../types'
import { actionKeys } from './actionKeys'

/** Which records of a data collection a query reads. */
export interface DataCollectionSelector {
  /** An integration key (such as `slack`), a connection id or an integration id. */
  connection: string
  /** The data collection's key (a `referenceCollection.key`), such as `channels`. */
  collection: string
  /** The collection's parameters, sent as the query string. Defaults to none. */
  parameters?: DataCollectionParameters
  /** Searches instead of listing when not empty. Defaults to `''`. */
  search?: string
}

/** The pages of a data collection, as `useDataCollection` caches them. */
export type DataCollectionData = InfiniteData<DataRecordList, string | undefined>

/** The query key of the pages of a data collection. */
export type DataCollectionKey = ReturnType<typeof actionKeys.dataRecords>

/** React Query options `dataCollectionQueryOptions` accepts; the key, function and paging are the kit's. */
export type DataCollectionQueryOptions = Omit<
  UseInfiniteQueryOptions<
    DataRecordList,
    ActionsApiError,
    DataCollectionData,
    DataCollectionKey,
    string | undefined
  >,
  'queryKey' | 'queryFn' | 'initialPageParam' | 'getNextPageParam' | 'getPreviousPageParam'
>

/**
 * Infinite-query options of a data collection's records: listed, or searched when `search` is not empty, paged
 * by the API's cursor.
 * @example
 * await queryClient.prefetchInfiniteQuery(dataCollectionQueryOptions(client, { connection: 'slack', collection: 'channels' }))
 */
export function dataCollectionQueryOptions(
  client: ActionsClient,
  input: DataCollectionSelector,
  options?: Partial<DataCollectionQueryOptions>,
) {
  const { connection, collection, parameters, search = '' } = input
  return infiniteQueryOptions<
    DataRecordList,
    ActionsApiError,
    DataCollectionData,
    DataCollectionKey,
    string | undefined
  >({
    ...options,
    queryKey: actionKeys.dataRecords(connection, collection, { parameters, search }),
    queryFn: ({ pageParam: cursor, signal }) => {
      const records = client.connection(connection).dataCollection(collection)
      return search
        ? records.search({ query: search, cursor, parameters }, { signal })
        : records.list({ cursor, parameters }, { signal })
    },
    initialPageParam: undefined,
    getNextPageParam: (last) => last.cursor || undefined,
  })
}
