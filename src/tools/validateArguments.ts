import { Ajv } from 'ajv'
import type { ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import type { FieldError, JsonSchema } from '../types'

// ajv-formats is CommonJS; depending on the bundler its default import is the function or a namespace.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as typeof addFormatsModule

let ajv: Ajv | undefined
const compiled = new Map<string, ValidateFunction | string>()
const MAX_CACHED = 200

function compile(schema: JsonSchema): ValidateFunction | string {
  const key = JSON.stringify(schema)
  const cached = compiled.get(key)
  if (cached !== undefined) return cached
  if (!ajv) {
    // `addUsedSchema: false`: two instances' schemas with the same `$id` do not collide.
    ajv = new Ajv({ allErrors: true, strict: false, addUsedSchema: false, ownProperties: true })
    addFormats(ajv, { mode: 'fast' })
  }
  let result: ValidateFunction | string
  try {
    result = ajv.compile(JSON.parse(key) as JsonSchema)
  } catch (error) {
    result = error instanceof Error ? error.message : String(error)
  }
  if (compiled.size >= MAX_CACHED) compiled.delete(compiled.keys().next().value as string)
  compiled.set(key, result)
  return result
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
