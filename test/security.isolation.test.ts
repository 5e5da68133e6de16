// @vitest-environment node
import type { ActionInstance } from 'react-action-instances'
import type { InstanceOperationName } from 'react-action-instances/testing'
import {
  callApi,
  hostileTokens,
  listOf,
  OPERATIONS,
  operationRequest,
  twoCustomers,
} from './support/reliabilityApi'

const mutating: InstanceOperationName[] = ['patch', 'setup', 'reset', 'run', 'archive']

describe('tenant isolation in the reference API', () => {
  async function fixture() {
    const { api, tokenA, tokenB } = await twoCustomers()
    const itemsB = await listOf(api, tokenB, 'hubspot')
    await listOf(api, tokenA, 'hubspot')
    const contactB = itemsB.find((item) => item.key === 'create-contact') as ActionInstance
    const snapshotB = JSON.stringify(itemsB)
    return { api, tokenA, tokenB, contactB, snapshotB }
  }

  // Each operation by A against B's data, addressed three ways: B's connection id with the action key, A's
  // own connection with B's instance id, and B's connection id with B's instance id.
  const addressings = [
    ['B connection id + action key', (b: ActionInstance) => [b.connectionId, 'create-contact']],
    ['A connection + B instance id', (b: ActionInstance) => ['hubspot', b.id]],
    ['B connection id + B instance id', (b: ActionInstance) => [b.connectionId, b.id]],
    ['B integration id + B instance id', (b: ActionInstance) => [b.integrationId, b.id]],
  ] as const

  const cases = OPERATIONS.flatMap((operation) =>
    addressings
      .filter(([name]) => operation !== 'list' || name.endsWith('action key'))
      .map(([name, address]) => ({ operation, name, address })),
  )

  it.each(cases)('A cannot $operation B’s instance ($name): 404 and B is untouched', async (row) => {
    const { api, tokenA, tokenB, contactB, snapshotB } = await fixture()
    const [connection, action] = row.address(contactB)
    // The integration id is shared by every customer, so A reaching "their own" hubspot is correct there.
    const ownConnection = connection === contactB.integrationId || connection === 'hubspot'
    const request = operationRequest(row.operation, connection as string, action as string)
    const result = await callApi<{ type: string; items?: ActionInstance[] }>(
      api,
      request.method,
      request.path,
      {
        token: tokenA,
        body: request.body,
      },
    )
    if (row.operation === 'list' && ownConnection) {
      expect(result.status).toBe(200)
      expect(result.body.items?.every((item) => item.userId === 'customer-a')).toBe(true)
    } else {
      expect(result.status).toBe(404)
      expect(result.body.type).toBe('not_found')
    }
    // A 404 may echo the segment A sent, never B's data.
    expect(result.text).not.toContain('"userId":"customer-b"')
    expect(JSON.stringify(await listOf(api, tokenB, 'hubspot'))).toBe(snapshotB)
  })

  it('a customer’s writes never show up for another customer', async () => {
    const { api, tokenA, tokenB } = await twoCustomers()
    for (const operation of mutating) {
      const request = operationRequest(operation, 'hubspot', 'create-contact')
      const result = await callApi(api, request.method, request.path, { token: tokenA, body: request.body })
      expect(result.status).toBeLessThan(300)
    }
    const itemsB = await listOf(api, tokenB, 'hubspot')
    expect(itemsB.every((item) => item.userId === 'customer-b' && !item.isCustomized)).toBe(true)
    expect(itemsB.some((item) => item.key === 'create-contact')).toBe(true)
    const run = await callApi<{ output: { items: Array<{ email: string }> } }>(
      api,
      'POST',
      '/connections/hubspot/actions/list-contacts/run',
      { token: tokenB, body: {} },
    )
    expect(run.status).toBe(201)
    expect(run.body.output.items.map((item) => item.email)).not.toContain('mallory@example.com')
  })
})

