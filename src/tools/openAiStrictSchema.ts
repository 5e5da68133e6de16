import type { JsonSchema } from '../types'
import { isNode } from './schemaWalk'
import type { SchemaNode } from './schemaWalk'

/** The string formats OpenAI's strict mode accepts. */
export const STRICT_FORMATS = [
  'date-time',
  'time',
  'date',
  'duration',
  'email',
  'hostname',
  'ipv4',
  'ipv6',
  'uuid',
]
/** OpenAI's limits on a strict schema: nesting depth, properties in total, enum values in total. */
export const STRICT_LIMITS = { depth: 10, properties: 5000, enumValues: 1000 }

const primitiveTypes = ['string', 'number', 'integer', 'boolean', 'null']
const annotations = ['title', 'description']
const dropped = ['examples', 'readOnly', 'writeOnly', 'deprecated', 'contentMediaType', 'contentEncoding']
// Constraints strict mode does not take; `runToolCall` still checks them, so they are told to the model in words.
const described: { [key: string]: (value: unknown) => string } = {
  minLength: (v) => `at least ${String(v)} character${v === 1 ? '' : 's'}`,
  maxLength: (v) => `at most ${String(v)} character${v === 1 ? '' : 's'}`,
  uniqueItems: (v) => (v === true ? 'items must be unique' : ''),
  minProperties: (v) => `at least ${String(v)} properties`,
  maxProperties: (v) => `at most ${String(v)} properties`,
  format: (v) => `format: ${String(v)}`,
  default: (v) => `defaults to ${JSON.stringify(v)} when null`,
}
// Keywords that change what is valid in ways strict mode has no words for.
const structural = [
  'allOf',
  'not',
  'if',
  'then',
  'else',
  'patternProperties',
  'dependencies',
  'dependentSchemas',
  'dependentRequired',
  'propertyNames',
  'prefixItems',
  'additionalItems',
  'contains',
  'unevaluatedProperties',
  'unevaluatedItems',
]
const kept: { [type: string]: string[] } = {
  string: ['pattern', 'format'],
  number: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'],
  integer: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'],
  array: ['items', 'minItems', 'maxItems'],
  object: ['properties', 'required', 'additionalProperties'],
}

class NotStrict extends Error {}

/** What `toStrictSchema` returns: the strict schema, or why the schema cannot be one. */
export type StrictResult = { ok: true; schema: JsonSchema } | { ok: false; reason: string }

interface Budget {
  properties: number
  enumValues: number
}

function fail(path: string, why: string): never {
  throw new NotStrict(`${path || '/'}: ${why}`)
}

function typesOf(node: SchemaNode): string[] {
  if (typeof node.type === 'string') return [node.type]
  if (Array.isArray(node.type)) return node.type.filter((t): t is string => typeof t === 'string')
  return []
}

/** Makes a strict node accept `null` too (an optional field, in strict mode, is a required nullable one). */
function nullable(node: SchemaNode): SchemaNode {
  if (Array.isArray(node.anyOf)) {
    return node.anyOf.some((branch) => isNode(branch) && branch.type === 'null')
      ? node
      : { ...node, anyOf: [...node.anyOf, { type: 'null' }] }
  }
  if (node.const !== undefined) {
    const { const: value, ...rest } = node
    return { ...rest, anyOf: [{ const: value }, { type: 'null' }] }
  }
  const types = typesOf(node)
  if (types.includes('object') || types.includes('array')) {
    const { title, description, ...rest } = node
    return {
      ...(title !== undefined ? { title } : {}),
      ...(description !== undefined ? { description } : {}),
      anyOf: [rest, { type: 'null' }],
    }
  }
  const result: SchemaNode = { ...node, type: types.includes('null') ? node.type : [...types, 'null'] }
  if (Array.isArray(node.enum) && !node.enum.includes(null)) result.enum = [...node.enum, null]
  return result
}

