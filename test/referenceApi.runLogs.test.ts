// @vitest-environment node
import type { ActionInstance, ActionRunLog, ActionRunLogList, Connection } from 'react-action-instances'
import { MAX_RUN_LOGS_PER_CUSTOMER } from 'react-action-instances/testing'
import { createHarness } from './fixtures/referenceApiHarness'

const ada = { email: 'ada@example.com', firstName: 'Ada' }
type ErrorBody = {
  type: string
  key: string
  message: string
  data?: { connectionId?: string }
  actionRunId?: string
}

describe('POST /act', () => {
  test('runs by key on a connection key through the run path: 200 { output, actionRunId }', async () => {
    const h = await createHarness()
    const result = await h.call<{ output: { email: string; id: string }; actionRunId: string }>(
      'POST',
      '/act',
      {
        body: { key: 'create-contact', connectionKey: 'hubspot', input: ada },
      },
    )
    expect(result.status).toBe(200)
    expect(Object.keys(result.body).sort()).toEqual(['actionRunId', 'output'])
    expect(result.body.output).toMatchObject({ email: 'ada@example.com', lifecycleStage: 'lead' })
    // Same external app as the instance route: the contact is in the next list.
    const list = await h.call<{ output: { items: { id: string }[] } }>(
      'POST',
      '/connections/hubspot/actions/list-contacts/run',
      { body: {} },
    )
    expect(list.body.output.items.map((c) => c.id)).toEqual([result.body.output.id])
  })

  test('runs by instance id on a connection id or integration key', async () => {
    const h = await createHarness()
    const instance = (await h.call<ActionInstance>('GET', '/connections/hubspot/actions/create-contact')).body
    const byId = await h.call('POST', '/act', {
      body: { id: instance.id, connectionId: instance.connectionId, input: ada },
    })
    expect(byId.status).toBe(200)
    const byIntegration = await h.call('POST', '/act', {
      body: { key: 'list-contacts', integrationKey: 'hubspot', input: {} },
    })
    expect(byIntegration.status).toBe(200)
  })

  test.each([
    ['both key and id', { key: 'create-contact', id: 'x', connectionKey: 'hubspot', input: ada }],
    ['neither key nor id', { connectionKey: 'hubspot', input: ada }],
    [
      'two dispatch fields',
      { key: 'create-contact', connectionKey: 'hubspot', integrationKey: 'hubspot', input: ada },
    ],
    ['no dispatch field', { key: 'create-contact', input: ada }],
    ['an input that is not an object', { key: 'create-contact', connectionKey: 'hubspot', input: [1] }],
    ['an unknown field', { key: 'create-contact', connectionKey: 'hubspot', input: ada, instanceKey: 'a' }],
    ['a key that is not a string', { key: 5, connectionKey: 'hubspot', input: ada }],
  ])('%s is a 400', async (_name, body) => {
    const h = await createHarness()
    const result = await h.call<ErrorBody>('POST', '/act', { body })
    expect(result.status).toBe(400)
    expect(result.body.type).toBe('bad_request')
    expect(result.body.actionRunId).toBeUndefined()
  })

  test('validation and atomicity are the run path’s: invalid input is a 400 with field errors and a log', async () => {
    const h = await createHarness()
    const invalid = await h.call<ErrorBody & { data: { errors: unknown[] } }>('POST', '/act', {
      body: { key: 'create-contact', connectionKey: 'hubspot', input: { email: 'x' } },
    })
    expect(invalid.status).toBe(400)
    expect(invalid.body.data.errors.length).toBeGreaterThan(0)
    expect(invalid.body.actionRunId).toEqual(expect.any(String))
    await h.call('POST', '/act', { body: { key: 'create-contact', connectionKey: 'hubspot', input: ada } })
    const duplicate = await h.call<ErrorBody>('POST', '/act', {
      body: { key: 'create-contact', connectionKey: 'hubspot', input: ada },
    })
    expect(duplicate.body.type).toBe('action_run')
    const log = await h.call<ActionRunLog>('GET', `/action-run-logs/${duplicate.body.actionRunId}`)
    expect(log.body).toMatchObject({ status: 'error', error: { type: 'action_run' }, input: ada })
  })
})

