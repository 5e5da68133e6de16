import { NETWORK_FAULT_HEADER } from './faultResponse'
import { collectLimited, declaredTooLarge, TOO_LARGE_MESSAGE } from './readLimitedBody'
import { errorResponse } from './responses'

/** The parts of Node's `IncomingMessage` the adapter uses. */
export interface NodeRequestLike extends AsyncIterable<Uint8Array | string> {
  method?: string
  url?: string
  headers: { [name: string]: string | string[] | undefined }
}

/** The parts of Node's `ServerResponse` the adapter uses. */
export interface NodeResponseLike {
  statusCode: number
  readonly writableEnded: boolean
  setHeader(name: string, value: string | string[]): unknown
  end(chunk?: Uint8Array): unknown
  destroy(error?: Error): unknown
  on(event: 'close', listener: () => void): unknown
}

// Methods a fetch `Request` cannot carry; the API serves none of them.
const forbiddenMethods = new Set(['CONNECT', 'TRACE', 'TRACK'])
const hostPattern =
  /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.?|\[[0-9a-f:.]+\])(?::(\d{1,5}))?$/i

function validHost(host: string): boolean {
  const match = hostPattern.exec(host)
  if (match === null) return false
  if (match[1] !== undefined && Number(match[1]) > 65535) return false
  try {
    return new URL(`http://${host}/`).host !== ''
  } catch {
    return false
  }
}

/**
 * The URL of a request from its target and Host header, or the 4xx it gets: an origin-form target (`/path`)
 * with a valid Host, or an absolute-form target (`http://host/path`), which HTTP/1.1 servers must accept.
 * `OPTIONS *` asks about the server as a whole. No answer echoes the Host value.
 */
export function requestTarget(method: string, target: string, host: string | null): string | Response {
  if (forbiddenMethods.has(method)) {
    return errorResponse(405, `${method} is not allowed.`, {
      headers: { allow: 'GET, PATCH, POST, DELETE, OPTIONS' },
    })
  }
  if (target === '*') {
    if (method !== 'OPTIONS') return errorResponse(400, 'The request target * is only valid with OPTIONS.')
    return new Response(null, { status: 204, headers: { allow: 'GET, PATCH, POST, DELETE, OPTIONS' } })
  }
  if (/^https?:\/\//i.test(target)) {
    try {
      const url = new URL(target)
      if (validHost(url.host)) return url.href
    } catch {
      // answered below
    }
    return errorResponse(400, 'The absolute request target is not a valid http URL.')
  }
  if (!target.startsWith('/')) return errorResponse(400, 'The request target must start with /.')
  const origin = host ?? '127.0.0.1'
  if (!validHost(origin)) return errorResponse(400, 'The Host header is not a valid host.')
  try {
    return new URL(`http://${origin}${target}`).href
  } catch {
    return errorResponse(400, 'The request target is not a valid path.')
  }
}

type Handle = (request: Request, init?: { signal?: AbortSignal }) => Promise<Response>

async function send(res: NodeResponseLike, response: Response, close = false): Promise<void> {
  if (response.headers.get(NETWORK_FAULT_HEADER) !== null) {
    res.destroy()
    return
  }
  res.statusCode = response.status
  response.headers.forEach((value, name) => res.setHeader(name, value))
  if (close) res.setHeader('connection', 'close')
  res.end(new Uint8Array(await response.arrayBuffer()))
}

/**
 * Adapts a `Request` handler to a Node `(req, res)` listener without importing Node modules: it streams the
 * body with the 10 MB limit, and aborts the handler when the client disconnects.
 * @example
 * createServer(toNodeListener(createReferenceApi().handle)).listen(4010, '127.0.0.1')
 */
export function toNodeListener(handle: Handle): (req: NodeRequestLike, res: NodeResponseLike) => void {
  return (req, res) => {
    const controller = new AbortController()
    res.on('close', () => {
      if (!res.writableEnded) controller.abort()
    })
    void (async () => {
      const method = (req.method ?? 'GET').toUpperCase()
      const headers = new Headers()
      for (const [name, value] of Object.entries(req.headers)) {
        if (value === undefined) continue
        for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item)
      }
      const tooLarge = () => errorResponse(413, TOO_LARGE_MESSAGE)
      if (declaredTooLarge(headers.get('content-length'))) return send(res, tooLarge(), true)
      const hasBody = method !== 'GET' && method !== 'HEAD'
      const body = hasBody ? await collectLimited(req) : undefined
      if (hasBody && body === undefined) return send(res, tooLarge(), true)
      const target = requestTarget(method, req.url ?? '/', headers.get('host'))
      if (target instanceof Response) return send(res, target)
      const request = new Request(target, {
        method,
        headers,
        body: body !== undefined && body.byteLength > 0 ? body : undefined,
      })
      const response = await handle(request, { signal: controller.signal })
      if (!controller.signal.aborted) await send(res, response)
    })().catch(() => {
      if (controller.signal.aborted) {
        if (!res.writableEnded) res.destroy()
        return
      }
      void send(res, errorResponse(500, 'Internal error.'))
    })
  }
}
