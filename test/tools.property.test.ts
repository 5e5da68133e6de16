// 100 random DataSchemas (fast-check): every definition follows its provider's rules; how many OpenAI tools
// stay strict is reported.
import fc from 'fast-check'
import { toToolDefinitions } from 'react-action-instances/tools'
import type { ActionInstance, JsonSchema } from 'react-action-instances'
import { definitionProblems, toolNameOf } from './support/toolRules'
import { FORMATS } from './support/toolsClient'

const key = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9_]{0,11}$/)
const text = fc.string({ maxLength: 20 })

const leaf: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.record(
    { type: fc.constant('string'), minLength: fc.nat(5), maxLength: fc.integer({ min: 5, max: 50 }) },
    { requiredKeys: ['type'] },
  ),
  fc.record({
    type: fc.constant('string'),
    format: fc.constantFrom('email', 'date', 'date-time', 'uri', 'uuid', 'hostname'),
  }),
  fc.record({ type: fc.constant('string'), pattern: fc.constantFrom('^[a-z]+$', '^\\d{3}$') }),
  fc.record(
    {
      type: fc.constantFrom('number', 'integer'),
      minimum: fc.integer({ min: -5, max: 0 }),
      maximum: fc.integer({ min: 1, max: 9 }),
    },
    { requiredKeys: ['type'] },
  ),
  fc.record({ type: fc.constant('boolean'), default: fc.boolean() }, { requiredKeys: ['type'] }),
  fc.record({ type: fc.constant('string'), enum: fc.uniqueArray(key, { minLength: 1, maxLength: 5 }) }),
  fc.record({
    type: fc.constant('string'),
    referenceRecords: fc.uniqueArray(fc.record({ id: key, name: text }), {
      minLength: 1,
      maxLength: 70,
      selector: (r) => r.id,
    }),
    allowCustom: fc.boolean(),
  }),
  fc.record({
    type: fc.constant('string'),
    referenceCollection: fc.record({ key, parameters: fc.constant({ q: { $var: '$.input.x' } }) }),
  }),
  fc.record({ type: fc.constant('string'), isSensitive: fc.constant(true) }),
  fc.record({ $ref: fc.constant('#/definitions/shared') }),
  // Shapes strict mode cannot express: each makes its tool fall back.
  fc.constant({ type: 'object', additionalProperties: { type: 'string' } }),
  fc.constant({ allOf: [{ type: 'string' }, { minLength: 2 }] }),
  fc.constant({ type: 'array', items: [{ type: 'string' }, { type: 'number' }] }),
  fc.constant({ description: 'anything' }),
)

const { field } = fc.letrec<{ field: Record<string, unknown> }>((tie) => ({
  field: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    leaf,
    leaf,
    fc.record(
      { type: fc.constant('array'), items: tie('field'), uniqueItems: fc.boolean() },
      { requiredKeys: ['type', 'items'] },
    ),
    objectOf(tie('field')),
    fc.record({ anyOf: fc.array(leaf, { minLength: 2, maxLength: 3 }) }),
  ),
}))

function objectOf(fields: fc.Arbitrary<Record<string, unknown>>) {
  return fc.dictionary(key, fields, { minKeys: 0, maxKeys: 5 }).chain((properties) =>
    fc.record({
      type: fc.constant('object'),
      properties: fc.constant(properties),
      required: fc.subarray(Object.keys(properties)),
      additionalProperties: fc.constantFrom(false, undefined),
      title: fc.option(text, { nil: undefined }),
    }),
  )
}

const instance = fc
  .record({ schema: objectOf(field), useDefaults: fc.boolean() })
  .map(({ schema, useDefaults }): ActionInstance => {
    const inputSchema = {
      ...schema,
      definitions: { shared: { type: 'string', title: 'Shared' } },
    } as JsonSchema
    const first = Object.keys(schema.properties)[0]
    return {
      id: 'i1',
      key: 'random-action',
      name: 'Random action',
      type: 'connector-operation',
      integrationKey: 'random',
      connectionId: 'c1',
      inputSchema,
      config: useDefaults && first ? { defaultInput: { [first]: 'x' } } : {},
    } as unknown as ActionInstance
  })

describe('toToolDefinitions on 100 random schemas', () => {
  it('follows every provider rule, strict where OpenAI allows it', () => {
    let strict = 0
    const reasons = new Map<string, number>()
    fc.assert(
      fc.property(instance, (generated) => {
        for (const format of FORMATS) {
          const set = toToolDefinitions([generated], { format })
          const tool = set.tools[0]
          if (!tool) throw new Error('no tool')
          expect(toolNameOf(tool)).toBe('random-random-action')
          expect(definitionProblems(format, tool)).toEqual([])
          expect(JSON.stringify(tool)).not.toMatch(
            /referenceRecords|referenceCollection|allowCustom|isSensitive|"\$ref"|definitions/,
          )
          if (format === 'openai') {
            if (set.nonStrict.length === 0) strict++
            for (const { reason } of set.nonStrict) {
              const kind = reason.replace(/^[^:]*: /, '')
              reasons.set(kind, (reasons.get(kind) ?? 0) + 1)
            }
          }
        }
      }),
      { numRuns: 100, seed: 17 },
    )
    console.info(
      `random: ${strict} of 100 OpenAI tools strict, ${100 - strict} fell back:`,
      Object.fromEntries(reasons),
    )
    expect(strict).toBeGreaterThan(0)
    expect(strict).toBeLessThan(100)
  })
})
