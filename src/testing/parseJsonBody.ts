import { HttpError } from './responses'

/** The deepest nesting of objects and arrays a body may have. */
export const MAX_JSON_DEPTH = 64
/** The most object keys plus array items a body may hold in total. */
export const MAX_JSON_ENTRIES = 20_000

/**
 * Checks the nesting depth and entry count of JSON text in one pass, before it is parsed, so a body that is too
 * deep or too wide is answered with a 400 and never reaches the store (or a recursive function).
 */
export function checkJsonShape(text: string): void {
  let depth = 0
  let entries = 0
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
      if (depth > MAX_JSON_DEPTH) {
        throw new HttpError(400, `The body is nested deeper than ${MAX_JSON_DEPTH} levels.`)
      }
      entries += 1
    } else if (c === 0x7d || c === 0x5d) depth -= 1
    else if (c === 0x2c) entries += 1
    if (entries > MAX_JSON_ENTRIES) {
      throw new HttpError(400, `The body has more than ${MAX_JSON_ENTRIES} keys and array items.`)
    }
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