describe('GET /action-run-logs', () => {
  test('every run through either route is logged, newest first, with the documented fields', async () => {
    const h = await createHarness('customer-1')
    const viaRun = await h.call<{ actionRunId: string }>(
      'POST',
      '/connections/hubspot/actions/create-contact/run',
      {
        body: ada,
      },
    )
    expect(viaRun.body.actionRunId).toEqual(expect.any(String))
    await h.call('POST', '/act', { body: { key: 'create-contact', connectionKey: 'hubspot', input: ada } })
    const list = await h.call<ActionRunLogList>('GET', '/action-run-logs')
    expect(list.status).toBe(200)
    expect(list.body.items.map((log) => log.status)).toEqual(['error', 'success'])
    const [failed, first] = list.body.items as [ActionRunLog, ActionRunLog]
    expect(first.id).toBe(viaRun.body.actionRunId)
    for (const log of list.body.items) {
      expect(Object.keys(log).sort()).toEqual(
        expect.arrayContaining([
          'action',
          'completedAt',
          'connectionId',
          'createdAt',
          'duration',
          'id',
          'input',
          'integrationId',
          'name',
          'status',
          'userId',
        ]),
      )
      expect(log).toMatchObject({
        userId: 'customer-1',
        name: 'Create contact',
        action: { key: 'create-contact' },
      })
      expect(log.duration).toBeGreaterThanOrEqual(0)
    }
    expect(first.output).toMatchObject({ email: 'ada@example.com' })
    expect(failed.error).toMatchObject({ type: 'action_run', key: 'action_run', message: expect.any(String) })
    expect((await h.call('GET', `/action-run-logs/${first.id}`)).body).toEqual(first)
  })

  test('filters by connection, action, status and time, and pages with a cursor', async () => {
    const h = await createHarness()
    const contact = (await h.call<ActionInstance>('GET', '/connections/hubspot/actions/create-contact')).body
    for (const email of ['a@x.io', 'b@x.io', 'a@x.io']) {
      await h.call('POST', '/connections/hubspot/actions/create-contact/run', {
        body: { email, firstName: 'A' },
      })
    }
    await h.call('POST', '/connections/slack/actions/list-channels/run', { body: {} })
    const get = async (query: string) =>
      (await h.call<ActionRunLogList>('GET', `/action-run-logs?${query}`)).body
    expect((await get(`actionId=${contact.id}`)).items).toHaveLength(3)
    expect((await get(`connectionId=${contact.connectionId}`)).items).toHaveLength(3)
    expect((await get('status=error')).items).toHaveLength(1)
    expect((await get('status=success')).items).toHaveLength(3)
    expect((await get(`to=${encodeURIComponent('2000-01-01T00:00:00Z')}`)).items).toHaveLength(0)
    expect((await get(`from=${encodeURIComponent('2000-01-01T00:00:00Z')}`)).items).toHaveLength(4)
    const page1 = await get(`actionId=${contact.id}&limit=2`)
    expect(page1.items).toHaveLength(2)
    const page2 = await get(`actionId=${contact.id}&limit=2&cursor=${page1.cursor}`)
    expect(page2.items).toHaveLength(1)
    expect(page2.cursor).toBeUndefined()
    expect(new Set([...page1.items, ...page2.items].map((log) => log.id)).size).toBe(3)
    // A cursor of another list is a 400, as are bad filters.
    expect((await h.call('GET', `/action-run-logs?limit=2&cursor=${page1.cursor}`)).status).toBe(400)
    expect((await h.call('GET', '/action-run-logs?status=maybe')).status).toBe(400)
    expect((await h.call('GET', '/action-run-logs?from=yesterday')).status).toBe(400)
    expect((await h.call('GET', '/action-run-logs?limit=0')).status).toBe(400)
  })

  test('masks sensitive values in logged input and output', async () => {
    const h = await createHarness()
    await h.call('PATCH', '/connections/slack/actions/send-message', {
      body: {
        inputSchema: {
          type: 'object',
          properties: { channel: { type: 'string' }, text: { type: 'string', isSensitive: true } },
        },
      },
    })
    await h.call('POST', '/connections/slack/actions/send-message/run', {
      body: { channel: 'general', text: 'the secret' },
    })
    const [log] = (await h.call<ActionRunLogList>('GET', '/action-run-logs')).body.items
    expect(log?.input).toEqual({ channel: 'general', text: '********' })
    expect(JSON.stringify(log?.input)).not.toContain('the secret')
  })

  test(`keeps at most ${MAX_RUN_LOGS_PER_CUSTOMER} logs per customer by default, dropping the oldest`, async () => {
    const h = await createHarness('customer-1', { maxRunLogsPerCustomer: 3 })
    const ids: string[] = []
    for (let i = 0; i < 5; i += 1) {
      const run = await h.call<{ actionRunId: string }>(
        'POST',
        '/connections/hubspot/actions/list-contacts/run',
        {
          body: {},
        },
      )
      ids.push(run.body.actionRunId)
    }
    const list = await h.call<ActionRunLogList>('GET', '/action-run-logs')
    expect(list.body.items.map((log) => log.id)).toEqual(ids.slice(2).reverse())
    expect((await h.call('GET', `/action-run-logs/${ids[0]}`)).status).toBe(404)
  })

  test('another customer’s logs are invisible', async () => {
    const a = await createHarness('customer-a')
    const tokenB = await a.api.mintToken({ id: 'customer-b' })
    const run = await a.call<{ actionRunId: string }>(
      'POST',
      '/connections/hubspot/actions/list-contacts/run',
      {
        body: {},
      },
    )
    expect((await a.call('GET', `/action-run-logs/${run.body.actionRunId}`, { token: tokenB })).status).toBe(
      404,
    )
    expect((await a.call<ActionRunLogList>('GET', '/action-run-logs', { token: tokenB })).body.items).toEqual(
      [],
    )
  })
})

