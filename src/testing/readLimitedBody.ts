import { HttpError } from './responses'

/** The largest request body the API accepts, as the platform documents: 10 MB. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024

/** A request that is too large, checked from Content-Length before any byte is read. */
export function declaredTooLarge(contentLength: string | null | undefined): boolean {
  return contentLength !== null && contentLength !== undefined && Number(contentLength) > MAX_BODY_BYTES
}

/** Reads the body as text, stopping with a 413 as soon as it grows past the limit. */
export async function readLimitedBody(request: Request): Promise<string> {
  if (declaredTooLarge(request.headers.get('content-length'))) throw tooLarge()
  if (request.body === null) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > MAX_BODY_BYTES) {
      await reader.cancel()
      throw tooLarge()
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return new TextDecoder().decode(bytes)
}

function tooLarge(): HttpError {
  return new HttpError(413, 'The request body is larger than 10 MB.')
}
