import type { ApiErrorBody } from '../types'
import { abortedError, ActionsApiError } from './ActionsApiError'

/** One HTTP call, before auth and 401 handling. */
export interface HttpCall {
  method: 'GET' | 'PATCH' | 'POST' | 'DELETE'
  url: string
  token: string
  body?: unknown
  signal?: AbortSignal
  fetch: typeof fetch
  timeoutMs: number
  /** Whether a success must carry a JSON body. */
  expectBody: boolean
}

/** The outcome of an HTTP call that got a response. */
export interface HttpResult {
  status: number
  body: unknown
}

function parseRetryAfter(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now())
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null) return false
  const record = value as { type?: unknown; message?: unknown }
  return typeof record.type === 'string' && typeof record.message === 'string'
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return { ok: false }
  }
}

function describe(parsed: { ok: boolean } | undefined): string {
  if (parsed === undefined) return 'an empty body'
  return parsed.ok ? 'a JSON body of an unexpected shape' : 'a non-JSON body'
}

/** Keeps the token out of messages that echo something else's text (a network error, a server message). */
function redact(text: string, token: string): string {
  return token ? text.split(token).join('[redacted]') : text
}

/** Rejects when `signal` aborts; the abandoned `pending` work's own failure is then not unhandled. */
function whenAborted(signal: AbortSignal, pending: Promise<unknown>): Promise<never> {
  return new Promise((_, reject) => {
    const stop = () => {
      pending.catch(() => {})
      reject(new Error('aborted'))
    }
    if (signal.aborted) stop()
    else signal.addEventListener('abort', stop, { once: true })
    void pending.then(
      () => signal.removeEventListener('abort', stop),
      () => signal.removeEventListener('abort', stop),
    )
  })
}

/**
 * Calls `fetch` once. The signal given to `fetch` aborts when the caller's signal aborts or the timeout
 * fires; both are combined by hand because `AbortSignal.any` is missing in some environments (jsdom).
 */
export async function sendRequest(call: HttpCall): Promise<HttpResult> {
  const { signal: outer, token } = call
  if (outer?.aborted) {
    throw abortedError()
  }
  let body: string | undefined
  try {
    body = call.body === undefined ? undefined : JSON.stringify(call.body)
  } catch (cause) {
    // A cycle, a BigInt or nesting too deep for the stack: nothing is sent.
    throw new ActionsApiError({
      status: 0,
      type: 'invalid_request',
      message: 'The request body cannot be sent as JSON',
      cause,
    })
  }
  const controller = new AbortController()
  let timedOut = false
  const onAbort = () => controller.abort(outer?.reason)
  outer?.addEventListener('abort', onAbort)
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, call.timeoutMs)

  const failure = (cause: unknown): ActionsApiError => {
    if (timedOut) {
      return new ActionsApiError({
        status: 0,
        type: 'timeout',
        message: `The server did not answer within ${call.timeoutMs} ms`,
      })
    }
    if (outer?.aborted) {
      return abortedError()
    }
    const detail = cause instanceof Error && cause.message ? ` (${redact(cause.message, token)})` : ''
    return new ActionsApiError({
      status: 0,
      type: 'network_error',
      message: `The server could not be reached${detail}`,
    })
  }

  const headers: Record<string, string> = { Accept: 'application/json', Authorization: `Bearer ${token}` }
  if (body !== undefined) headers['Content-Type'] = 'application/json'

  let response: Response
  let text: string
  try {
    // Called as a plain function: a browser's fetch throws 'Illegal invocation' when `this` is not the window.
    const fetchImpl = call.fetch
    const exchange = (async () => {
      const answer = await fetchImpl(call.url, {
        method: call.method,
        headers,
        body,
        signal: controller.signal,
      })
      return { answer, body: await answer.text() }
    })()
    // A custom fetch may ignore the signal: the deadline and the caller's abort hold regardless.
    ;({ answer: response, body: text } = await Promise.race([
      exchange,
      whenAborted(controller.signal, exchange),
    ]))
  } catch (cause) {
    throw failure(cause)
  } finally {
    clearTimeout(timer)
    outer?.removeEventListener('abort', onAbort)
  }

  const { status } = response
  const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'))
  // An error body that echoes the token (in its message, key, type or data) must not carry it into the error.
  const parsed = text.trim() === '' ? undefined : parseJson(response.ok ? text : redact(text, token))

  if (response.ok) {
    if (!call.expectBody) return { status, body: parsed?.ok ? parsed.value : undefined }
    if (parsed?.ok && typeof parsed.value === 'object' && parsed.value !== null) {
      return { status, body: parsed.value }
    }
    throw new ActionsApiError({
      status,
      type: 'invalid_response',
      message: `The server answered ${status} with ${describe(parsed)}`,
    })
  }

  if (parsed?.ok && isErrorBody(parsed.value)) {
    const body = parsed.value
    throw new ActionsApiError({
      status,
      type: body.type,
      message: body.message,
      ...(body.key !== undefined && { key: body.key }),
      ...(body.data !== undefined && { data: body.data }),
      ...(retryAfterMs !== undefined && { retryAfterMs }),
    })
  }
  throw new ActionsApiError({
    status,
    type: 'invalid_response',
    message: `The server answered ${status} with ${describe(parsed)}`,
    ...(retryAfterMs !== undefined && { retryAfterMs }),
  })
}
