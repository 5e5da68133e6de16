import { ActionsApiError, retryDelay, shouldRetryRequest } from 'react-action-instances'

const error = (status: number, type: string, extra: { retryAfterMs?: number } = {}) =>
  new ActionsApiError({ status, type, message: type, ...extra })

describe('shouldRetryRequest', () => {
  it.each([
    [error(0, 'network_error')],
    [error(0, 'timeout')],
    [error(502, 'invalid_response')],
    [error(500, 'internal')],
    [error(503, 'unavailable')],
    [error(429, 'rate_limit_exceeded')],
  ])('retries %s at most 3 times', (failure) => {
    expect([0, 1, 2, 3].map((count) => shouldRetryRequest(count, failure))).toEqual([true, true, true, false])
  })

  it.each([
    [error(0, 'aborted')],
    [error(0, 'token_error')],
    [error(200, 'invalid_response')],
    [error(400, 'bad_request')],
    [error(401, 'not_authenticated')],
    [error(403, 'access_denied')],
    [error(404, 'not_found')],
    [new Error('a bug')],
  ])('never retries %s', (failure) => {
    expect(shouldRetryRequest(0, failure)).toBe(false)
  })
})

describe('retryDelay', () => {
  it('honours Retry-After', () => {
    expect(retryDelay(0, error(429, 'rate_limit_exceeded', { retryAfterMs: 1500 }))).toBe(1500)
  })

  it('backs off exponentially with jitter, capped at 10 s', () => {
    for (let count = 0; count < 8; count++) {
      const ceiling = Math.min(10_000, 300 * 2 ** count)
      const delay = retryDelay(count, error(500, 'internal'))
      expect(delay).toBeGreaterThanOrEqual(ceiling / 2)
      expect(delay).toBeLessThanOrEqual(ceiling)
    }
    expect(retryDelay(20, error(0, 'network_error'))).toBeLessThanOrEqual(10_000)
  })
})
