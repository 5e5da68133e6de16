import { LRUCache } from 'lru-cache'
import { errorResponse } from './responses'

/** Per-customer limits, as the platform applies them. */
export interface RateLimitOptions {
  /** Requests one customer may start per second. Defaults to no limit. */
  requestsPerSecond?: number
  /** Requests one customer may have in flight at once. Defaults to no limit. */
  concurrent?: number
}

interface Usage {
  /** When the customer's current one-second window began, on the monotonic clock (ms). */
  windowStart: number
  count: number
  inFlight: number
}

/**
 * Counts each customer's requests; `enter` answers 429 or returns a `leave` to call when the request ends.
 * Windows run on the monotonic clock: a wall clock stepped back (NTP, a VM resumed) must not lock a customer
 * out with a Retry-After of the step's length.
 */
export function createCustomerRateLimit(options: RateLimitOptions) {
  const usage = new LRUCache<string, Usage>({ max: 100_000 })
  const limited = (message: string, retryAfter: number) =>
    errorResponse(429, message, {
      key: 'rate_limit_exceeded',
      headers: { 'retry-after': String(retryAfter) },
    })
  return {
    enter(customerId: string, now = performance.now()): Response | (() => void) {
      let entry = usage.get(customerId)
      if (entry === undefined) usage.set(customerId, (entry = { windowStart: now, count: 0, inFlight: 0 }))
      if (now - entry.windowStart >= 1000) {
        entry.windowStart = now
        entry.count = 0
      }
      const perSecond = options.requestsPerSecond
      if (perSecond !== undefined && entry.count >= perSecond) {
        const wait = Math.max(1, Math.ceil((entry.windowStart + 1000 - now) / 1000))
        return limited(`More than ${perSecond} requests per second for this customer.`, wait)
      }
      if (options.concurrent !== undefined && entry.inFlight >= options.concurrent) {
        return limited(`More than ${options.concurrent} requests in parallel for this customer.`, 1)
      }
      entry.count += 1
      entry.inFlight += 1
      const held = entry
      return () => {
        held.inFlight -= 1
      }
    },
  }
}
