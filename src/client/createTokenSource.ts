import { decodeJwt } from 'jose'
import { ActionsApiError } from './ActionsApiError'

/** Refresh this long before `exp`, so a token never expires in flight. */
const REFRESH_MARGIN_MS = 30_000

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

function expiryOf(token: string): number | undefined {
  try {
    const { exp } = decodeJwt(token)
    return typeof exp === 'number' ? exp * 1000 : undefined
  } catch {
    return undefined
  }
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
  let current: { token: string; expiresAt?: number } | undefined = token
    ? { token, expiresAt: expiryOf(token) }
    : undefined
  let pending: Promise<string> | undefined

  const isFresh = (entry: { expiresAt?: number }) =>
    entry.expiresAt === undefined || entry.expiresAt - Date.now() > REFRESH_MARGIN_MS

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
    current = { token: fresh, expiresAt: expiryOf(fresh) }
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
