import { createHarness } from './fixtures/referenceApiHarness'
import { BASE } from './fixtures/referenceApiHarness'

const list = '/connections/hubspot/actions'
const get = `${list}/create-contact`

describe('reference API fault injection', () => {
  test('status, html, rate-limit, malformed and empty faults shape the next response', async () => {
    const { api, call, token } = await createHarness()
    api.injectFault({ kind: 'status', status: 503 })
    expect(await call('GET', get)).toMatchObject({ status: 503, body: { type: 'service_unavailable' } })
    api.injectFault({ kind: 'status', status: 500, body: { custom: true } })
    expect(await call('GET', get)).toMatchObject({ status: 500, body: { custom: true } })
    api.injectFault({ kind: 'rate-limit', retryAfter: 7 })
    const limited = await call('GET', get)
    expect(limited).toMatchObject({ status: 429, body: { type: 'rate_limit_exceeded' } })
    expect(limited.headers.get('retry-after')).toBe('7')
    const raw = (path: string) =>
      api.fetch(`${BASE}${path}`, { headers: { authorization: `Bearer ${token}` } })
    api.injectFault({ kind: 'html' })
    const html = await raw(get)
    expect(html.status).toBe(502)
    expect(html.headers.get('content-type')).toBe('text/html')
    expect(await html.text()).toMatch(/<html>/)
    api.injectFault({ kind: 'malformed' })
    const malformed = await raw(get)
    expect(malformed.status).toBe(200)
    await expect(malformed.json()).rejects.toThrow()
    api.injectFault({ kind: 'empty' })
    expect(await (await raw(get)).text()).toBe('')
    expect((await call('GET', get)).status).toBe(200)
  })

  test('network faults make fetch reject with TypeError, while handle answers 500', async () => {
    const { api, call, token } = await createHarness()
    api.injectFault({ kind: 'network', times: 2 })
    await expect(call('GET', get)).rejects.toThrow(new TypeError('Failed to fetch'))
    const request = new Request(`${BASE}${get}`, { headers: { authorization: `Bearer ${token}` } })
    expect((await api.handle(request)).status).toBe(500)
    expect((await call('GET', get)).status).toBe(200)
  })

  test('times, operation and order decide which calls a fault hits; clearFaults drops them', async () => {
    const { api, call } = await createHarness()
    api.injectFault({ kind: 'status', status: 500, operation: 'run', times: 2 })
    api.injectFault({ kind: 'status', status: 502 })
    api.injectFault({ kind: 'status', status: 503 })
    expect((await call('GET', get)).status).toBe(502)
    expect((await call('POST', `${get}/run`, { body: {} })).status).toBe(500)
    expect((await call('POST', `${get}/run`, { body: {} })).status).toBe(500)
    expect((await call('POST', `${get}/run`, { body: {} })).status).toBe(503)
    expect((await call('GET', get)).status).toBe(200)
    api.injectFault({ kind: 'status', status: 500, times: 5 })
    api.clearFaults()
    expect((await call('GET', get)).status).toBe(200)
  })

  test('latency delays responses, and an abort while waiting rejects with AbortError and is recorded', async () => {
    const { api, token } = await createHarness()
    const init = { headers: { authorization: `Bearer ${token}` } }
    api.injectFault({ kind: 'latency', ms: 60, operation: 'get' })
    const started = Date.now()
    expect((await api.fetch(`${BASE}${get}`, init)).status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(55)
    api.setLatency(1000)
    const controller = new AbortController()
    const pending = api.fetch(`${BASE}${list}`, { ...init, signal: controller.signal })
    setTimeout(() => controller.abort(), 10)
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
    const last = api.requests[api.requests.length - 1]
    expect(last).toMatchObject({ operation: 'list', aborted: true, customerId: 'customer-1' })
    expect(last?.status).toBeUndefined()
    api.setLatency(0)
    const aborted = new AbortController()
    aborted.abort()
    await expect(api.fetch(`${BASE}${list}`, { ...init, signal: aborted.signal })).rejects.toMatchObject({
      name: 'AbortError',
    })
  })

  test('requests are recorded in order and can be counted and cleared', async () => {
    const { api, call } = await createHarness()
    await call('GET', `${list}?limit=2`)
    await call('PATCH', get, { body: { config: {} } })
    await call('POST', `${get}/run`, { body: { email: 'x@y.io', firstName: 'X' } })
    await call('GET', get, { token: null })
    await call('OPTIONS', get)
    expect(api.requests.map((r) => [r.method, r.operation, r.status])).toEqual([
      ['GET', 'list', 200],
      ['PATCH', 'patch', 200],
      ['POST', 'run', 201],
      ['GET', 'get', 401],
      ['OPTIONS', undefined, 204],
    ])
    expect(api.requests[0]).toMatchObject({
      path: list,
      search: '?limit=2',
      customerId: 'customer-1',
      aborted: false,
    })
    expect(api.countRequests()).toBe(5)
    expect(api.countRequests({ operation: 'get' })).toBe(1)
    expect(api.countRequests({ method: 'patch' })).toBe(1)
    api.clearRequests()
    expect(api.requests).toEqual([])
  })
})
