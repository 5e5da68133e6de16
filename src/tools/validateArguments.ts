import { Ajv } from 'ajv'
import type { ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import type { FieldError, JsonSchema } from '../types'

// ajv-formats is CommonJS; depending on the bundler its default import is the function or a namespace.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as typeof addFormatsModule

let ajv: Ajv | undefined
/** By schema text, least recently used first: the schema object ajv compiled, and its validator or why it failed. */
const compiled = new Map<string, [object, ValidateFunction | string]>()
/** Validators kept; a host's server that sees many customers' schemas holds at most this many. */
export const MAX_COMPILED_SCHEMAS = 200

function compile(schema: JsonSchema): ValidateFunction | string {
  const key = JSON.stringify(schema)
  let entry = compiled.get(key)
  if (entry) {
    compiled.delete(key)
  } else {
    if (!ajv) {
      // `addUsedSchema: false`: two instances' schemas with the same `$id` do not collide.
      ajv = new Ajv({ allErrors: true, strict: false, addUsedSchema: false, ownProperties: true })
      addFormats(ajv, { mode: 'fast' })
    }
    const own = JSON.parse(key) as object
    try {
      entry = [own, ajv.compile(own)]
    } catch (error) {
      entry = [own, error instanceof Error ? error.message : String(error)]
    }
    if (compiled.size >= MAX_COMPILED_SCHEMAS) {
      // ajv keeps every schema it compiled (or failed to), by object: dropping ours alone would free nothing.
      const [oldest, [dropped]] = compiled.entries().next().value as [string, [object, unknown]]
      ajv.removeSchema(dropped)
      compiled.delete(oldest)
    }
  }
  compiled.set(key, entry)
  return entry[1]
}

/**
 * Checks `value` against `schema` (JSON Schema draft-07; the DataSchema extensions are ignored). Returns the
 * failing fields, `[]` when it is valid, or `undefined` when the schema cannot be compiled (the API checks it then).
 */
export function validateArguments(schema: JsonSchema, value: unknown): FieldError[] | undefined {
  const validate = compile(schema)
  if (typeof validate === 'string') return undefined
  if (validate(value)) return []
  return (validate.errors ?? []).map((error) => {
    const missing =
      error.keyword === 'required'
        ? `/${String((error.params as { missingProperty?: string }).missingProperty)}`
        : ''
    return {
      path: `${error.instancePath}${missing}`,
      message: error.message ?? 'is invalid',
      keyword: error.keyword,
    }
  })
}
