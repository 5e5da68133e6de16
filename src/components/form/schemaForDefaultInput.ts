import type { JsonSchema } from '../../types'

type SchemaNode = JsonSchema | boolean

const schemaMaps = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependencies'])
const subSchemas = new Set([
  'items',
  'additionalItems',
  'additionalProperties',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
  'allOf',
  'anyOf',
  'oneOf',
])

function strip(node: unknown, seen: WeakMap<object, SchemaNode>): unknown {
  if (Array.isArray(node)) return node.map((entry) => strip(entry, seen))
  if (typeof node !== 'object' || node === null) return node
  const known = seen.get(node)
  if (known !== undefined) return known
  const copy: Record<string, unknown> = {}
  seen.set(node, copy)
  for (const [key, value] of Object.entries(node)) {
    if (key === 'required' && Array.isArray(value)) continue
    // A schema default would be filled in and saved as if the customer had chosen it.
    if (key === 'default') continue
    if (key === 'oneOf' && Array.isArray(value)) continue
    if (schemaMaps.has(key) && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      copy[key] = Object.fromEntries(Object.entries(value).map(([name, entry]) => [name, strip(entry, seen)]))
    } else if (subSchemas.has(key)) {
      copy[key] = strip(value, seen)
    } else {
      // enum, const, examples and unknown keywords are data, not schemas: keep them as they are.
      copy[key] = value
    }
  }
  const oneOf = (node as { oneOf?: unknown }).oneOf
  if (Array.isArray(oneOf)) {
    // Without `required`, branches that differed only by it all match, and `oneOf` wants exactly one: relax it to
    // `anyOf` (at least one), which the partial input of a default still satisfies.
    const branches = strip(oneOf, seen)
    if (copy.anyOf === undefined) copy.anyOf = branches
    else copy.allOf = [...(Array.isArray(copy.allOf) ? copy.allOf : []), { anyOf: branches }]
  }
  return copy
}

/**
 * The schema of a default-input editor: a copy of `schema` without `required` lists and without `default`s (and
 * `oneOf` relaxed to `anyOf`), so the form accepts partial input and saves only what the customer chose.
 */
export function schemaForDefaultInput(schema: JsonSchema): JsonSchema {
  const result = strip(schema, new WeakMap())
  return typeof result === 'object' && result !== null ? (result as JsonSchema) : {}
}
