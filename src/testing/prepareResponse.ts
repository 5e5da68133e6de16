import type { InstanceStore } from './instanceStore'
import { runOperation } from './operations'
import { parseRoute } from './parseRoute'
import { isJsonContentType, parseJsonBody } from './parseJsonBody'
import { readLimitedBody } from './readLimitedBody'
import { corsHeaders, errorResponse, HttpError } from './responses'
import type { OperationName } from './types'
import { verifyCustomerToken } from './verifyCustomerToken'
import type { VerifiedTokens } from './verifyCustomerToken'

/** A request checked up to the point where faults and latency apply; `run` produces the real response. */
export interface PreparedResponse {
  preflight: boolean
  operation?: OperationName
  customerId?: string
  run(store: InstanceStore): Promise<Response>
}

const bodyOperations: OperationName[] = ['patch', 'run', 'listRecords', 'searchRecords']

function fixed(response: Response, extra: Partial<PreparedResponse> = {}): PreparedResponse {
  return { preflight: false, ...extra, run: async () => response }
}

/** Routes a request and checks its token; the body is read only when the real response is produced. */
export async function prepareResponse(
  request: Request,
  url: URL,
  workspace: { key: string; secret: string; verified?: VerifiedTokens },
): Promise<PreparedResponse> {
  const route = parseRoute(request.method, url.pathname)
  if (request.method === 'OPTIONS' && route.kind === 'method-not-allowed') {
    const response = new Response(null, {
      status: 204,
      headers: {
        ...corsHeaders,
        allow: route.allow.join(', '),
        'access-control-allow-methods': [...route.allow, 'OPTIONS'].join(', '),
        'access-control-allow-headers': 'Authorization, Content-Type, Accept',
        'access-control-max-age': '600',
      },
    })
    return { ...fixed(response), preflight: true }
  }
  if (route.kind === 'bad-path') return fixed(errorResponse(400, route.message))
  if (route.kind === 'not-found') return fixed(errorResponse(404, route.message))
  if (route.kind === 'method-not-allowed') {
    const message = `${request.method} is not allowed here; use ${route.allow.join(' or ')}.`
    return fixed(errorResponse(405, message, { headers: { allow: route.allow.join(', ') } }))
  }
  const auth = await verifyCustomerToken(request, url, workspace)
  if (!auth.ok) return fixed(errorResponse(401, auth.message), { operation: route.operation })
  return {
    preflight: false,
    operation: route.operation,
    customerId: auth.customerId,
    async run(store) {
      try {
        let body: unknown
        // Every body is size-checked, even where the operation ignores it.
        const text = request.method === 'GET' ? '' : await readLimitedBody(request)
        if (bodyOperations.includes(route.operation)) {
          if (text !== '' && !isJsonContentType(request.headers.get('content-type'))) {
            throw new HttpError(415, 'The body must be sent as Content-Type: application/json.')
          }
          body = parseJsonBody(text)
        }
        return runOperation({
          store,
          operation: route.operation,
          customerId: auth.customerId,
          connection: route.connection,
          action: route.action,
          collection: route.collection,
          query: url.searchParams,
          body,
        })
      } catch (error) {
        if (error instanceof HttpError) return error.toResponse()
        throw error
      }
    },
  }
}