function convert(node: unknown, path: string, depth: number, budget: Budget): SchemaNode {
  if (!isNode(node)) fail(path, 'a boolean schema')
  if (depth > STRICT_LIMITS.depth) fail(path, `nested deeper than ${STRICT_LIMITS.depth} levels`)
  for (const key of structural) if (key in node) fail(path, `the keyword "${key}"`)
  const types = typesOf(node)
  const result: SchemaNode = {}
  const notes: string[] = []
  const branches = Array.isArray(node.anyOf) ? node.anyOf : Array.isArray(node.oneOf) ? node.oneOf : undefined
  if (branches) {
    if (depth === 0) fail(path, 'anyOf at the root')
    // oneOf becomes anyOf: exclusivity is left to the argument check before the run.
    result.anyOf = branches.map((branch, i) => convert(branch, `${path}/anyOf/${i}`, depth + 1, budget))
  } else if (types.length === 0 && node.enum === undefined && node.const === undefined) {
    fail(path, 'a value of any type')
  }
  if (types.length > 1 && types.some((t) => t === 'object' || t === 'array'))
    fail(path, 'an object or array among several types')
  if (node.type !== undefined) {
    if (types.some((t) => !primitiveTypes.includes(t) && !(t in kept)))
      fail(path, `unknown type ${JSON.stringify(node.type)}`)
    result.type = node.type
  }
  if (Array.isArray(node.enum)) {
    budget.enumValues -= node.enum.length
    if (budget.enumValues < 0) fail(path, `more than ${STRICT_LIMITS.enumValues} enum values`)
    result.enum = node.enum
  }
  if (node.const !== undefined) result.const = node.const
  const allowed = new Set(types.flatMap((t) => kept[t] ?? []))
  for (const [key, value] of Object.entries(node)) {
    if (['type', 'enum', 'const', 'anyOf', 'oneOf'].includes(key) || dropped.includes(key)) continue
    if (annotations.includes(key)) result[key] = value
    else if (
      key === 'format' &&
      types.includes('string') &&
      typeof value === 'string' &&
      STRICT_FORMATS.includes(value)
    )
      result.format = value
    else if (key in described) {
      const note = described[key]?.(value)
      if (note) notes.push(note)
    } else if (!allowed.has(key)) fail(path, `the keyword "${key}"`)
  }
  if (typeof node.pattern === 'string' && types.includes('string')) result.pattern = node.pattern
  for (const key of kept.number ?? [])
    if (node[key] !== undefined && (types.includes('number') || types.includes('integer')))
      result[key] = node[key]
  if (types.includes('array')) {
    if (!isNode(node.items)) fail(path, Array.isArray(node.items) ? 'tuple items' : 'an array of any items')
    result.items = convert(node.items, `${path}/items`, depth + 1, budget)
    if (node.minItems !== undefined) result.minItems = node.minItems
    if (node.maxItems !== undefined) result.maxItems = node.maxItems
  }
  if (types.includes('object')) {
    if (node.additionalProperties !== undefined && node.additionalProperties !== false)
      fail(path, 'an object with open-ended properties')
    if (!isNode(node.properties) && depth > 0) fail(path, 'an object without declared properties')
    const properties = isNode(node.properties) ? node.properties : {}
    const required = new Set(Array.isArray(node.required) ? node.required.map(String) : [])
    budget.properties -= Object.keys(properties).length
    if (budget.properties < 0) fail(path, `more than ${STRICT_LIMITS.properties} properties`)
    const converted: SchemaNode = {}
    for (const [key, sub] of Object.entries(properties)) {
      const strict = convert(sub, `${path}/properties/${key}`, depth + 1, budget)
      converted[key] = required.has(key) ? strict : nullable(strict)
    }
    result.properties = converted
    result.required = Object.keys(properties)
    result.additionalProperties = false
  }
  if (notes.length > 0) {
    const sentence = `(${notes.join('; ')})`
    result.description =
      typeof result.description === 'string' ? `${result.description} ${sentence}` : sentence
  }
  return result
}

/**
 * Converts a tool's input schema to OpenAI's strict mode (Structured Outputs rules): every object
 * `additionalProperties: false` and every property in `required`, optional ones nullable; `oneOf` as `anyOf`;
 * `default`, `minLength`, `maxLength`, `uniqueItems`, `min/maxProperties` and formats strict mode lacks are told in
 * the description instead (the arguments are still checked against the full schema before a run). A schema that
 * strict mode cannot express (open-ended objects, `allOf`, `not`, conditionals, tuples, values of any type,
 * anyOf at the root, beyond OpenAI's size limits) is reported with the reason.
 */
export function toStrictSchema(schema: JsonSchema): StrictResult {
  try {
    return {
      ok: true,
      schema: convert(schema, '', 0, {
        properties: STRICT_LIMITS.properties,
        enumValues: STRICT_LIMITS.enumValues,
      }) as JsonSchema,
    }
  } catch (error) {
    if (error instanceof NotStrict) return { ok: false, reason: error.message }
    throw error
  }
}
