import type { JsonObject, JsonValue } from '../types'

const unsafeKeys = new Set(['__proto__', 'constructor', 'prototype'])

function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Merges `config.defaultInput` under a run's input: the input wins, objects merge deeply, arrays and
 * scalars replace whole. `__proto__`, `constructor` and `prototype` keys are dropped so nothing is polluted.
 */
export function mergeDefaultInput(defaults: unknown, input: JsonObject): JsonObject {
  return mergeObjects(isPlainObject(defaults) ? defaults : {}, input)
}

function mergeObjects(under: JsonObject, over: JsonObject): JsonObject {
  const result: JsonObject = {}
  for (const source of [under, over]) {
    for (const key of Object.keys(source)) {
      if (unsafeKeys.has(key)) continue
      const value = source[key] as JsonValue
      const existing = Object.prototype.hasOwnProperty.call(result, key) ? result[key] : undefined
      result[key] =
        isPlainObject(existing) && isPlainObject(value) ? mergeObjects(existing, value) : cloneJson(value)
    }
  }
  return result
}

function cloneJson(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(cloneJson)
  if (isPlainObject(value)) return mergeObjects({}, value)
  return value
}
