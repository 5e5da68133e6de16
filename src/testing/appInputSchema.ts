import type { JsonSchema } from '../types'
import type { SeedAction } from './types'

const cache = new WeakMap<SeedAction, JsonSchema>()

/**
 * The field types the external app itself enforces for an action: the types of its own input fields, without
 * what a customer may customize (required fields, defaults, extra fields).
 */
export function appInputSchema(action: SeedAction): JsonSchema {
  let schema = cache.get(action)
  if (schema === undefined) {
    const properties = (action.inputSchema as { properties?: { [key: string]: JsonSchema } }).properties ?? {}
    const types: { [key: string]: JsonSchema } = {}
    for (const [name, field] of Object.entries(properties)) types[name] = withoutDefaults(field)
    schema = { type: 'object', properties: types }
    cache.set(action, schema)
  }
  return schema
}

function withoutDefaults(schema: JsonSchema): JsonSchema {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return schema
  const copy: { [key: string]: unknown } = {}
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'default' || key === 'required') continue
    copy[key] =
      key === 'properties' && typeof value === 'object' && value !== null
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutDefaults(v as JsonSchema)]))
        : value
  }
  return copy as JsonSchema
}
