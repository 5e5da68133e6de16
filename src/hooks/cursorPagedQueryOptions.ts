import { infiniteQueryOptions } from '@tanstack/react-query'
import type {
  InfiniteData,
  QueryFunctionContext,
  QueryKey,
  UseInfiniteQueryOptions,
} from '@tanstack/react-query'
import type { ActionsApiError } from '../client/ActionsApiError'

/** The cached pages of a list the API pages by `cursor`. */
export type CursorPages<TPage> = InfiniteData<TPage, string | undefined>

/** React Query options a cursor-paged factory accepts: all but the key, function and paging, which are the kit's. */
export type CursorPagedQueryOptions<TPage, TKey extends QueryKey> = Omit<
  UseInfiniteQueryOptions<TPage, ActionsApiError, CursorPages<TPage>, TKey, string | undefined>,
  'queryKey' | 'queryFn' | 'initialPageParam' | 'getNextPageParam' | 'getPreviousPageParam'
>

/**
 * Infinite-query options of a list the API pages by `cursor` (the action list, run logs, a data collection): the
 * first page has no cursor, and each page's `cursor` asks for the next until one comes back without it.
 */
export function cursorPagedQueryOptions<TPage extends { cursor?: string }, TKey extends QueryKey>(
  queryKey: TKey,
  fetchPage: (context: QueryFunctionContext<TKey, string | undefined>) => Promise<TPage>,
  options?: Partial<CursorPagedQueryOptions<TPage, TKey>>,
) {
  return infiniteQueryOptions<TPage, ActionsApiError, CursorPages<TPage>, TKey, string | undefined>({
    ...options,
    queryKey,
    queryFn: fetchPage,
    initialPageParam: undefined,
    getNextPageParam: (last) => last.cursor || undefined,
  })
}