describe('token checks in the reference API', () => {
  const tokenCases = [
    'forged signature',
    'tampered payload',
    'alg none',
    'expired',
    'wrong issuer',
    'no id',
    'empty id',
  ].flatMap((kind) => OPERATIONS.map((operation) => ({ kind, operation })))

  it.each(tokenCases)('refuses a token with $kind on $operation: 401, token not echoed', async (row) => {
    const { api, tokenB } = await twoCustomers()
    const snapshot = JSON.stringify(await listOf(api, tokenB, 'hubspot'))
    const token = (await hostileTokens())[row.kind] as string
    const request = operationRequest(row.operation, 'hubspot', 'create-contact')
    const result = await callApi<{ type: string }>(api, request.method, request.path, {
      token,
      body: request.body,
    })
    expect(result.status).toBe(401)
    expect(result.body.type).toBe('not_authenticated')
    expect(result.text).not.toContain(token)
    expect(JSON.stringify(await listOf(api, tokenB, 'hubspot'))).toBe(snapshot)
  })

  it.each(OPERATIONS)('refuses a token in the query string on %s (401, not echoed)', async (operation) => {
    const { api, tokenA } = await twoCustomers()
    const request = operationRequest(operation, 'hubspot', 'create-contact')
    for (const name of ['token', 'access_token']) {
      const result = await callApi<{ type: string; message: string }>(
        api,
        request.method,
        `${request.path}?${name}=${tokenA}`,
        { body: request.body },
      )
      expect(result.status).toBe(401)
      expect(result.body.message).toMatch(/not accepted in the URL/)
      expect(result.text).not.toContain(tokenA)
    }
  })
})

describe('hostile path segments', () => {
  const long = 'k'.repeat(10_000)
  const paths = [
    '/connections/hubspot/actions/..',
    '/connections/hubspot/actions/%2E%2E/create-contact',
    '/connections/hubspot/actions/..%2Fcreate-contact',
    '/connections/hubspot/actions/create-contact%2F..%2F..%2Fslack',
    '/connections/hubspot%2F..%2Fslack/actions',
    '/connections/..%2F..%2Fcustomer-b/actions',
    '/connections/hubspot/actions/%2Fcreate-contact',
    '/connections/hubspot/actions/create-contact%00',
    '/connections/hubspot/actions/%E0%A4%A',
    '/connections/hubspot/actions/%C3%28',
    '/connections/hubspot/actions/cr%C3%A9ate-contact',
    '/connections/h%C3%BCbspot/actions',
    '/connections/hubspot/actions/%F0%9F%92%A3',
    '/connections/hubspot/actions/%E2%80%AEtcatnoc-etaerc',
    `/connections/hubspot/actions/${long}`,
    `/connections/${long}/actions`,
    `/connections/hubspot/actions/${long}/run`,
    '/connections/hubspot/actions/__proto__',
    '/connections/__proto__/actions',
    '/connections/constructor/actions/prototype',
    '/connections/hubspot/actions/create-contact/run/..',
    '//connections//hubspot//actions',
  ]
  const cases = paths.flatMap((path) =>
    (['GET', 'PATCH', 'POST', 'DELETE'] as const).map((method) => ({
      method,
      path,
      label: path.slice(0, 70),
    })),
  )

  it.each(cases)(
    '$method $label answers 4xx or the caller’s own data, never 500',
    async ({ method, path }) => {
      const { api, tokenA, tokenB } = await twoCustomers()
      const snapshotB = JSON.stringify(await listOf(api, tokenB, 'hubspot'))
      const body = method === 'GET' ? undefined : {}
      const result = await callApi<{ userId?: string; items?: ActionInstance[] }>(api, method, path, {
        token: tokenA,
        body,
      })
      expect(result.status).not.toBeGreaterThanOrEqual(500)
      expect([200, 201, 400, 404, 405]).toContain(result.status)
      expect(result.text).not.toContain('"userId":"customer-b"')
      if (result.status === 200 && result.body.userId !== undefined)
        expect(result.body.userId).toBe('customer-a')
      if (result.body.items)
        expect(result.body.items.every((item) => item.userId === 'customer-a')).toBe(true)
      expect(result.text.length).toBeLessThan(40_000)
      expect(JSON.stringify(await listOf(api, tokenB, 'hubspot'))).toBe(snapshotB)
    },
  )
})
