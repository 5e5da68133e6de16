import { HttpError } from './responses'

/** The largest request body the API accepts, as the platform documents: 10 MB. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024

/** A request that is too large, checked from Content-Length before any byte is read. */
export function declaredTooLarge(contentLength: string | null | undefined): boolean {
  return contentLength !== null && contentLength !== undefined && Number(contentLength) > MAX_BODY_BYTES
}

/** The message of every 413 the API sends. */
export const TOO_LARGE_MESSAGE = 'The request body is larger than 10 MB.'

/**
 * Joins the chunks of a body into one array, or returns `undefined` as soon as they grow past the limit
 * (the rest is not read).
 */
export async function collectLimited(
  chunks: AsyncIterable<Uint8Array | string>,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const parts: Uint8Array[] = []
  let size = 0
  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk
    size += bytes.byteLength
    if (size > MAX_BODY_BYTES) return undefined
    parts.push(bytes)
  }
  const body = new Uint8Array(size)
  let offset = 0
  for (const part of parts) {
    body.set(part, offset)
    offset += part.byteLength
  }
  return body
}

// Some browsers' ReadableStream is not async-iterable; a reader is.
async function* streamChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return
      yield value
    }
  } finally {
    // Stops the stream when the limit ended the loop early.
    await reader.cancel().catch(() => undefined)
  }
}

/** Reads the body as text, stopping with a 413 as soon as it grows past the limit. */
export async function readLimitedBody(request: Request): Promise<string> {
  if (declaredTooLarge(request.headers.get('content-length'))) throw tooLarge()
  if (request.body === null) return ''
  const body = await collectLimited(streamChunks(request.body))
  if (body === undefined) throw tooLarge()
  return new TextDecoder().decode(body)
}

function tooLarge(): HttpError {
  return new HttpError(413, TOO_LARGE_MESSAGE)
}
