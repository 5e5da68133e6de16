import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query'
import type { ActionsApiError } from '../client/ActionsApiError'
import type { ActionInstanceList } from '../types'
import type { ActionsLabels } from './labels/ActionsLabels'

/** Props of `ActionListStatus`. */
export interface ActionListStatusProps {
  query: UseInfiniteQueryResult<InfiniteData<ActionInstanceList, string | undefined>, ActionsApiError>
  count: number
  search: string
  labels: ActionsLabels
}

const skeletonRows = [0, 1, 2, 3, 4]

/** The part of `ActionList` below its rows: skeleton, empty text, error with Retry, count and "Load more". */
export function ActionListStatus({ query, count, search, labels }: ActionListStatusProps) {
  if (query.isPending) {
    return (
      <div className="rai-list-skeleton" role="status">
        <span className="rai-visually-hidden">{labels.loading}</span>
        {skeletonRows.map((row) => (
          <div key={row} className="rai-skeleton rai-list-skeleton-row" aria-hidden="true" />
        ))}
      </div>
    )
  }
  if (query.isError && (count === 0 || query.isFetchNextPageError)) {
    const retry = () => void (query.isFetchNextPageError ? query.fetchNextPage() : query.refetch())
    return (
      <div className="rai-list-error" role="alert">
        <p className="rai-error-title">{labels.listError}</p>
        <p className="rai-error-message">{query.error.message || labels.unknownError}</p>
        <button type="button" className="rai-button" onClick={retry}>
          {labels.retry}
        </button>
      </div>
    )
  }
  return (
    <>
      <p className="rai-list-count" role="status">
        {count === 0 ? (search ? labels.listEmptySearch(search) : labels.listEmpty) : labels.listCount(count)}
      </p>
      {query.hasNextPage && (
        <button
          type="button"
          className="rai-button rai-list-more"
          aria-disabled={query.isFetchingNextPage || undefined}
          onClick={() => {
            // aria-disabled instead of disabled keeps keyboard focus on the button while the page loads.
            if (!query.isFetchingNextPage) void query.fetchNextPage()
          }}
        >
          {query.isFetchingNextPage ? labels.listLoadingMore : labels.listLoadMore}
        </button>
      )}
    </>
  )
}
