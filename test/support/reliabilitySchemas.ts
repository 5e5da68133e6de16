import fc from 'fast-check'
import type { JsonObject, JsonSchema, JsonValue } from 'react-action-instances'

/** The fixed seed of every property test, printed with the run count so a failure can be replayed. */
export const PROPERTY_SEED = 20_261_128

const fieldName = fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,7}$/)
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 2 })
const title = optional(fc.string({ maxLength: 12 }))

const leafSchema: fc.Arbitrary<JsonSchema> = fc.oneof(
  fc.record({
    type: fc.constant('string' as const),
    title,
    format: optional(fc.constantFrom('email', 'date', 'uri', 'hostname')),
    minLength: optional(fc.integer({ min: 0, max: 4 })),
    maxLength: optional(fc.integer({ min: 5, max: 20 })),
  }),
  fc.record({
    type: fc.constantFrom('number' as const, 'integer' as const),
    title,
    minimum: optional(fc.integer({ min: -100, max: 0 })),
    maximum: optional(fc.integer({ min: 1, max: 100 })),
  }),
  fc.record({ type: fc.constant('boolean' as const), title }),
  fc.record({
    type: fc.constant('string' as const),
    title,
    enum: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 }),
  }),
  fc.record({
    type: fc.constant('array' as const),
    title,
    items: fc.constantFrom<JsonSchema>({ type: 'string' }, { type: 'integer' }, { type: 'boolean' }),
    maxItems: optional(fc.integer({ min: 1, max: 5 })),
  }),
)

function objectSchema(property: fc.Arbitrary<JsonSchema>): fc.Arbitrary<JsonSchema> {
  return fc
    .uniqueArray(fc.tuple(fieldName, property), { maxLength: 6, selector: ([name]) => name })
    .chain((entries) =>
      fc.record({
        entries: fc.constant(entries),
        required: fc.subarray(entries.map(([name]) => name)),
        title,
      }),
    )
    .map(({ entries, required, title: heading }) => ({
      type: 'object' as const,
      ...(heading === undefined ? {} : { title: heading }),
      properties: Object.fromEntries(entries),
      ...(required.length > 0 ? { required } : {}),
    }))
}

/** Random valid object schemas: leaves of every kind, nested objects two levels deep, required lists, formats. */
export const objectSchemaArbitrary: fc.Arbitrary<JsonSchema> = objectSchema(
  fc.oneof({ weight: 4, arbitrary: leafSchema }, { weight: 1, arbitrary: objectSchema(leafSchema) }),
).map((schema) => JSON.parse(JSON.stringify(schema)) as JsonSchema)

const wrongValue: fc.Arbitrary<JsonValue> = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constant([] as JsonValue[]),
  fc.constant({}),
)

function valueFor(schema: JsonSchema): fc.Arbitrary<JsonValue> {
  const s = schema as {
    type?: string
    format?: string
    enum?: string[]
    properties?: { [key: string]: JsonSchema }
    items?: JsonSchema
  }
  const right: fc.Arbitrary<JsonValue> = (() => {
    if (s.enum) return fc.constantFrom(...s.enum)
    switch (s.type) {
      case 'string':
        return s.format === 'email'
          ? fc.oneof(fc.emailAddress(), fc.string({ maxLength: 10 }))
          : s.format === 'date'
            ? fc.oneof(
                fc.constantFrom('2024-02-29', '2023-02-29', '1999-12-31'),
                fc.string({ maxLength: 10 }),
              )
            : s.format === 'uri'
              ? fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'not a uri'))
              : fc.string({ maxLength: 24 })
      case 'number':
        return fc.double({ min: -200, max: 200, noNaN: true })
      case 'integer':
        return fc.integer({ min: -200, max: 200 })
      case 'boolean':
        return fc.boolean()
      case 'array':
        return fc.array(valueFor(s.items ?? {}), { maxLength: 7 })
      case 'object':
        return inputFor(schema)
      default:
        return wrongValue
    }
  })()
  return fc.oneof({ weight: 5, arbitrary: right }, { weight: 1, arbitrary: wrongValue })
}

/** Inputs for a schema: mostly well-typed values, sometimes a field missing or of the wrong type. */
export function inputFor(schema: JsonSchema): fc.Arbitrary<JsonObject> {
  const properties = (schema as { properties?: { [key: string]: JsonSchema } }).properties ?? {}
  const fields = Object.fromEntries(
    Object.entries(properties).map(([name, property]) => [name, optional(valueFor(property))]),
  )
  return fc.record(fields).map((record) => JSON.parse(JSON.stringify(record)) as JsonObject)
}
