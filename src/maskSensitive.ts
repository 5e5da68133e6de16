/** What a sensitive value (`isSensitive: true` in its schema) is replaced with in a run log. */
export const SENSITIVE_MASK = '********'

type Schema = {
  isSensitive?: unknown
  properties?: { [key: string]: unknown }
  items?: unknown
}

function isObject(value: unknown): value is { [key: string]: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * A copy of `value` with every value whose schema says `isSensitive: true` replaced by `SENSITIVE_MASK`, following
 * `properties` and `items`. The platform masks these in its run logs; the kit does the same for logs it writes itself.
 */
export function maskSensitive(schema: unknown, value: unknown): unknown {
  if (!isObject(schema)) return value
  const { isSensitive, properties, items } = schema as Schema
  if (isSensitive === true && value !== undefined) return SENSITIVE_MASK
  if (Array.isArray(value)) return value.map((item) => maskSensitive(items, item))
  if (!isObject(value) || !isObject(properties)) return value
  const masked: { [key: string]: unknown } = {}
  for (const [key, item] of Object.entries(value)) masked[key] = maskSensitive(properties[key], item)
  return masked
}
