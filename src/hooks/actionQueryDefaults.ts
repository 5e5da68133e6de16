import type { QueryClient, QueryObserverOptions } from '@tanstack/react-query'
import { retryDelay, shouldRetryRequest } from '../client/retryPolicy'
import { actionKeys } from './actionKeys'
import { DEFAULT_STALE_TIME_MS } from './actionListQueryOptions'

/**
 * The kit's read policy: retry transient failures (`shouldRetryRequest`, `retryDelay`) and stay fresh 30 s.
 * `ActionsProvider` registers it with `queryClient.setQueryDefaults(actionKeys.all, …)`, leaving out every
 * field the host's `defaultOptions.queries` sets, so TanStack's precedence holds: per-query options, then the
 * host's defaults, then these.
 */
export const actionQueryDefaults = {
  retry: shouldRetryRequest,
  retryDelay,
  staleTime: DEFAULT_STALE_TIME_MS,
} satisfies Partial<QueryObserverOptions>

/** Registers the kit's read policy on a QueryClient for the fields its host did not set. */
export function applyActionQueryDefaults(queryClient: QueryClient): void {
  const host = queryClient.getDefaultOptions().queries ?? {}
  const defaults = Object.fromEntries(Object.entries(actionQueryDefaults).filter(([name]) => !(name in host)))
  queryClient.setQueryDefaults(actionKeys.all, {
    ...defaults,
    ...queryClient.getQueryDefaults(actionKeys.all),
  })
}
