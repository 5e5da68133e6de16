import { decodeJwt } from 'jose'
import { ActionsApiError } from './ActionsApiError'

/** Refresh at most this long before a token expires, so it never expires in flight. */
const MAX_REFRESH_MARGIN_MS = 30_000
/** ...and at most this share of its lifetime, so a short-lived token (30 s or less) is still reused. */
const REFRESH_MARGIN_SHARE = 0.25

/** Where requests get their bearer token from. */
export interface TokenSource {
  /** A usable token; concurrent callers share one `fetchToken` call. */
  get(): Promise<string>
  /** Whether a 401 can be answered by fetching a new token. */
  readonly canRefresh: boolean
  /** Drops `token` after the API rejected it, unless a newer one already replaced it. */
  invalidate(token: string): void
  /** Forgets a `fetchToken` call a request gave up waiting for, so a hung call does not hang every later request. */
  abandonPending(): void
}

/** When a token should be replaced, by this machine's clock; `undefined` means "keep it until a 401". */
interface Freshness {
  token: string
  refreshAt?: number
}

/**
 * When to replace a JWT received at `receivedAt`: a quarter of its lifetime (`exp - iat`) and at most 30 s
 * before it expires. Expiry is read from `exp` by this machine's clock, except for a just-fetched token that a
 * server clock ahead of or behind this one (clock skew) would make look issued in the future or already
 * expired: then its lifetime counts from arrival. A just-fetched token is always used at least once (for half of
 * what is left), so a short or skewed token never makes every request fetch again; one with no readable `exp`,
 * or none left and no `iat`, is kept until the API rejects it.
 */
function freshnessOf(token: string, receivedAt: number, justFetched: boolean): Freshness {
  let claims: { exp?: unknown; iat?: unknown }
  try {
    claims = decodeJwt(token)
  } catch {
    return { token }
  }
  const { exp, iat } = claims
  if (typeof exp !== 'number') return { token }
  const hasIat = typeof iat === 'number' && iat < exp
  let expiresAt = exp * 1000
  const lifetime = hasIat ? (exp - iat) * 1000 : expiresAt - receivedAt
  if (justFetched && hasIat && (expiresAt <= receivedAt || iat * 1000 > receivedAt)) {
    expiresAt = receivedAt + lifetime
  }
  const remaining = expiresAt - receivedAt
  if (remaining <= 0) return justFetched ? { token } : { token, refreshAt: receivedAt }
  let margin = Math.min(MAX_REFRESH_MARGIN_MS, lifetime * REFRESH_MARGIN_SHARE)
  if (justFetched) margin = Math.min(margin, remaining / 2)
  return { token, refreshAt: expiresAt - margin }
}

function tokenError(message: string, cause?: unknown): ActionsApiError {
  return new ActionsApiError({ status: 0, type: 'token_error', message, cause })
}

/** Builds the token source of a client from a fixed `token` or a `fetchToken` function. */
export function createTokenSource(token?: string, fetchToken?: () => Promise<string>): TokenSource {
  if (!fetchToken) {
    return {
      canRefresh: false,
      invalidate: () => {},
      abandonPending: () => {},
      get: () =>
        token
          ? Promise.resolve(token)
          : Promise.reject(tokenError('No token: pass `token` or `fetchToken` to createActionsClient')),
    }
  }
  // A token passed in was minted at an unknown time: only its `exp` can be trusted.
  let current: Freshness | undefined = token ? freshnessOf(token, Date.now(), false) : undefined
  let pending: Promise<string> | undefined

  const isFresh = (entry: Freshness) => entry.refreshAt === undefined || Date.now() < entry.refreshAt

  const refresh = async (): Promise<string> => {
    let fresh: unknown
    try {
      fresh = await fetchToken()
    } catch (cause) {
      const reason = cause instanceof Error ? `: ${cause.message}` : ''
      throw tokenError(`Could not get a customer token from fetchToken${reason}`, cause)
    }
    if (typeof fresh !== 'string' || fresh === '') {
      throw tokenError('fetchToken resolved without a token (expected a non-empty string)')
    }
    current = freshnessOf(fresh, Date.now(), true)
    return fresh
  }

  return {
    canRefresh: true,
    get() {
      if (current && isFresh(current)) return Promise.resolve(current.token)
      if (pending) return pending
      const attempt = refresh().finally(() => {
        if (pending === attempt) pending = undefined
      })
      pending = attempt
      return attempt
    },
    abandonPending() {
      pending = undefined
    },
    invalidate(rejected) {
      if (current?.token === rejected) current = undefined
    },
  }
}
