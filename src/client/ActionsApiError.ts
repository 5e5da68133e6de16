import type { FieldError } from '../types'

/** What an `ActionsApiError` is built from. */
export interface ActionsApiErrorInit {
  /** HTTP status; 0 when no response arrived. */
  status: number
  type: string
  message: string
  key?: string
  data?: { [key: string]: unknown }
  retryAfterMs?: number
  cause?: unknown
}

function isFieldError(value: unknown): value is FieldError {
  if (typeof value !== 'object' || value === null) return false
  const record = value as { path?: unknown; message?: unknown }
  return typeof record.path === 'string' && typeof record.message === 'string'
}

/**
 * The one error every client method and hook rejects with: an API error, or `network_error`, `timeout`,
 * `aborted`, `invalid_request` (a body that cannot be sent as JSON), `invalid_response` or `token_error` when no
 * usable response arrived.
 * @example
 * if (error instanceof ActionsApiError && error.status === 404) showNotFound()
 */
export class ActionsApiError extends Error {
  override readonly name = 'ActionsApiError'
  /** HTTP status; 0 when no response arrived. */
  readonly status: number
  /** The API's error type, or `network_error`, `timeout`, `aborted`, `invalid_request`, `invalid_response`, `token_error`. */
  readonly type: string
  /** The API's error key, when it sent one. */
  readonly key?: string
  /** The API's error data, such as `errors` for a 400. */
  readonly data?: { [key: string]: unknown }
  /** How long the server asked to wait before retrying (Retry-After), in milliseconds. */
  readonly retryAfterMs?: number

  constructor(init: ActionsApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause })
    this.status = init.status
    this.type = init.type
    if (init.key !== undefined) this.key = init.key
    if (init.data !== undefined) this.data = init.data
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs
  }

  /** The failing fields of a 400 (`data.errors`), or `[]`. */
  get fieldErrors(): FieldError[] {
    const errors = this.data?.errors
    return Array.isArray(errors) ? errors.filter(isFieldError) : []
  }
}

/** The error of a request the caller aborted, the same wherever the abort is noticed. */
export function abortedError(): ActionsApiError {
  return new ActionsApiError({ status: 0, type: 'aborted', message: 'The request was aborted' })
}
