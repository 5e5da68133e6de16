import { abortedError, ActionsApiError } from './ActionsApiError'

/**
 * Waits for `promise` no longer than `timeoutMs` and no longer than `signal` stays unaborted. Used for the
 * token: a `fetchToken` that never settles must end in a `timeout` error, not a request that hangs forever.
 */
export function withinDeadline<T>(
  promise: Promise<T>,
  timeoutMs: number,
  signal: AbortSignal | undefined,
  what: string,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) {
      // The token may still arrive; it is cached for the next request, and its failure is not unhandled.
      promise.catch(() => {})
      return reject(abortedError())
    }
    const finish = () => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
    }
    const onAbort = () => {
      finish()
      reject(abortedError())
    }
    const timer = setTimeout(() => {
      finish()
      reject(
        new ActionsApiError({
          status: 0,
          type: 'timeout',
          message: `${what} did not finish within ${timeoutMs} ms`,
        }),
      )
    }, timeoutMs)
    signal?.addEventListener('abort', onAbort)
    promise.then(
      (value) => {
        finish()
        resolve(value)
      },
      (error: unknown) => {
        finish()
        reject(error)
      },
    )
  })
}
