import type { JsonObject, JsonSchema, JsonValue } from '../types'
import { resolveRefs } from './resolveRefs'
import { isNode } from './schemaWalk'
import type { SchemaNode } from './schemaWalk'

const unsafeKeys = new Set(['__proto__', 'constructor', 'prototype'])

/** The arguments over the customer's default input, as the API merges them: objects deeply, the rest replaced. */
export function mergeArguments(defaults: JsonObject, args: JsonObject): JsonObject {
  const result: JsonObject = {}
  for (const source of [defaults, args]) {
    for (const [key, value] of Object.entries(source)) {
      if (unsafeKeys.has(key)) continue
      const existing = Object.prototype.hasOwnProperty.call(result, key) ? result[key] : undefined
      result[key] =
        isNode(existing) && isNode(value)
          ? mergeArguments(existing as JsonObject, value as JsonObject)
          : value
    }
  }
  return result
}

function allowsNull(node: unknown): boolean {
  if (!isNode(node)) return node !== false
  if (
    node.type === undefined &&
    node.enum === undefined &&
    node.const === undefined &&
    node.anyOf === undefined &&
    node.oneOf === undefined
  )
    return true
  if (node.type === 'null' || (Array.isArray(node.type) && node.type.includes('null'))) return true
  if (Array.isArray(node.enum) && node.enum.includes(null)) return true
  if (node.const === null) return true
  const branches = [node.anyOf, node.oneOf].find(Array.isArray) as unknown[] | undefined
  return branches?.some(allowsNull) ?? false
}

function strip(node: unknown, value: JsonValue): JsonValue {
  if (Array.isArray(value)) {
    const items = isNode(node) ? node.items : undefined
    return isNode(items) ? value.map((item) => strip(items, item)) : value
  }
  if (!isNode(value) || !isNode(node) || !isNode(node.properties)) return value
  const properties = node.properties as SchemaNode
  const required = Array.isArray(node.required) ? node.required.map(String) : []
  const result: JsonObject = {}
  for (const [key, item] of Object.entries(value)) {
    const property = Object.prototype.hasOwnProperty.call(properties, key) ? properties[key] : undefined
    if (item === null && property !== undefined && !required.includes(key) && !allowsNull(property)) continue
    result[key] = property === undefined ? item : strip(property, item)
  }
  return result
}

/**
 * The arguments without the `null`s of optional fields whose schema does not allow `null`: in OpenAI's strict mode
 * the model must send every field, and `null` is how it leaves one out.
 */
export function withoutOptionalNulls(schema: JsonSchema, args: JsonObject): JsonObject {
  return strip(resolveRefs(schema), args) as JsonObject
}
