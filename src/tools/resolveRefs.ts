import { resolveJsonPointer } from '../jsonPointer'
import type { JsonSchema } from '../types'
import { isNode, schemaKeywords, schemaListKeywords, schemaMapKeywords } from './schemaWalk'
import type { SchemaNode } from './schemaWalk'

/**
 * Inlines every local `$ref` (`#/definitions/…`, `#/$defs/…`, any JSON Pointer into the schema) and drops
 * `definitions`/`$defs`. A `$ref` that points at nothing, outside the document, or back into itself becomes an
 * unconstrained value with a description saying so.
 */
export function resolveRefs(schema: JsonSchema): JsonSchema {
  const visit = (node: unknown, seen: readonly string[]): unknown => {
    if (!isNode(node)) return node
    if (typeof node.$ref === 'string') {
      const ref = node.$ref
      const { $ref: _ref, ...siblings } = node
      const target = seen.includes(ref) ? undefined : resolveJsonPointer(schema, ref)
      const rest = visit(siblings, seen) as SchemaNode
      if (target === undefined) {
        const why = seen.includes(ref) ? 'a recursive' : 'an unresolved'
        return { description: `Any value (${why} reference: ${ref}).`, ...rest }
      }
      if (typeof target === 'boolean') return target ? rest : { not: {} }
      return { ...(visit(target, [...seen, ref]) as SchemaNode), ...rest }
    }
    const result: SchemaNode = {}
    for (const [key, value] of Object.entries(node)) {
      if (key === 'definitions' || key === '$defs') continue
      if (schemaMapKeywords.includes(key) && isNode(value)) {
        result[key] = Object.fromEntries(
          Object.entries(value).map(([name, sub]) => [name, Array.isArray(sub) ? sub : visit(sub, seen)]),
        )
      } else if ((schemaListKeywords.includes(key) || key === 'items') && Array.isArray(value)) {
        result[key] = value.map((sub) => visit(sub, seen))
      } else if (schemaKeywords.includes(key)) {
        result[key] = visit(value, seen)
      } else {
        result[key] = value
      }
    }
    return result
  }
  return visit(schema, []) as JsonSchema
}
