import type { ReactNode } from 'react'
import type { ActionsLabels } from '../../../labels/ActionsLabels'

/** The state of the choices, as the popup around the listbox shows it. */
export interface ReferenceMenuState {
  status: 'idle' | 'pending' | 'error' | 'success'
  error?: unknown
  hasNextPage?: boolean
  isFetchingNextPage?: boolean
  count: number
  search: string
  onRetry?(): void
  onLoadMore?(): void
}

// Buttons inside the popup keep the focus in the input when clicked, so the list stays open.
const keepFocus = (event: { preventDefault(): void }) => event.preventDefault()

function errorTitle(error: unknown, labels: ActionsLabels) {
  const { type, status } = (typeof error === 'object' && error !== null ? error : {}) as {
    type?: unknown
    status?: unknown
  }
  return typeof type === 'string' ? labels.errorTitle(type, typeof status === 'number' ? status : 0) : ''
}

/** The popup of a reference field: loading, empty and error states around the listbox, and "load more". */
export function ReferenceMenu(props: ReferenceMenuState & { labels: ActionsLabels; children: ReactNode }) {
  const { status, error, hasNextPage, isFetchingNextPage, count, search, labels, children } = props
  const message =
    status === 'pending'
      ? labels.referenceLoading
      : status === 'success' && count === 0
        ? search
          ? labels.referenceEmptySearch(search)
          : labels.referenceEmpty
        : isFetchingNextPage
          ? labels.referenceLoading
          : hasNextPage
            ? labels.referenceShowingMore(count)
            : ''
  return (
    <>
      {status === 'error' && (
        <div role="alert" className="rai-reference-error">
          <p>
            <strong>{labels.referenceError}</strong> {errorTitle(error, labels)}
          </p>
          <button type="button" className="rai-button" onMouseDown={keepFocus} onClick={props.onRetry}>
            {labels.retry}
          </button>
        </div>
      )}
      {children}
      <div className="rai-reference-footer">
        <p role="status" className="rai-reference-status">
          {message}
        </p>
        {hasNextPage && status === 'success' && (
          <button
            type="button"
            className="rai-button"
            onMouseDown={keepFocus}
            onClick={props.onLoadMore}
            disabled={isFetchingNextPage}
          >
            {labels.referenceLoadMore}
          </button>
        )}
      </div>
    </>
  )
}
