import { HttpError } from './responses'

/** The deepest nesting of objects and arrays a body may have. */
export const MAX_JSON_DEPTH = 1024
/** The most object keys plus array items a body may hold in total. */
export const MAX_JSON_ENTRIES = 20_000

/**
 * Measures JSON text in one pass without parsing it: its deepest nesting and its keys plus array items.
 * `stop` ends the scan early (its result is returned) as soon as it returns true.
 */
export function measureJson(
  text: string,
  stop: (shape: { depth: number; entries: number }) => boolean = () => false,
): { depth: number; entries: number } {
  const shape = { depth: 0, entries: 0 }
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c) i += 1
      else if (c === 0x22) inString = false
      continue
    }
    if (c === 0x22) inString = true
    else if (c === 0x7b || c === 0x5b) {
      depth += 1
      shape.entries += 1
      if (depth > shape.depth) shape.depth = depth
    } else if (c === 0x7d || c === 0x5d) depth -= 1
    else if (c === 0x2c) shape.entries += 1
    else continue
    if (stop(shape)) break
  }
  return shape
}

const formatted = (limit: number) => limit.toLocaleString('en-US')

/** Fails with a 400 naming the limit when JSON text is nested too deep or holds too many entries. */
export function checkJsonShape(text: string): void {
  const shape = measureJson(text, (s) => s.depth > MAX_JSON_DEPTH || s.entries > MAX_JSON_ENTRIES)
  if (shape.depth > MAX_JSON_DEPTH) {
    throw new HttpError(400, `The body is nested deeper than ${formatted(MAX_JSON_DEPTH)} levels.`)
  }
  if (shape.entries > MAX_JSON_ENTRIES) {
    throw new HttpError(400, `The body has more than ${formatted(MAX_JSON_ENTRIES)} keys and array items.`)
  }
}

/** Parses a request body as JSON within the depth and entry limits; anything else is a 400. */
export function parseJsonBody(text: string): unknown {
  checkJsonShape(text)
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new HttpError(400, 'The body is not valid JSON.')
  }
}

/** Whether a Content-Type names JSON (`application/json` or `application/*+json`, any parameters). */
export function isJsonContentType(value: string | null): boolean {
  if (value === null) return false
  const type = value.split(';')[0]?.trim().toLowerCase() ?? ''
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type)
}
