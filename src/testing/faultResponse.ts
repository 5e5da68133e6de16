import { errorResponse, errorTypeFor, corsHeaders, jsonResponse } from './responses'
import type { RequestFault } from './types'

/** Marks the response that stands for a network failure, so `fetch` can reject and a server can drop the socket. */
export const NETWORK_FAULT_HEADER = 'x-reference-api-fault'

/** The response a non-latency fault answers with. */
export function faultResponse(fault: Exclude<RequestFault, { kind: 'latency' }>): Response {
  switch (fault.kind) {
    case 'status':
      return fault.body === undefined
        ? errorResponse(fault.status, `Injected ${fault.status} (${errorTypeFor(fault.status)}).`)
        : jsonResponse(fault.status, fault.body)
    case 'html': {
      const status = fault.status ?? 502
      return new Response(
        `<html><head><title>${status} Bad Gateway</title></head><body><h1>${status}</h1></body></html>`,
        {
          status,
          headers: { ...corsHeaders, 'content-type': 'text/html' },
        },
      )
    }
    case 'network':
      return errorResponse(500, 'Injected network failure.', {
        headers: { [NETWORK_FAULT_HEADER]: 'network' },
      })
    case 'rate-limit':
      return errorResponse(429, 'Too many requests; retry later.', {
        headers: { 'retry-after': String(fault.retryAfter) },
        data: { retryAfter: fault.retryAfter },
      })
    case 'malformed':
      return new Response('{"items": [{"id": "trunc', {
        status: 200,
        headers: { ...corsHeaders, 'content-type': 'application/json' },
      })
    case 'empty':
      return new Response('', {
        status: 200,
        headers: { ...corsHeaders, 'content-type': 'application/json' },
      })
  }
}
