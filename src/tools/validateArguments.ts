import { Ajv } from 'ajv'
import type { ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import type { FieldError, JsonSchema } from '../types'

// ajv-formats is CommonJS; depending on the bundler its default import is the function or a namespace.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as typeof addFormatsModule

let ajv: Ajv | undefined
/** Compiled validators (or why a schema did not compile) by schema text, least recently used first. */
const compiled = new Map<string, { schema: JsonSchema; validate: ValidateFunction | string }>()
/** Validators kept; a host's server that sees many customers' schemas holds at most this many. */
export const MAX_COMPILED_SCHEMAS = 200

function compile(schema: JsonSchema): ValidateFunction | string {
  const key = JSON.stringify(schema)
  const cached = compiled.get(key)
  if (cached !== undefined) {
    compiled.delete(key)
    compiled.set(key, cached)
    return cached.validate
  }
  if (!ajv) {
    // `addUsedSchema: false`: two instances' schemas with the same `$id` do not collide.
    ajv = new Ajv({ allErrors: true, strict: false, addUsedSchema: false, ownProperties: true })
    addFormats(ajv, { mode: 'fast' })
  }
  const own = JSON.parse(key) as JsonSchema
  let validate: ValidateFunction | string
  try {
    validate = ajv.compile(own)
  } catch (error) {
    ajv.removeSchema(own as object)
    validate = error instanceof Error ? error.message : String(error)
  }
  if (compiled.size >= MAX_COMPILED_SCHEMAS) {
    // ajv keeps every schema it compiled, by object; dropping ours from the map alone would free nothing.
    const [oldest, entry] = compiled.entries().next().value as [string, { schema: JsonSchema }]
    compiled.delete(oldest)
    ajv.removeSchema(entry.schema as object)
  }
  compiled.set(key, { schema: own, validate })
  return validate
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
