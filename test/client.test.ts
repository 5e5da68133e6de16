import { ActionsApiError, createActionsClient, DEFAULT_API_URI } from 'react-action-instances'
import { createReferenceApi } from 'react-action-instances/testing'
import { createDataHarness, DATA_API_URI } from './support/dataWrapper'

describe('createActionsClient', () => {
  it('defaults apiUri to the platform', () => {
    expect(createActionsClient({ token: 't' }).apiUri).toBe(DEFAULT_API_URI)
    expect(DEFAULT_API_URI).toBe('https://api.integration.app')
  })

  it('lists, reads, customizes, resets, runs and archives through the fluent surface', async () => {
    const { api, client } = await createDataHarness()
    const hubspot = client.connection('hubspot')
    const page = await hubspot.actions.list({ limit: 2 })
    expect(page.items).toHaveLength(2)
    expect(page.cursor).toEqual(expect.any(String))

    const contact = hubspot.action('create-contact')
    const instance = await contact.get()
    expect(instance.key).toBe('create-contact')
    const patched = await contact.patch({ config: { defaultInput: { lastName: 'Lovelace' } } })
    expect(patched.isCustomized).toBe(true)
    const { output } = await contact.run<{ email: string; firstName: string }, { lastName: string }>({
      email: 'ada@example.com',
      firstName: 'Ada',
    })
    expect(output.lastName).toBe('Lovelace')
    expect((await contact.setup()).key).toBe('create-contact')
    expect((await contact.reset()).isCustomized).toBe(false)
    await expect(contact.archive()).resolves.toBeUndefined()
    expect(api.requests.map((r) => r.operation)).toEqual([
      'list',
      'get',
      'patch',
      'run',
      'setup',
      'reset',
      'archive',
    ])
  })

  it('encodes path segments and sends query params only for list and instanceKey', async () => {
    const { api, client } = await createDataHarness()
    await client
      .connection('hub/spot?x')
      .actions.list({ search: 'a b' })
      .catch(() => {})
    await client
      .connection('hubspot')
      .action('create-contact', { instanceKey: 'k 1' })
      .get()
      .catch(() => {})
    const [list, get] = api.requests
    expect(list?.path).toBe('/connections/hub%2Fspot%3Fx/actions')
    expect(list?.search).toBe('?search=a+b')
    expect(get?.path).toBe('/connections/hubspot/actions/create-contact')
    expect(get?.search).toBe('?instanceKey=k+1')
  })

  describe('errors', () => {
    it('turns an HTML 502 into a readable invalid_response', async () => {
      const { api, client } = await createDataHarness()
      api.injectFault({ kind: 'html' })
      const listing = client.connection('hubspot').actions.list()
      await expect(listing).rejects.toBeInstanceOf(ActionsApiError)
      await expect(listing).rejects.toMatchObject({
        status: 502,
        type: 'invalid_response',
        message: 'The server answered 502 with a non-JSON body',
      })
    })

    it('turns a truncated or empty 200 into invalid_response', async () => {
      const { api, client } = await createDataHarness()
      api.injectFault({ kind: 'malformed' })
      await expect(client.connection('hubspot').actions.list()).rejects.toMatchObject({
        status: 200,
        type: 'invalid_response',
        message: 'The server answered 200 with a non-JSON body',
      })
      api.injectFault({ kind: 'empty' })
      await expect(client.connection('hubspot').action('create-contact').get()).rejects.toMatchObject({
        type: 'invalid_response',
        message: 'The server answered 200 with an empty body',
      })
    })

    it('turns a failed fetch into network_error', async () => {
      const { api, client } = await createDataHarness()
      api.injectFault({ kind: 'network' })
      await expect(client.connection('hubspot').actions.list()).rejects.toMatchObject({
        status: 0,
        type: 'network_error',
        message: 'The server could not be reached (Failed to fetch)',
      })
    })

    it('turns a slow answer into timeout and aborts it on the wire', async () => {
      const { api, client } = await createDataHarness({ client: { timeoutMs: 30 } })
      api.injectFault({ kind: 'latency', ms: 500 })
      await expect(client.connection('hubspot').actions.list()).rejects.toMatchObject({
        status: 0,
        type: 'timeout',
        message: 'The server did not answer within 30 ms',
      })
      // The server sees the abort when it next looks (after its token check, or in its latency wait).
      await vi.waitFor(() => expect(api.requests[0]?.aborted).toBe(true))
    })

    it("passes the caller's abort to fetch and rejects with aborted", async () => {
      const { api, client } = await createDataHarness()
      api.injectFault({ kind: 'latency', ms: 500 })
      const controller = new AbortController()
      const pending = client.connection('hubspot').actions.list({}, { signal: controller.signal })
      setTimeout(() => controller.abort(), 20)
      await expect(pending).rejects.toMatchObject({ status: 0, type: 'aborted' })
      await vi.waitFor(() => expect(api.requests[0]?.aborted).toBe(true))
      await expect(
        client.connection('hubspot').actions.list({}, { signal: controller.signal }),
      ).rejects.toMatchObject({ type: 'aborted' })
      expect(api.requests).toHaveLength(1)
    })

    it('reads Retry-After of a 429 into retryAfterMs', async () => {
      const { api, client } = await createDataHarness()
      api.injectFault({ kind: 'rate-limit', retryAfter: 2 })
      await expect(client.connection('hubspot').actions.list()).rejects.toMatchObject({
        status: 429,
        type: 'rate_limit_exceeded',
        retryAfterMs: 2000,
      })
    })

    it('keeps the API error type, key, data and field errors', async () => {
      const { client } = await createDataHarness()
      const error = await client
        .connection('hubspot')
        .action('create-contact')
        .run({ firstName: 'Ada' })
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ActionsApiError)
      const apiError = error as ActionsApiError
      expect(apiError.status).toBe(400)
      expect(apiError.type).toBe('bad_request')
      expect(apiError.fieldErrors.map((f) => f.path)).toContain('/email')
      const missing = await client
        .connection('nowhere')
        .actions.list()
        .catch((e: unknown) => e)
      expect(missing).toMatchObject({ status: 404, type: 'not_found' })
      expect((missing as ActionsApiError).fieldErrors).toEqual([])
    })
  })

  it('never puts the token in a URL or in any error', async () => {
    const api = createReferenceApi()
    const token = await api.mintToken({ id: 'customer-1' })
    const client = createActionsClient({ apiUri: DATA_API_URI, token, fetch: api.fetch, timeoutMs: 30 })
    const errors: unknown[] = []
    const attempt = (p: Promise<unknown>) => p.catch((e: unknown) => errors.push(e))
    const faults = [
      { kind: 'html' },
      { kind: 'network' },
      { kind: 'rate-limit', retryAfter: 1 },
      { kind: 'malformed' },
      { kind: 'status', status: 500 },
      { kind: 'latency', ms: 300 },
    ] as const
    for (const fault of faults) {
      api.injectFault(fault)
      await attempt(client.connection('hubspot').actions.list({ search: 'x' }))
    }
    await attempt(client.connection('hubspot').action('create-contact').run({}))
    const expired = createActionsClient({
      apiUri: DATA_API_URI,
      token: await api.mintToken({ expiresIn: -60 }),
      fetch: api.fetch,
    })
    await attempt(expired.connection('hubspot').actions.list())
    expect(errors).toHaveLength(faults.length + 2)
    for (const error of errors) {
      expect(error).toBeInstanceOf(ActionsApiError)
      expect(JSON.stringify({ ...(error as object), message: (error as Error).message })).not.toContain(token)
      expect(String((error as Error).stack)).not.toContain(token)
    }
    for (const request of api.requests) expect(request.path + request.search).not.toContain(token)
  })
})
