import { SignJWT } from 'jose'
import type { ActionInstance } from 'react-action-instances'
import { DEFAULT_WORKSPACE_KEY, mintCustomerToken } from 'react-action-instances/testing'
import { createHarness } from './fixtures/referenceApiHarness'

const path = '/connections/hubspot/actions/create-contact'
const secret = new TextEncoder().encode('custom-secret')

function base64url(value: object): string {
  return btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

async function sign(
  claims: Record<string, unknown>,
  options: { alg?: string; iss?: string; exp?: number | null } = {},
) {
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: options.alg ?? 'HS256' })
    .setIssuer(options.iss ?? 'ws')
  if (options.exp !== null) jwt.setExpirationTime(options.exp ?? Math.floor(Date.now() / 1000) + 60)
  return jwt.sign(new Uint8Array(secret))
}

describe('reference API authentication', () => {
  test('refuses a token once it expires, even after it was accepted before', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      const { call, api } = await createHarness('c1')
      const token = await api.mintToken({ id: 'c1', expiresIn: 60 })
      expect((await call('GET', path, { token })).status).toBe(200)
      vi.setSystemTime(Date.now() + 61_000)
      const later = await call<{ type: string }>('GET', path, { token })
      expect(later.status).toBe(401)
      expect(later.body.type).toBe('not_authenticated')
    } finally {
      vi.useRealTimers()
    }
  })

  test('accepts HS256 and HS512 tokens signed with the workspace secret', async () => {
    const { call, api } = await createHarness('c1', { workspaceKey: 'ws', workspaceSecret: 'custom-secret' })
    for (const alg of ['HS256', 'HS512'] as const) {
      const token = await api.mintToken({ id: 'c1', alg })
      expect((await call('GET', path, { token })).status).toBe(200)
    }
    const standalone = await mintCustomerToken({
      secret: 'custom-secret',
      workspaceKey: 'ws',
      id: 'c1',
      name: 'C',
    })
    expect((await call<ActionInstance>('GET', path, { token: standalone })).body.userId).toBe('c1')
  })

  test('refuses every bad token with 401 not_authenticated, never echoing it', async () => {
    const { call } = await createHarness('c1', { workspaceKey: 'ws', workspaceSecret: 'custom-secret' })
    const now = Math.floor(Date.now() / 1000)
    const forged = await mintCustomerToken({ secret: 'wrong-secret', workspaceKey: 'ws', id: 'c1' })
    const cases: Record<string, string> = {
      malformed: 'not-a-jwt',
      forged,
      expired: await mintCustomerToken({
        secret: 'custom-secret',
        workspaceKey: 'ws',
        id: 'c1',
        expiresIn: -10,
      }),
      wrongIssuer: await mintCustomerToken({
        secret: 'custom-secret',
        workspaceKey: DEFAULT_WORKSPACE_KEY,
        id: 'c1',
      }),
      noId: await sign({ name: 'x' }),
      emptyId: await sign({ id: '' }),
      noExp: await sign({ id: 'c1' }, { exp: null }),
      hs384: await sign({ id: 'c1' }, { alg: 'HS384' }),
      algNone: `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ id: 'c1', iss: 'ws', exp: now + 60 })}.`,
    }
    for (const [name, token] of Object.entries(cases)) {
      const { status, body } = await call('GET', path, { token })
      expect({ name, status, type: body.type }).toEqual({ name, status: 401, type: 'not_authenticated' })
      expect(JSON.stringify(body)).not.toContain(token)
      expect(body.message).toEqual(expect.any(String))
    }
    const missing = await call('GET', path, { token: null })
    expect(missing.status).toBe(401)
    expect((await call('GET', path, { token: null, headers: { authorization: 'Basic abc' } })).status).toBe(
      401,
    )
  })

  test('a token in the query string is not accepted', async () => {
    const { call, token } = await createHarness()
    for (const name of ['token', 'access_token']) {
      const { status, body } = await call('GET', `${path}?${name}=${token}`, { token: null })
      expect(status).toBe(401)
      expect(body.message).toMatch(/Authorization header/)
      expect(JSON.stringify(body)).not.toContain(token)
    }
  })
})

describe('reference API tenant isolation', () => {
  test('a customer never reaches another customer’s instances, connections or data', async () => {
    const alice = await createHarness('alice')
    const bob = await alice.api.mintToken({ id: 'bob' })
    const own = (await alice.call<ActionInstance>('GET', path)).body
    await alice.call('POST', '/connections/hubspot/actions/create-contact/run', {
      body: { email: 'a@x.io', firstName: 'A' },
    })
    const byId = `/connections/hubspot/actions/${own.id}`
    const byConnection = `/connections/${own.connectionId}/actions`
    const attempts: [string, string, unknown?][] = [
      ['GET', byId],
      ['PATCH', byId, { config: {} }],
      ['POST', `${byId}/setup`],
      ['POST', `${byId}/reset`],
      ['POST', `${byId}/run`, { email: 'b@x.io', firstName: 'B' }],
      ['DELETE', byId],
      ['GET', byConnection],
      ['GET', `${byConnection}/create-contact`],
    ]
    for (const [method, target, body] of attempts) {
      const result = await alice.call(method, target, { token: bob, ...(body === undefined ? {} : { body }) })
      expect({ method, target, status: result.status, type: result.body.type }).toEqual({
        method,
        target,
        status: 404,
        type: 'not_found',
      })
    }
    const bobsOwn = (await alice.call<ActionInstance>('GET', path, { token: bob })).body
    expect(bobsOwn.id).not.toBe(own.id)
    expect(bobsOwn.userId).toBe('bob')
    const bobsContacts = await alice.call<{ output: { items: unknown[] } }>(
      'POST',
      '/connections/hubspot/actions/list-contacts/run',
      {
        token: bob,
        body: {},
      },
    )
    expect(bobsContacts.body.output.items).toEqual([])
    expect((await alice.call<ActionInstance>('GET', path)).body).toEqual(own)
  })
})
