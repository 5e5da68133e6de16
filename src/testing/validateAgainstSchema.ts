import { Ajv } from 'ajv'
import type { ErrorObject, ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import type { FieldError, JsonSchema } from '../types'

// ajv-formats is CommonJS; depending on the bundler its default import is the function or a namespace.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as typeof addFormatsModule

/** The outcome of validating a value: the field errors, or a schema that could not be compiled. */
export type SchemaCheck =
  { ok: true } | { ok: false; errors: FieldError[] } | { ok: false; invalidSchema: string }

const cache = new Map<string, ValidateFunction | string>()

// One Ajv per distinct schema: two schemas with the same `$id` would otherwise collide in a shared instance.
function compile(schema: JsonSchema): ValidateFunction | string {
  const key = JSON.stringify(schema)
  const cached = cache.get(key)
  if (cached !== undefined) return cached
  let result: ValidateFunction | string
  try {
    const ajv = new Ajv({ allErrors: true, strict: false, useDefaults: true, ownProperties: true })
    addFormats(ajv)
    result = ajv.compile(JSON.parse(key) as JsonSchema)
  } catch (error) {
    result = error instanceof Error ? error.message : String(error)
  }
  cache.set(key, result)
  return result
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1')
}

function toFieldError(error: ErrorObject): FieldError {
  const params = error.params as { missingProperty?: string; additionalProperty?: string }
  if (error.keyword === 'required' && params.missingProperty !== undefined) {
    return {
      path: `${error.instancePath}/${escapePointer(params.missingProperty)}`,
      message: 'is required',
      keyword: 'required',
    }
  }
  if (error.keyword === 'additionalProperties' && params.additionalProperty !== undefined) {
    return {
      path: `${error.instancePath}/${escapePointer(params.additionalProperty)}`,
      message: 'is not an allowed property',
      keyword: 'additionalProperties',
    }
  }
  return { path: error.instancePath, message: error.message ?? 'is invalid', keyword: error.keyword }
}

/** Validates a value in place (schema defaults are filled in) against a schema compiled once per distinct schema. */
export function validateAgainstSchema(schema: JsonSchema, value: unknown): SchemaCheck {
  const validate = compile(schema)
  if (typeof validate === 'string') return { ok: false, invalidSchema: validate }
  if (validate(value)) return { ok: true }
  return { ok: false, errors: (validate.errors ?? []).map(toFieldError) }
}
