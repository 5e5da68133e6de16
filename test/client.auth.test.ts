import { ActionsApiError, createActionsClient } from 'react-action-instances'
import { createReferenceApi } from 'react-action-instances/testing'
import type { ReferenceApi } from 'react-action-instances/testing'
import { DATA_API_URI } from './support/dataWrapper'

function foreignToken(): Promise<string> {
  return createReferenceApi({ workspaceSecret: 'another-workspace-secret-of-32-chars!' }).mintToken()
}

/** A reference API and a client on it whose `fetchToken` calls are counted; `token` is the first token. */
async function setup(
  fetchToken: (api: ReferenceApi) => Promise<string>,
  token?: (api: ReferenceApi) => Promise<string> | string,
) {
  const api = createReferenceApi()
  const calls = { count: 0 }
  const client = createActionsClient({
    apiUri: DATA_API_URI,
    fetch: api.fetch,
    token: token === undefined ? undefined : await token(api),
    fetchToken: () => {
      calls.count += 1
      return fetchToken(api)
    },
  })
  return { api, client, calls }
}

describe('createActionsClient tokens', () => {
  it('shares one fetchToken call among 20 concurrent requests without a token', async () => {
    const { api, client, calls } = await setup((api) => api.mintToken())
    const pages = await Promise.all(
      Array.from({ length: 20 }, () => client.connection('hubspot').actions.list()),
    )
    expect(pages).toHaveLength(20)
    expect(calls.count).toBe(1)
    expect(api.countRequests({ operation: 'list' })).toBe(20)
  })

  it('refreshes an hour-long token with 10 s left before sending, once for 20 requests', async () => {
    const now = Math.floor(Date.now() / 1000)
    const { api, client, calls } = await setup(
      (api) => api.mintToken({ expiresIn: 3600 }),
      (api) => api.mintToken({ issuedAt: now - 3590, expiresIn: 3600 }),
    )
    await Promise.all(Array.from({ length: 20 }, () => client.connection('hubspot').actions.list()))
    expect(calls.count).toBe(1)
    expect(api.requests.every((r) => r.status === 200)).toBe(true)
  })

  it('keeps a token without a readable exp until a 401', async () => {
    const { api, client, calls } = await setup(async () => 'not-a-jwt')
    await expect(client.connection('hubspot').actions.list()).rejects.toMatchObject({ status: 401 })
    expect(calls.count).toBe(2)
    expect(api.requests).toHaveLength(2)
  })

  it('fetches a new token once after a 401 and replays the request', async () => {
    // First a token signed with another workspace's secret: its exp is fine, so only the API can reject it.
    const foreign = await foreignToken()
    const { api, client, calls } = await setup((api) =>
      calls.count === 1 ? Promise.resolve(foreign) : api.mintToken({ expiresIn: 3600 }),
    )
    const page = await client.connection('hubspot').actions.list()
    expect(page.items.length).toBeGreaterThan(0)
    expect(calls.count).toBe(2)
    expect(api.requests.map((r) => r.status)).toEqual([401, 200])
  })

  it('refreshes an expired-by-the-server token once for 20 concurrent 401s', async () => {
    const { api, client, calls } = await setup(
      (api) => api.mintToken(),
      () => 'opaque-rejected-token',
    )
    await Promise.all(Array.from({ length: 20 }, () => client.connection('hubspot').actions.list()))
    expect(calls.count).toBe(1)
    expect(api.countRequests()).toBe(40)
    expect(api.requests.filter((r) => r.status === 401)).toHaveLength(20)
  })

  it('gives up after a second 401: exactly 2 requests', async () => {
    const bad = await foreignToken()
    const { api, client, calls } = await setup(async () => bad)
    const listing = client.connection('hubspot').actions.list()
    await expect(listing).rejects.toBeInstanceOf(ActionsApiError)
    await expect(listing).rejects.toMatchObject({ status: 401 })
    expect(api.requests).toHaveLength(2)
    expect(calls.count).toBe(2)
  })

  it('throws the 401 of a static token without refreshing', async () => {
    const api = createReferenceApi()
    const client = createActionsClient({
      apiUri: DATA_API_URI,
      fetch: api.fetch,
      token: await api.mintToken({ expiresIn: -60 }),
    })
    await expect(client.connection('hubspot').actions.list()).rejects.toMatchObject({
      status: 401,
      type: 'not_authenticated',
    })
    expect(api.requests).toHaveLength(1)
  })

  it('turns a rejecting fetchToken into a readable token_error with the cause attached', async () => {
    const cause = new Error('session expired')
    const { api, client } = await setup(() => Promise.reject(cause))
    const listing = client.connection('hubspot').actions.list()
    await expect(listing).rejects.toBeInstanceOf(ActionsApiError)
    await expect(listing).rejects.toMatchObject({
      status: 0,
      type: 'token_error',
      message: 'Could not get a customer token from fetchToken: session expired',
      cause,
    })
    expect(api.requests).toHaveLength(0)
  })

  it('asks fetchToken again after a rejection', async () => {
    let fail = true
    const { client, calls } = await setup(async () => {
      if (fail) throw new Error('offline')
      return createReferenceApi().mintToken()
    })
    await expect(client.connection('hubspot').actions.list()).rejects.toMatchObject({ type: 'token_error' })
    fail = false
    await expect(client.connection('hubspot').actions.list()).resolves.toHaveProperty('items')
    expect(calls.count).toBe(2)
  })

  describe('short-lived tokens and clock skew', () => {
    afterEach(() => {
      vi.useRealTimers()
    })

    /** A client whose server accepts any token, and the times (by this machine's clock) fetchToken ran. */
    function acceptingClient(mint: () => Promise<string>) {
      const fetched: number[] = []
      const sent: string[] = []
      const client = createActionsClient({
        apiUri: DATA_API_URI,
        fetchToken: () => {
          fetched.push(Date.now())
          return mint()
        },
        fetch: async (_input, init) => {
          sent.push(new Headers(init?.headers).get('Authorization') ?? '')
          return Response.json({ items: [] })
        },
      })
      const list = () => client.connection('hubspot').actions.list()
      return { fetched, sent, list }
    }

    const start = Date.UTC(2026, 10, 28, 12, 0, 0)
    const at = (seconds: number) => vi.setSystemTime(start + seconds * 1000)

    it('reuses a 30 s token for three quarters of its lifetime, then fetches one new token', async () => {
      vi.useFakeTimers({ toFake: ['Date'], now: start })
      const api = createReferenceApi()
      const { fetched, list } = acceptingClient(() => api.mintToken({ expiresIn: 30 }))
      for (const second of [0, 5, 10, 15, 20, 22]) {
        at(second)
        await list()
      }
      expect(fetched).toEqual([start])
      at(23)
      await list()
      await list()
      expect(fetched).toEqual([start, start + 23_000])
    })

    it('reuses a 4 s token for 3 s', async () => {
      vi.useFakeTimers({ toFake: ['Date'], now: start })
      const api = createReferenceApi()
      const { fetched, list } = acceptingClient(() => api.mintToken({ expiresIn: 4 }))
      at(0)
      await list()
      at(2.9)
      await list()
      expect(fetched).toHaveLength(1)
      at(3)
      await list()
      expect(fetched).toHaveLength(2)
    })

    it.each([
      ['10 minutes behind', -600],
      ['10 minutes ahead', 600],
      ['2 hours behind', -7200],
    ])('counts the lifetime from arrival when the server clock is %s', async (_name, skew) => {
      vi.useFakeTimers({ toFake: ['Date'], now: start })
      const api = createReferenceApi()
      const { fetched, sent, list } = acceptingClient(() =>
        api.mintToken({ issuedAt: Math.floor(Date.now() / 1000) + skew, expiresIn: 60 }),
      )
      for (const second of [0, 10, 20, 30, 44]) {
        at(second)
        await list()
      }
      expect(fetched).toEqual([start])
      expect(new Set(sent).size).toBe(1)
      at(45)
      await list()
      expect(fetched).toEqual([start, start + 45_000])
    })

    it('keeps a just-fetched token without iat that looks expired by this clock until the API rejects it', async () => {
      vi.useFakeTimers({ toFake: ['Date'], now: start })
      // Signed by a server whose clock is 3 minutes behind, with a 60 s lifetime and no iat.
      const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
      const mint = async () =>
        `${part({ alg: 'HS256' })}.${part({ id: 'customer-1', exp: Math.floor(Date.now() / 1000) - 120 })}.sig`
      const { fetched, list } = acceptingClient(mint)
      for (const second of [0, 1, 2, 3]) {
        at(second)
        await list()
      }
      expect(fetched).toHaveLength(1)
    })
  })
})
