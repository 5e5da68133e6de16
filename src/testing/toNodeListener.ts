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
      const host = headers.get('host') ?? '127.0.0.1'
      const request = new Request(`http://${host}${req.url ?? '/'}`, {
        method,
        headers,
        body: body !== undefined && body.byteLength > 0 ? body : undefined,
      })
      const response = await handle(request, { signal: controller.signal })
      if (!controller.signal.aborted) await send(res, response)
    })().catch((error: unknown) => {
      if (controller.signal.aborted) {
        if (!res.writableEnded) res.destroy()
        return
      }
      void send(
        res,
        errorResponse(500, `Internal error: ${error instanceof Error ? error.message : String(error)}`),
      )
    })
  }
}
