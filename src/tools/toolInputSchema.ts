import type { JsonObject, JsonSchema, JsonValue } from '../types'
import { resolveRefs } from './resolveRefs'
import { isNode, mapSchema } from './schemaWalk'
import type { SchemaNode } from './schemaWalk'

/** How many `referenceRecords` become an `enum`; more are only described. */
export const MAX_REFERENCE_ENUM = 50

// The JSON Schema keywords (draft-07 and 2020-12) a tool schema keeps; everything else is an extension.
const keywords = new Set(
  (
    'type properties required additionalProperties patternProperties propertyNames minProperties maxProperties ' +
    'dependencies dependentRequired dependentSchemas items additionalItems prefixItems contains minContains maxContains ' +
    'minItems maxItems uniqueItems enum const anyOf allOf oneOf not if then else minLength maxLength pattern format ' +
    'minimum maximum exclusiveMinimum exclusiveMaximum multipleOf title description default examples readOnly ' +
    'writeOnly deprecated contentMediaType contentEncoding'
  ).split(' '),
)

interface ReferenceRecord {
  id: string
  name?: string
}

function referenceRecords(value: unknown): ReferenceRecord[] {
  if (!Array.isArray(value)) return []
  return value
    .filter((r): r is ReferenceRecord => isNode(r) && (typeof r.id === 'string' || typeof r.id === 'number'))
    .map((r) => ({
      id: String(r.id),
      ...(typeof r.name === 'string' ? { name: r.name } : {}),
    }))
}

function describe(node: SchemaNode, sentence: string): string {
  return typeof node.description === 'string' && node.description !== ''
    ? `${node.description} ${sentence}`
    : sentence
}

function cleanNode(node: SchemaNode): SchemaNode {
  const result: SchemaNode = {}
  for (const [key, value] of Object.entries(node)) if (keywords.has(key)) result[key] = value
  const records = referenceRecords(node.referenceRecords)
  if (records.length > 0) {
    if (result.type === undefined) result.type = 'string'
    const list = records.slice(0, MAX_REFERENCE_ENUM).map((r) => (r.name ? `${r.id} (${r.name})` : r.id))
    const more =
      records.length > MAX_REFERENCE_ENUM ? `, and ${records.length - MAX_REFERENCE_ENUM} more` : ''
    if (node.allowCustom !== true && records.length <= MAX_REFERENCE_ENUM && result.enum === undefined) {
      result.enum = records.map((r) => r.id)
      if (records.some((r) => r.name)) result.description = describe(result, `One of: ${list.join(', ')}.`)
    } else {
      result.description = describe(result, `Known values: ${list.join(', ')}${more}.`)
    }
  } else if (isNode(node.referenceCollection)) {
    if (result.type === undefined) result.type = 'string'
    const key = typeof node.referenceCollection.key === 'string' ? node.referenceCollection.key : 'a'
    result.description = describe(result, `The id of a record of the connection's "${key}" collection.`)
  }
  if (result.required !== undefined && !Array.isArray(result.required)) delete result.required
  return result
}

function isPlainObject(value: unknown): value is JsonObject {
  return isNode(value)
}

/** Sets the customer's default input as the `default` of each field it covers; such fields become optional. */
function applyDefaults(node: SchemaNode, defaults: JsonObject): SchemaNode {
  if (!isNode(node.properties)) return node
  const properties: SchemaNode = { ...node.properties }
  const covered = new Set<string>()
  for (const [key, value] of Object.entries(defaults)) {
    const property = properties[key]
    if (!isNode(property)) continue
    covered.add(key)
    const nested = isPlainObject(value) ? applyDefaults(property, value) : property
    properties[key] = { ...nested, default: value as JsonValue }
  }
  const required = Array.isArray(node.required)
    ? node.required.filter((key) => !covered.has(String(key)))
    : undefined
  const result: SchemaNode = { ...node, properties }
  if (required === undefined) delete result.required
  else result.required = required
  return result
}

/**
 * The input schema of a tool, the same for every format: `$ref`s inlined, the DataSchema extensions replaced
 * (`referenceRecords` → an `enum` of ids when there are at most `MAX_REFERENCE_ENUM` and `allowCustom` is not set,
 * else described; `referenceCollection` → a described string; `allowCustom`, `isSensitive` dropped), non-standard
 * keywords dropped, and the customer's `config.defaultInput` applied: a field it covers keeps its place, gets the
 * customer's value as its `default` and is no longer required (the API merges the default input under every run).
 */
export function toolInputSchema(
  inputSchema: unknown,
  defaultInput: JsonObject = {},
): JsonSchema & { type: 'object' } {
  const source = isNode(inputSchema)
    ? (inputSchema as JsonSchema)
    : { type: 'object' as const, properties: {} }
  const cleaned = mapSchema(resolveRefs(source), cleanNode) as SchemaNode
  const root: SchemaNode = { ...cleaned, type: 'object' }
  if (!isNode(root.properties) && root.additionalProperties === undefined && root.anyOf === undefined)
    root.properties = {}
  return applyDefaults(root, defaultInput) as unknown as JsonSchema & { type: 'object' }
}
