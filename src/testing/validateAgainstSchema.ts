import { Ajv } from 'ajv'
import type { ErrorObject, ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { LRUCache } from 'lru-cache'
import { RE2JS } from 're2js'
import type { FieldError, JsonSchema } from '../types'
import { measureJson } from './parseJsonBody'

// ajv-formats is CommonJS; depending on the bundler its default import is the function or a namespace.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as typeof addFormatsModule

/** The outcome of validating a value: the field errors, or a schema that could not be compiled. */
export type SchemaCheck =
  | { ok: true }
  | { ok: false; errors: FieldError[] }
  | { ok: false; invalidSchema: string }
  | { ok: false; tooCostly: string }

/** The longest `pattern` (or `patternProperties` key) a schema may hold. */
export const MAX_PATTERN_LENGTH = 1000
/** The most RE2 instructions the patterns of one schema may compile to, in total. */
export const MAX_SCHEMA_PATTERN_PROGRAM = 4000
/**
 * The pattern work one validation may do: each tested string costs its length times (its pattern's RE2
 * program size + 1). RE2 time is linear in both (about 0.3 µs per unit at worst, when its DFA gives way to the
 * NFA), so this bounds the patterns of one validation to about 11 ms.
 */
export const PATTERN_BUDGET = 40_000
/** The most keys and array items an `inputSchema` may hold: compiling is linear in its size. */
export const MAX_SCHEMA_ENTRIES = 1000
/** How many compiled schemas are kept, and how many bytes of schema text they may total. */
export const VALIDATOR_CACHE = { max: 500, maxSizeBytes: 8 * 1024 * 1024 }

class PatternBudgetExceeded extends Error {}

let budget = PATTERN_BUDGET
let programBudget = MAX_SCHEMA_PATTERN_PROGRAM

// RE2 runs in time linear in the input: no pattern can backtrack catastrophically. Patterns RE2 cannot
// express (backreferences, lookaround) fail to compile, so the schema is rejected as invalid.
// ajv shares compiled patterns between all the schemas of one instance, keyed by the engine's `toString()`: each
// pattern needs its own key, as a RegExp has, or every schema would test the first pattern ajv ever compiled.
function re2Engine(pattern: string, flags = ''): { test(text: string): boolean; toString(): string } {
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new Error(`pattern is longer than ${MAX_PATTERN_LENGTH} characters`)
  }
  const compiled = RE2JS.compile(pattern)
  const size = compiled.programSize()
  programBudget -= size
  if (programBudget < 0) {
    throw new Error(
      `the schema's patterns compile to more than ${MAX_SCHEMA_PATTERN_PROGRAM} RE2 instructions`,
    )
  }
  const costPerChar = size + 1
  return {
    test(text: string) {
      budget -= text.length * costPerChar
      if (budget < 0) throw new PatternBudgetExceeded()
      return compiled.test(text)
    },
    toString: () => `re2:${JSON.stringify([pattern, flags])}`,
  }
}
re2Engine.code = 're2js'

// One shared ajv. `addUsedSchema: false` keeps a schema's `$id` out of the shared registry, so two customers'
// schemas with the same `$id` do not collide; an evicted schema is removed from ajv's own cache too.
const ajv = new Ajv({
  allErrors: true,
  strict: false,
  useDefaults: true,
  ownProperties: true,
  addUsedSchema: false,
  code: { regExp: re2Engine },
})
addFormats(ajv, { mode: 'fast' })

interface Compiled {
  schema: JsonSchema
  validate?: ValidateFunction
  error?: string
}

const cache = new LRUCache<string, Compiled>({
  max: VALIDATOR_CACHE.max,
  maxSize: VALIDATOR_CACHE.maxSizeBytes,
  // The compiled code is a few times the size of the schema text; the text is a fair proxy for its weight.
  sizeCalculation: (_value, key) => Math.max(1, key.length * 2),
  dispose: (value) => {
    ajv.removeSchema(value.schema)
  },
})

/** Compiles a schema (once per distinct schema while it stays in the cache); a string is the compile error. */
function compile(schema: JsonSchema): Compiled {
  const key = JSON.stringify(schema)
  const cached = cache.get(key)
  if (cached !== undefined) return cached
  const own = JSON.parse(key) as JsonSchema
  const entry: Compiled = { schema: own }
  programBudget = MAX_SCHEMA_PATTERN_PROGRAM
  try {
    const entries = measureJson(key).entries
    if (entries > MAX_SCHEMA_ENTRIES)
      throw new Error(`the schema has more than ${MAX_SCHEMA_ENTRIES} keys and items`)
    entry.validate = ajv.compile(own)
  } catch (error) {
    entry.error = error instanceof Error ? error.message : String(error)
  }
  cache.set(key, entry)
  return entry
}

/** The compile error of a schema, or undefined when it compiles. */
export function schemaError(schema: JsonSchema): string | undefined {
  return compile(schema).error
}

/** How many validators are cached now (for measurements). */
export function cachedValidatorCount(): number {
  return cache.size
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
  const { validate, error } = compile(schema)
  if (validate === undefined) return { ok: false, invalidSchema: error ?? 'invalid schema' }
  budget = PATTERN_BUDGET
  try {
    if (validate(value)) return { ok: true }
  } catch (thrown) {
    if (thrown instanceof PatternBudgetExceeded) {
      return {
        ok: false,
        tooCostly: `The input is too long for the schema's patterns: at most ${PATTERN_BUDGET} units of characters × (pattern size + 1).`,
      }
    }
    throw thrown
  }
  return { ok: false, errors: (validate.errors ?? []).map(toFieldError) }
}
