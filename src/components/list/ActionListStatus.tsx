import { memo } from 'react'
import type { ActionsApiError } from '../../client/ActionsApiError'
import type { ActionsLabels } from '../labels/ActionsLabels'

/** Props of `ActionListStatus`: only the query's flags, so a change to one row's data does not render it. */
export interface ActionListStatusProps {
  isPending: boolean
  error: ActionsApiError | null
  isFetchNextPageError: boolean
  hasNextPage: boolean
  isFetchingNextPage: boolean
  /** Stable: React Query's observer methods keep their identity. */
  fetchNextPage(): unknown
  refetch(): unknown
  count: number
  search: string
  labels: ActionsLabels
}

const skeletonRows = [0, 1, 2, 3, 4]

/** The part of `ActionList` below its rows: skeleton, empty text, error with Retry, count and "Load more". */
export const ActionListStatus = memo(function ActionListStatus(props: ActionListStatusProps) {
  const { count, search, labels, error } = props
  if (props.isPending) {
    return (
      <div className="rai-list-skeleton" role="status">
        <span className="rai-visually-hidden">{labels.loading}</span>
        {skeletonRows.map((row) => (
          <div key={row} className="rai-skeleton rai-list-skeleton-row" aria-hidden="true" />
        ))}
      </div>
    )
  }
  if (error && (count === 0 || props.isFetchNextPageError)) {
    const retry = () => void (props.isFetchNextPageError ? props.fetchNextPage() : props.refetch())
    return (
      <div className="rai-list-error" role="alert">
        <p className="rai-error-title">{labels.listError}</p>
        <p className="rai-error-message">{error.message || labels.unknownError}</p>
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
      {props.hasNextPage && (
        <button
          type="button"
          className="rai-button rai-list-more"
          aria-disabled={props.isFetchingNextPage || undefined}
          onClick={() => {
            // aria-disabled instead of disabled keeps keyboard focus on the button while the page loads.
            if (!props.isFetchingNextPage) void props.fetchNextPage()
          }}
        >
          {props.isFetchingNextPage ? labels.listLoadingMore : labels.listLoadMore}
        </button>
      )}
    </>
  )
})
