// @vitest-environment node
import { createServer, request as httpRequest } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createReferenceApi, toNodeListener } from 'react-action-instances/testing'

const api = createReferenceApi()
let server: Server
let base = ''
let auth: Record<string, string> = {}

beforeAll(async () => {
  server = createServer(toNodeListener(api.handle))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  auth = { authorization: `Bearer ${await api.mintToken({ id: 'http-customer' })}` }
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

afterEach(() => {
  api.setLatency(0)
  api.clearFaults()
})

/** Sends raw bytes with chosen headers; resolves with the status, or 'reset' when the socket was dropped. */
function rawRequest(method: string, path: string, headers: Record<string, string>, chunks: Buffer[]) {
  return new Promise<number | 'reset'>((resolve) => {
    const req = httpRequest(`${base}${path}`, { method, headers }, (res) => {
      res.resume()
      resolve(res.statusCode ?? 0)
    })
    req.on('error', () => resolve('reset'))
    for (const chunk of chunks) req.write(chunk)
    req.end()
  })
}

describe('reference API over HTTP', () => {
  test('serves the routes with JSON and CORS headers', async () => {
    const list = await fetch(`${base}/connections/slack/actions`, { headers: auth })
    expect(list.status).toBe(200)
    expect(list.headers.get('access-control-allow-origin')).toBe('*')
    expect(list.headers.get('content-type')).toBe('application/json')
    const run = await fetch(`${base}/connections/slack/actions/send-message/run`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ channel: 'general', text: 'over http' }),
    })
    expect(run.status).toBe(201)
    expect(((await run.json()) as { output: { text: string } }).output.text).toBe('over http')
    const unauthorized = await fetch(`${base}/connections/slack/actions`)
    expect(unauthorized.status).toBe(401)
    expect(unauthorized.headers.get('access-control-allow-origin')).toBe('*')
  })

  test('answers a CORS preflight with 204, methods, headers and max-age', async () => {
    const response = await fetch(`${base}/connections/hubspot/actions/create-contact`, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'PATCH' },
    })
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.headers.get('access-control-allow-methods')).toContain('PATCH')
    expect(response.headers.get('access-control-allow-headers')).toMatch(/Authorization.*Content-Type/)
    expect(Number(response.headers.get('access-control-max-age'))).toBeGreaterThan(0)
  })

  test('refuses malformed JSON with 400 and a wrong method with 405', async () => {
    const path = `${base}/connections/hubspot/actions/create-contact/run`
    const json = { ...auth, 'content-type': 'application/json' }
    const bad = await fetch(path, { method: 'POST', headers: json, body: '{"email":' })
    expect(bad.status).toBe(400)
    expect((await fetch(path, { headers: auth })).status).toBe(405)
  })

  test('refuses a body over 10 MB with 413, by Content-Length and by actual size', async () => {
    const path = '/connections/hubspot/actions/create-contact/run'
    const declared = await rawRequest(
      'POST',
      path,
      { ...auth, 'content-length': String(11 * 1024 * 1024) },
      [],
    )
    expect([413, 'reset']).toContain(declared)
    const chunk = Buffer.alloc(1024 * 1024, 0x20)
    const streamed = await rawRequest(
      'POST',
      path,
      { ...auth, 'transfer-encoding': 'chunked' },
      Array(11).fill(chunk),
    )
    expect([413, 'reset']).toContain(streamed)
    expect(declared === 413 || streamed === 413).toBe(true)
    const big = JSON.stringify({ email: 'a@b.io', firstName: 'x'.repeat(10 * 1024 * 1024) })
    const inProcess = await api.fetch(`http://local${path}`, { method: 'POST', headers: auth, body: big })
    expect(inProcess.status).toBe(413)
  })

  test('a client disconnect during latency aborts the request', async () => {
    api.setLatency(2000)
    const before = api.requests.length
    const req = httpRequest(`${base}/connections/hubspot/actions`, { headers: auth })
    req.on('error', () => undefined)
    req.end()
    await vi.waitFor(() => expect(api.requests.length).toBe(before + 1))
    req.destroy()
    await vi.waitFor(() => expect(api.requests[before]).toMatchObject({ aborted: true, operation: 'list' }))
  })

  test('a network fault drops the connection', async () => {
    api.injectFault({ kind: 'network' })
    await expect(fetch(`${base}/connections/hubspot/actions`, { headers: auth })).rejects.toThrow(TypeError)
    expect((await fetch(`${base}/connections/hubspot/actions`, { headers: auth })).status).toBe(200)
  })

  test('tenants stay isolated over HTTP', async () => {
    const other = { authorization: `Bearer ${await api.mintToken({ id: 'someone-else' })}` }
    const mine = (await (
      await fetch(`${base}/connections/hubspot/actions/get-contact`, { headers: auth })
    ).json()) as {
      id: string
    }
    const theirs = await fetch(`${base}/connections/hubspot/actions/${mine.id}`, { headers: other })
    expect(theirs.status).toBe(404)
  })
})
