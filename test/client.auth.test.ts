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

  it('refreshes a token that expires within 30 s before sending, once for 20 requests', async () => {
    const { api, client, calls } = await setup(
      (api) => api.mintToken({ expiresIn: 3600 }),
      (api) => api.mintToken({ expiresIn: 10 }),
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
    const error = await client
      .connection('hubspot')
      .actions.list()
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ActionsApiError)
    expect(error).toMatchObject({ status: 401 })
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
    const error = await client
      .connection('hubspot')
      .actions.list()
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ActionsApiError)
    expect(error).toMatchObject({
      status: 0,
      type: 'token_error',
      message: 'Could not get a customer token from fetchToken: session expired',
    })
    expect((error as Error).cause).toBe(cause)
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
})
