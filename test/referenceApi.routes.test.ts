import type { ActionInstance, ActionInstanceList } from 'react-action-instances'
import { createHarness } from './fixtures/referenceApiHarness'

const hubspot = '/connections/hubspot/actions'

describe('reference API routes', () => {
  test('list returns every seeded action of the connection with the documented fields', async () => {
    const { call } = await createHarness()
    const { status, headers, body } = await call<ActionInstanceList>('GET', hubspot)
    expect(status).toBe(200)
    expect(headers.get('content-type')).toBe('application/json')
    expect(body.cursor).toBeUndefined()
    expect(body.items.map((i) => i.key)).toEqual([
      'create-contact',
      'get-contact',
      'update-contact',
      'delete-contact',
      'list-contacts',
      'create-contact-property',
    ])
    const first = body.items[0] as ActionInstance
    expect(Object.keys(first).sort()).toEqual(
      [
        'id',
        'name',
        'key',
        'description',
        'type',
        'state',
        'userId',
        'connectionId',
        'integrationId',
        'integrationKey',
        'parentId',
        'revision',
        'isCustomized',
        'isOutdated',
        'inputSchema',
        'outputSchema',
        'config',
        'dependencies',
        'errors',
        'createdAt',
        'updatedAt',
      ].sort(),
    )
    expect(first).toMatchObject({
      state: 'READY',
      userId: 'customer-1',
      integrationKey: 'hubspot',
      isCustomized: false,
    })
    expect((await call<ActionInstanceList>('GET', '/connections/slack/actions')).body.items).toHaveLength(2)
    expect((await call<ActionInstanceList>('GET', '/connections/github/actions')).body.items).toHaveLength(2)
  })

  test('list validates limit and filters by a case-insensitive search over name and key', async () => {
    const { call } = await createHarness()
    for (const limit of ['0', '1001', 'abc', '2.5']) {
      const { status, body } = await call('GET', `${hubspot}?limit=${limit}`)
      expect(status).toBe(400)
      expect(body.type).toBe('bad_request')
    }
    expect((await call<ActionInstanceList>('GET', `${hubspot}?limit=1000`)).body.items).toHaveLength(6)
    const byName = await call<ActionInstanceList>('GET', `${hubspot}?search=CONTACT%20PROP`)
    expect(byName.body.items.map((i) => i.key)).toEqual(['create-contact-property'])
    const byKey = await call<ActionInstanceList>('GET', `${hubspot}?search=GET-CON`)
    expect(byKey.body.items.map((i) => i.key)).toEqual(['get-contact'])
  })

  test('the connection may be named by integration key, connection id or integration id', async () => {
    const { call } = await createHarness()
    const item = (await call<ActionInstanceList>('GET', hubspot)).body.items[0] as ActionInstance
    for (const selector of [item.connectionId, item.integrationId]) {
      const { body } = await call<ActionInstance>('GET', `/connections/${selector}/actions/create-contact`)
      expect(body.id).toBe(item.id)
    }
    expect((await call<ActionInstance>('GET', `${hubspot}/${item.id}`)).body.key).toBe('create-contact')
  })

  test('get auto-creates unless autoCreate=false, and instanceKey selects a separate instance', async () => {
    const { call } = await createHarness()
    const base = await call<ActionInstance>('GET', `${hubspot}/create-contact`)
    expect(base.body.instanceKey).toBeUndefined()
    const missing = await call('GET', `${hubspot}/create-contact?instanceKey=eu&autoCreate=false`)
    expect(missing.status).toBe(404)
    expect(missing.body.type).toBe('not_found')
    const eu = await call<ActionInstance>('GET', `${hubspot}/create-contact?instanceKey=eu`)
    expect(eu.status).toBe(200)
    expect(eu.body).toMatchObject({ instanceKey: 'eu', key: 'create-contact', parentId: base.body.parentId })
    expect(eu.body.id).not.toBe(base.body.id)
    expect((await call<ActionInstance>('GET', `${hubspot}/create-contact?instanceKey=eu`)).body.id).toBe(
      eu.body.id,
    )
    await call('PATCH', `${hubspot}/create-contact?instanceKey=eu`, {
      body: { config: { defaultInput: { tags: ['eu'] } } },
    })
    expect((await call<ActionInstance>('GET', `${hubspot}/create-contact`)).body.config).toEqual({})
  })

  test('patch replaces config, inputSchema and type, marks customized and bumps revision and updatedAt', async () => {
    const { call } = await createHarness()
    const before = (await call<ActionInstance>('GET', `${hubspot}/list-contacts`)).body
    await call('PATCH', `${hubspot}/list-contacts`, {
      body: { config: { defaultInput: { limit: 5 }, other: 1 } },
    })
    const schema = { type: 'object', properties: { search: { type: 'string' } } }
    const { status, body } = await call<ActionInstance>('PATCH', `${hubspot}/list-contacts`, {
      body: { config: { defaultInput: { search: 'x' } }, inputSchema: schema, type: 'search-data-record' },
    })
    expect(status).toBe(200)
    expect(body.config).toEqual({ defaultInput: { search: 'x' } })
    expect(body.inputSchema).toEqual(schema)
    expect(body).toMatchObject({ type: 'search-data-record', isCustomized: true })
    expect(body.revision).not.toBe(before.revision)
    expect(Date.parse(String(body.updatedAt))).toBeGreaterThan(Date.parse(String(before.updatedAt)))
    expect((await call<ActionInstance>('GET', `${hubspot}/list-contacts`)).body).toEqual(body)
  })

  test('patch rejects a body of the wrong shape with 400', async () => {
    const { call } = await createHarness()
    for (const body of [
      [],
      'text',
      { config: 'x' },
      { inputSchema: [] },
      { type: 'nope' },
      { name: 'x' },
      { config: { defaultInput: 1 } },
    ]) {
      const result = await call('PATCH', `${hubspot}/create-contact`, { body })
      expect(result.status).toBe(400)
      expect(result.body.type).toBe('bad_request')
    }
    const malformed = await call('PATCH', `${hubspot}/create-contact`, { raw: '{"config": ' })
    expect(malformed.status).toBe(400)
    expect(malformed.body.message).toMatch(/JSON/)
  })

  test('reset restores the parent config and inputSchema, and setup answers 201', async () => {
    const { call } = await createHarness()
    const original = (await call<ActionInstance>('GET', `${hubspot}/create-contact`)).body
    await call('PATCH', `${hubspot}/create-contact`, {
      body: { inputSchema: { type: 'object' }, config: { defaultInput: { tags: ['a'] } } },
    })
    const setup = await call<ActionInstance>('POST', `${hubspot}/create-contact/setup`)
    expect(setup.status).toBe(201)
    expect(setup.body.isCustomized).toBe(true)
    const reset = await call<ActionInstance>('POST', `${hubspot}/create-contact/reset`)
    expect(reset.status).toBe(201)
    expect(reset.body).toMatchObject({
      isCustomized: false,
      config: {},
      inputSchema: original.inputSchema,
      id: original.id,
    })
    expect(Number(reset.body.revision)).toBeGreaterThan(Number(setup.body.revision))
  })

  test('archive answers 200 {}, hides the instance, and the next get auto-creates a fresh one', async () => {
    const { call } = await createHarness()
    const original = (await call<ActionInstance>('GET', `${hubspot}/get-contact`)).body
    const archived = await call('DELETE', `${hubspot}/get-contact`)
    expect(archived).toMatchObject({ status: 200, body: {} })
    expect((await call('DELETE', `${hubspot}/get-contact`)).status).toBe(404)
    const list = (await call<ActionInstanceList>('GET', hubspot)).body.items
    expect(list.map((i) => i.id)).not.toContain(original.id)
    const all = (await call<ActionInstanceList>('GET', `${hubspot}?includeArchived=true`)).body.items
    expect(all.find((i) => i.id === original.id)?.archivedAt).toEqual(expect.any(String))
    expect((await call('GET', `${hubspot}/${original.id}`)).status).toBe(404)
    expect((await call('GET', `${hubspot}/get-contact?autoCreate=false`)).status).toBe(404)
    const fresh = (await call<ActionInstance>('GET', `${hubspot}/get-contact`)).body
    expect(fresh.id).not.toBe(original.id)
    expect(fresh.archivedAt).toBeUndefined()
  })

  test('responses are deep copies: changing one does not change the store', async () => {
    const { call } = await createHarness()
    const first = (await call<ActionInstance>('GET', `${hubspot}/create-contact`)).body
    const snapshot = structuredClone(first)
    const required = first.inputSchema?.required as string[]
    required.push('lastName')
    first.config = { defaultInput: { email: 'x@y.z' } }
    expect((await call<ActionInstance>('GET', `${hubspot}/create-contact`)).body).toEqual(snapshot)
  })

  test('unknown routes are 404, wrong methods 405 with Allow, odd path segments never throw', async () => {
    const { call } = await createHarness()
    expect((await call('GET', '/nope')).status).toBe(404)
    expect((await call('GET', '/connections/hubspot/nope')).status).toBe(404)
    expect((await call('GET', `${hubspot}/create-contact/run/extra`)).status).toBe(404)
    const wrong = [
      ['POST', hubspot, 'GET'],
      ['PUT', `${hubspot}/create-contact`, 'GET, PATCH, DELETE'],
      ['GET', `${hubspot}/create-contact/run`, 'POST'],
      ['DELETE', `${hubspot}/create-contact/setup`, 'POST'],
    ] as const
    for (const [method, path, allow] of wrong) {
      const result = await call(method, path, method === 'GET' ? {} : { body: {} })
      expect(result.status).toBe(405)
      expect(result.headers.get('allow')).toBe(allow)
      expect(result.body.type).toBe('method_not_allowed')
    }
    expect([400, 404]).toContain((await call('GET', `${hubspot}/create%E0%A4%A-contact`)).status)
    expect([400, 404]).toContain((await call('GET', '/connections/%/actions')).status)
    expect((await call('GET', `${hubspot}/..%2Fcreate-contact`)).status).toBe(404)
    expect((await call('GET', `${hubspot}/create-contact%2F..`)).status).toBe(404)
    expect((await call('GET', '/connections/hub%2Fspot/actions')).status).toBe(404)
    expect((await call('GET', '/connections/salesforce/actions')).body.type).toBe('not_found')
  })
})
