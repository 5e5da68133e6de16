import { cleanup, waitFor } from '@testing-library/react'
import { customizeValidator } from '@rjsf/validator-ajv8'
import fc from 'fast-check'
import type { JsonObject, JsonSchema } from 'react-action-instances'
import { ActionInputForm } from 'react-action-instances/components'
import { createReferenceApi } from 'react-action-instances/testing'
import type { ReferenceSeed } from 'react-action-instances/testing'
import { callApi } from './support/reliabilityApi'
import { echoIntegration } from './support/reliabilityData'
import { spyOnConsole } from './support/reliabilityHooks'
import { inputFor, objectSchemaArbitrary, PROPERTY_SEED } from './support/reliabilitySchemas'
import { renderWithApi } from './support/renderWithApi'

// The same validator configuration the form uses (src/components/form/theme/formValidator.ts).
const validator = customizeValidator({ ajvOptionsOverrides: { ownProperties: true } })

const seed: ReferenceSeed = { integrations: [echoIntegration('prop', 'Property')] }

const RENDER_RUNS = 100
const AGREEMENT_RUNS = 100

describe('property: random valid JSON Schemas', () => {
  it(`render in ActionInputForm or show the in-place error, never crash (${RENDER_RUNS} runs, seed ${PROPERTY_SEED})`, async () => {
    const spy = spyOnConsole()
    let forms = 0
    let problems = 0
    await fc.assert(
      fc.asyncProperty(objectSchemaArbitrary, async (schema: JsonSchema) => {
        cleanup()
        const { container } = await renderWithApi(
          <ActionInputForm connection="prop" action="echo" schema={schema} />,
          { apiOptions: { seed } },
        )
        await waitFor(() => expect(container.querySelector('form.rai-form, [data-problem]')).not.toBeNull(), {
          timeout: 5_000,
        })
        if (container.querySelector('[data-problem]')) problems += 1
        else forms += 1
        const properties = Object.keys((schema as { properties?: object }).properties ?? {})
        if (!container.querySelector('[data-problem]')) {
          for (const name of properties) {
            expect(container.querySelector(`[id$="_${name}"]`), name).not.toBeNull()
          }
        }
        expect(spy.messages()).toEqual([])
      }),
      { numRuns: RENDER_RUNS, seed: PROPERTY_SEED },
    )
    cleanup()
    spy.restore()
    console.info(
      `render property: ${RENDER_RUNS} runs, seed ${PROPERTY_SEED}: ${forms} forms, ${problems} in-place errors`,
    )
    expect(forms + problems).toBe(RENDER_RUNS)
  }, 60_000)

  it(`client-side and reference API validation agree (${AGREEMENT_RUNS} runs, seed ${PROPERTY_SEED})`, async () => {
    const api = createReferenceApi({ seed })
    const token = await api.mintToken({ id: 'customer-1' })
    const outcomes = { valid: 0, invalid: 0 }
    await fc.assert(
      fc.asyncProperty(
        objectSchemaArbitrary.chain((schema) => fc.tuple(fc.constant(schema), inputFor(schema))),
        async ([schema, input]: [JsonSchema, JsonObject]) => {
          const patch = await callApi(api, 'PATCH', '/connections/prop/actions/echo', {
            token,
            body: { inputSchema: schema },
          })
          expect(patch.status).toBe(200)
          const clientValid = validator.isValid(schema, input, schema)
          const run = await callApi<{ type?: string }>(api, 'POST', '/connections/prop/actions/echo/run', {
            token,
            body: input,
          })
          expect([201, 400]).toContain(run.status)
          if (run.status === 400) expect(run.body.type).toBe('bad_request')
          expect({ input, clientValid }).toEqual({ input, clientValid: run.status === 201 })
          outcomes[clientValid ? 'valid' : 'invalid'] += 1
        },
      ),
      { numRuns: AGREEMENT_RUNS, seed: PROPERTY_SEED },
    )
    console.info(
      `agreement property: ${AGREEMENT_RUNS} runs, seed ${PROPERTY_SEED}: ${outcomes.valid} valid, ${outcomes.invalid} invalid inputs`,
    )
    // The generator is useful only if both outcomes occur.
    expect(outcomes.valid).toBeGreaterThan(5)
    expect(outcomes.invalid).toBeGreaterThan(5)
  }, 60_000)
})