describe('GET /connections/{connection} and a defunct connection', () => {
  test('a connection is connected until a defunct fault, then runs fail with type connection until reconnect', async () => {
    const h = await createHarness()
    const healthy = await h.call<Connection>('GET', '/connections/hubspot')
    expect(healthy.status).toBe(200)
    expect(healthy.body).toMatchObject({ key: 'hubspot', name: 'HubSpot', connected: true, isDefunct: false })
    expect(healthy.body.clientAction).toBeUndefined()

    h.api.injectFault({ kind: 'defunct', connection: 'hubspot', uiUrl: 'https://connect.example/hubspot' })
    const defunct = await h.call<Connection>('GET', `/connections/${healthy.body.id}`)
    expect(defunct.body).toMatchObject({
      connected: false,
      isDefunct: true,
      errors: [{ type: 'connection', key: 'access_token_expired' }],
      clientAction: { type: 'connect', uiUrl: 'https://connect.example/hubspot' },
    })
    for (const [path, body] of [
      ['/connections/hubspot/actions/create-contact/run', ada],
      ['/act', { key: 'create-contact', connectionKey: 'hubspot', input: ada }],
    ] as const) {
      const failed = await h.call<ErrorBody>('POST', path, { body })
      expect(failed.status).toBe(400)
      expect(failed.body).toMatchObject({
        type: 'connection',
        key: 'access_token_expired',
        data: { connectionId: healthy.body.id },
        actionRunId: expect.any(String),
      })
    }
    // Other connections still work; nothing reached the app.
    expect((await h.call('POST', '/connections/slack/actions/list-channels/run', { body: {} })).status).toBe(
      201,
    )
    expect(h.api.reconnect('hubspot')).toBe(true)
    expect(h.api.reconnect('hubspot')).toBe(false)
    expect((await h.call<Connection>('GET', '/connections/hubspot')).body.isDefunct).toBe(false)
    expect(
      (await h.call('POST', '/connections/hubspot/actions/create-contact/run', { body: ada })).status,
    ).toBe(201)
  })

  test('a fault for one customer, and a reconnect of one customer, touch only that customer', async () => {
    const a = await createHarness('customer-a')
    const tokenB = await a.api.mintToken({ id: 'customer-b' })
    a.api.injectFault({ kind: 'defunct', connection: 'hubspot' })
    expect(a.api.reconnect('hubspot', { customerId: 'customer-b' })).toBe(true)
    expect((await a.call<Connection>('GET', '/connections/hubspot')).body.isDefunct).toBe(true)
    expect((await a.call<Connection>('GET', '/connections/hubspot', { token: tokenB })).body.isDefunct).toBe(
      false,
    )
    a.api.reconnect('hubspot')
    a.api.injectFault({ kind: 'defunct', connection: 'hubspot', customerId: 'customer-b', key: 'revoked' })
    expect((await a.call<Connection>('GET', '/connections/hubspot')).body.isDefunct).toBe(false)
    const b = await a.call<Connection>('GET', '/connections/hubspot', { token: tokenB })
    expect(b.body.errors?.[0]?.key).toBe('revoked')
  })

  test('unknown connections are 404, and the new routes need a token and the right method', async () => {
    const h = await createHarness()
    expect((await h.call('GET', '/connections/nope')).status).toBe(404)
    expect((await h.call('GET', '/action-run-logs/nope')).status).toBe(404)
    expect((await h.call('GET', '/act')).status).toBe(405)
    expect((await h.call('POST', '/action-run-logs', { body: {} })).status).toBe(405)
    expect((await h.call('GET', '/action-run-logs', { token: null })).status).toBe(401)
    expect((await h.call('GET', '/connections/hubspot', { token: null })).status).toBe(401)
    expect((await h.call('POST', '/act', { token: null, body: {} })).status).toBe(401)
  })
})
