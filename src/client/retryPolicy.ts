import { ActionsApiError } from './ActionsApiError'

const MAX_RETRIES = 3
const BASE_DELAY_MS = 300
const MAX_DELAY_MS = 10_000
const MAX_RETRY_AFTER_MS = 60_000

function isTransient(error: ActionsApiError): boolean {
  if (error.type === 'aborted') return false
  if (error.type === 'network_error' || error.type === 'timeout') return true
  return error.status >= 500 || error.status === 429
}

/**
 * React Query `retry` for reads: retries network errors, timeouts, 5xx (including non-JSON 5xx pages)
 * and 429 at most 3 times; never another 4xx, never an abort. Mutations never retry.
 * @example
 * new QueryClient({ defaultOptions: { queries: { retry: shouldRetryRequest, retryDelay } } })
 */
export function shouldRetryRequest(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && error instanceof ActionsApiError && isTransient(error)
}

/**
 * React Query `retryDelay`: the server's Retry-After when it sent one, else exponential backoff
 * (300 ms doubling, capped at 10 s) with jitter so many clients do not retry in lockstep.
 * @example
 * useQuery({ ...actionDetailQueryOptions(client, input), retryDelay })
 */
export function retryDelay(failureCount: number, error: unknown): number {
  if (error instanceof ActionsApiError && error.retryAfterMs !== undefined) {
    return Math.min(error.retryAfterMs, MAX_RETRY_AFTER_MS)
  }
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** failureCount)
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2)
}
