import { resolveJsonPointer } from '../../../jsonPointer'
import { formValidator } from './formValidator'

/** Why a schema cannot be rendered. */
export type SchemaIssue =
  | { kind: 'invalid'; message: string }
  | { kind: 'ref-cycle'; ref: string }
  | { kind: 'ref-missing'; ref: string }

// Keywords whose values are data, not schemas: a `$ref` inside them is not a reference.
const dataKeywords = new Set(['enum', 'const', 'default', 'examples', 'example'])

/**
 * Finds a `$ref` that points nowhere or back into itself. rjsf expands references eagerly (defaults, retrieval),
 * so a cycle would recurse until the stack overflows; it is refused up front instead.
 */
export function findRefIssue(root: unknown): SchemaIssue | undefined {
  // Most schemas have no `$ref` at all: one native pass over the text says so, about a tenth of the walk below.
  // A cyclic object cannot be written as text; the walk finds the cycle.
  let text: string | undefined
  try {
    text = JSON.stringify(root)
  } catch {
    text = undefined
  }
  if (text !== undefined && !text.includes('"$ref"')) return undefined
  const expanding = new Set<string>()
  const expanded = new Set<string>()
  const onPath = new WeakSet<object>()
  const visit = (node: unknown): SchemaIssue | undefined => {
    if (typeof node !== 'object' || node === null) return undefined
    if (onPath.has(node)) return { kind: 'ref-cycle', ref: '#' }
    onPath.add(node)
    try {
      const ref = (node as { $ref?: unknown }).$ref
      if (typeof ref === 'string') {
        if (expanding.has(ref)) return { kind: 'ref-cycle', ref }
        if (!expanded.has(ref)) {
          const target = resolveJsonPointer(root, ref)
          if (target === undefined) return { kind: 'ref-missing', ref }
          expanding.add(ref)
          const issue = visit(target)
          expanding.delete(ref)
          expanded.add(ref)
          if (issue) return issue
        }
      }
      for (const [key, value] of Object.entries(node)) {
        if (dataKeywords.has(key)) continue
        const issue = visit(value)
        if (issue) return issue
      }
      return undefined
    } finally {
      onPath.delete(node)
    }
  }
  return visit(root)
}

const results = new WeakMap<object, SchemaIssue | null>()

/** Checks that a schema is safe to hand to rjsf: no broken or cyclic `$ref`, and valid JSON Schema per ajv. */
export function checkSchema(schema: unknown): SchemaIssue | undefined {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    return { kind: 'invalid', message: 'the schema must be an object' }
  }
  const known = results.get(schema)
  if (known !== undefined) return known ?? undefined
  let issue = findRefIssue(schema)
  if (!issue) {
    // Checking against the meta-schema is enough to refuse an invalid schema, and costs well under a
    // millisecond; compiling a validator (tens of milliseconds for a wide form) is left to the first submit.
    // The form's own ajv does it, so the check and the validation agree on formats and keywords.
    const { ajv } = formValidator
    try {
      if (!ajv.validateSchema(schema)) issue = { kind: 'invalid', message: ajv.errorsText(ajv.errors) }
    } catch (error) {
      issue = { kind: 'invalid', message: error instanceof Error ? error.message : String(error) }
    }
  }
  results.set(schema, issue ?? null)
  return issue
}
