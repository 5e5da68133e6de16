import type { ActionInstance, JsonSchema } from 'react-action-instances'
import { createHarness } from './fixtures/referenceApiHarness'

const actions = '/connections/hubspot/actions'

describe('reference API dynamic fields', () => {
  test('a new contact property makes contact actions outdated until setup adds it as a field', async () => {
    const h = await createHarness()
    const before = (await h.call<ActionInstance>('GET', `${actions}/create-contact`)).body
    expect(before).toMatchObject({ isOutdated: false, dependencies: [] })
    const property = await h.call('POST', `${actions}/create-contact-property/run`, {
      body: { name: 'favorite_color', label: 'Favorite color', type: 'string' },
    })
    expect(property.status).toBe(201)
    for (const key of ['create-contact', 'update-contact']) {
      expect((await h.call<ActionInstance>('GET', `${actions}/${key}`)).body.isOutdated).toBe(true)
    }
    expect((await h.call<ActionInstance>('GET', `${actions}/get-contact`)).body.isOutdated).toBe(false)
    const rejected = await h.call('POST', `${actions}/create-contact/run`, {
      body: { email: 'a@b.io', firstName: 'A', favorite_color: 'red' },
    })
    expect(rejected.status).toBe(400)

    const setup = await h.call<ActionInstance>('POST', `${actions}/create-contact/setup`)
    expect(setup.status).toBe(201)
    expect(setup.body.isOutdated).toBe(false)
    expect(setup.body.inputSchema?.properties?.favorite_color).toEqual({
      type: 'string',
      title: 'Favorite color',
    })
    expect(setup.body.dependencies).toEqual([
      {
        type: 'app-data-schema',
        instanceId: 'contacts:favorite_color',
        instance: { collection: 'contacts', name: 'favorite_color', label: 'Favorite color', type: 'string' },
      },
    ])
    expect((await h.call<ActionInstance>('GET', `${actions}/update-contact`)).body.isOutdated).toBe(true)
    const created = await h.call<{ output: { customProperties?: object } }>(
      'POST',
      `${actions}/create-contact/run`,
      {
        body: { email: 'a@b.io', firstName: 'A', favorite_color: 'red' },
      },
    )
    expect(created.body.output.customProperties).toEqual({ favorite_color: 'red' })
  })

  test('date properties become date fields, and bad or duplicate properties are refused', async () => {
    const h = await createHarness()
    const run = (body: object) => h.call('POST', `${actions}/create-contact-property/run`, { body })
    expect((await run({ name: 'renewal', label: 'Renewal', type: 'date' })).status).toBe(201)
    expect((await run({ name: 'renewal', label: 'Again', type: 'date' })).body.type).toBe('action_run')
    expect((await run({ name: 'email', label: 'Email', type: 'string' })).body.type).toBe('action_run')
    const invalid = await run({ name: 'Bad Name', label: 'x', type: 'color' })
    expect(invalid.status).toBe(400)
    const setup = await h.call<ActionInstance>('POST', `${actions}/update-contact/setup`)
    const field = setup.body.inputSchema?.properties?.renewal as JsonSchema
    expect(field).toEqual({ type: 'string', format: 'date', title: 'Renewal' })
  })

  test('setup keeps a customization; reset restores the parent schema with current dynamic fields', async () => {
    const h = await createHarness()
    await h.call('POST', `${actions}/create-contact-property/run`, {
      body: { name: 'score', label: 'Score', type: 'number' },
    })
    const custom: JsonSchema = {
      type: 'object',
      required: ['email'],
      properties: { email: { type: 'string' } },
    }
    await h.call('PATCH', `${actions}/create-contact`, { body: { inputSchema: custom } })
    const setup = (await h.call<ActionInstance>('POST', `${actions}/create-contact/setup`)).body
    expect(setup.isCustomized).toBe(true)
    expect(Object.keys(setup.inputSchema?.properties ?? {})).toEqual(['email', 'score'])
    const reset = (await h.call<ActionInstance>('POST', `${actions}/create-contact/reset`)).body
    expect(reset).toMatchObject({ isCustomized: false, isOutdated: false, config: {} })
    expect(reset.inputSchema?.required).toEqual(['email', 'firstName'])
    expect(reset.inputSchema?.properties?.score).toEqual({ type: 'number', title: 'Score' })
    const fresh = (await h.call<ActionInstance>('GET', `${actions}/create-contact?instanceKey=new`)).body
    expect(fresh.isOutdated).toBe(false)
    expect(fresh.inputSchema?.properties?.score).toBeDefined()
  })
})
