import type { ApiErrorBody } from '../types'

/** Headers every response carries, so a browser on any origin can call the API. */
export const corsHeaders: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'Retry-After, Allow',
}

const errorTypes: Record<number, string> = {
  400: 'bad_request',
  401: 'not_authenticated',
  403: 'access_denied',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'request_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limit_exceeded',
  500: 'internal',
  502: 'bad_gateway',
  503: 'service_unavailable',
  504: 'gateway_timeout',
}

/** The API's error `type` for a status. */
export function errorTypeFor(status: number): string {
  return errorTypes[status] ?? (status >= 500 ? 'internal' : 'bad_request')
}

/** A JSON response with the CORS headers. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...corsHeaders, 'content-type': 'application/json', ...headers },
  })
}

/** What an error body carries besides its message. */
export interface ErrorExtra {
  type?: string
  key?: string
  data?: ApiErrorBody['data']
  /** The log of the failed run, on the errors of a run. */
  actionRunId?: string
}

/** An error response with the body `{ type, key, message, data? }`. */
export function errorResponse(
  status: number,
  message: string,
  extra: ErrorExtra & { headers?: Record<string, string> } = {},
): Response {
  const type = extra.type ?? errorTypeFor(status)
  const body: ApiErrorBody = { type, key: extra.key ?? type, message }
  if (extra.data !== undefined) body.data = extra.data
  if (extra.actionRunId !== undefined) body.actionRunId = extra.actionRunId
  return jsonResponse(status, body, extra.headers)
}

/** Thrown inside a route to answer with an error response. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: ErrorExtra = {},
  ) {
    super(message)
    this.name = 'HttpError'
  }

  toResponse(): Response {
    return errorResponse(this.status, this.message, this.extra)
  }
}
