import { Ajv } from 'ajv'
import type { Options, ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import type { RE2JS } from 're2js'
import type { FieldError, JsonSchema } from '../types'

// ajv-formats is CommonJS; depending on the bundler its default import is the function or a namespace.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as typeof addFormatsModule

let ajv: Ajv | undefined
let re2: typeof RE2JS | undefined

// A `pattern` comes from the platform's schema and the string from a model, either of which may be hostile: RE2
// runs in time linear in the string, so no pattern can backtrack catastrophically (a native RegExp can, and would
// block a host's server). RE2 cannot express backreferences or lookaround: a schema using them does not compile,
// and the API checks the arguments instead. re2js loads only when a schema first holds a pattern.
// ajv keys the patterns it compiled by the engine's `toString()`, so each pattern needs its own.
const re2RegExp: NonNullable<Options['code']>['regExp'] = /* @__PURE__ */ Object.assign(
  (pattern: string) => {
    // Loaded by validateArguments before it compiles a schema with a pattern.
    const compiled = (re2 as typeof RE2JS).compile(pattern)
    return { test: (text: string) => compiled.test(text), toString: () => `re2:${pattern}` }
  },
  { code: 're2js' },
)
/** By schema text, least recently used first: the schema object ajv compiled, and its validator or why it failed. */
const compiled = new Map<string, [object, ValidateFunction | string]>()
/** Validators kept; a host's server that sees many customers' schemas holds at most this many. */
export const MAX_COMPILED_SCHEMAS = 200

function compile(key: string): ValidateFunction | string {
  let entry = compiled.get(key)
  if (entry) {
    compiled.delete(key)
  } else {
    if (!ajv) {
      // `addUsedSchema: false`: two instances' schemas with the same `$id` do not collide.
      ajv = new Ajv({
        allErrors: true,
        strict: false,
        addUsedSchema: false,
        ownProperties: true,
        code: { regExp: re2RegExp },
      })
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
 * Checks `value` against `schema` (JSON Schema draft-07; the DataSchema extensions are ignored; `pattern` in RE2's
 * syntax). Returns the failing fields, `[]` when it is valid, or `undefined` when the schema cannot be compiled
 * (the API checks it then).
 */
export async function validateArguments(
  schema: JsonSchema,
  value: unknown,
): Promise<FieldError[] | undefined> {
  const key = JSON.stringify(schema)
  if (!re2 && key.includes('"pattern')) re2 = (await import('re2js')).RE2JS
  const validate = compile(key)
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
