import { validateAgainstSchema } from '../src/testing/validateAgainstSchema'
import type { JsonSchema } from '../src/types'

// ajv keeps one compiled pattern per key for all the schemas it compiles; the RE2 engine's patterns must not share
// a key, or a schema would be checked against a pattern of a schema compiled before it.
describe('reference API schema patterns', () => {
  it('checks each schema against its own pattern, whatever was compiled before', () => {
    const propertyName: JsonSchema = { type: 'string', pattern: '^[a-z][a-z0-9_]*$' }
    const repository: JsonSchema = { type: 'string', pattern: '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$' }
    expect(validateAgainstSchema(propertyName, 'lead_score')).toEqual({ ok: true })
    expect(validateAgainstSchema(repository, 'acme/web')).toEqual({ ok: true })
    expect(validateAgainstSchema(propertyName, 'acme/web')).toMatchObject({
      ok: false,
      errors: [{ keyword: 'pattern' }],
    })
    expect(validateAgainstSchema(repository, 'lead_score')).toMatchObject({
      ok: false,
      errors: [{ keyword: 'pattern' }],
    })
  })

  it('tells patterns apart within one schema and in patternProperties', () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: { a: { type: 'string', pattern: '^a+$' }, b: { type: 'string', pattern: '^b+$' } },
      patternProperties: { '^x_': { type: 'number' }, '^y_': { type: 'string' } },
    }
    expect(validateAgainstSchema(schema, { a: 'aa', b: 'bb', x_1: 1, y_1: 'y' })).toEqual({ ok: true })
    expect(validateAgainstSchema(schema, { a: 'aa', b: 'aa' })).toMatchObject({
      ok: false,
      errors: [{ path: '/b', keyword: 'pattern' }],
    })
    expect(validateAgainstSchema(schema, { y_1: 1 })).toMatchObject({
      ok: false,
      errors: [{ path: '/y_1', keyword: 'type' }],
    })
  })
})
