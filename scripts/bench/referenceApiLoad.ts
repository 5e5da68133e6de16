// Requests per second and p99 latency of the reference API over loopback HTTP, beside a bare Node server.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import autocannon from 'autocannon'
import { createReferenceApi, toNodeListener } from '../../src/testing/index'

export interface LoadFigure {
  name: string
  requestsPerSecond: number
  p99Ms: number
  requests: number
  errors: number
  non2xx: number
}

async function listen(server: Server) {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

async function load(
  name: string,
  options: autocannon.Options,
): Promise<{ figure: LoadFigure; result: autocannon.Result }> {
  const result = await autocannon({ connections: 10, pipelining: 1, ...options })
  return {
    result,
    figure: {
      name,
      requestsPerSecond: Math.round(result.requests.average),
      p99Ms: result.latency.p99,
      requests: result.requests.total,
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
    },
  }
}

/** Loads `get` and `run` for `seconds` each; afterwards checks that every acknowledged contact is listed. */
export async function measureReferenceApiLoad(seconds = 5) {
  const bare = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"x"}')
  })
  const api = createReferenceApi()
  const server = createServer(toNodeListener(api.handle))
  const [bareUrl, url] = await Promise.all([listen(bare), listen(server)])
  const token = await api.mintToken({ id: 'load-customer', expiresIn: 3600 })
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
  try {
    const baseline = await load('bare node:http (baseline)', { url: bareUrl, duration: seconds })
    const get = await load('GET an action instance', {
      url: `${url}/connections/hubspot/actions/create-contact`,
      headers,
      duration: seconds,
    })
    let sent = 0
    const acknowledgedEmails = new Set<string>()
    const run = await load('POST run create-contact', {
      url: `${url}/connections/hubspot/actions/create-contact/run`,
      method: 'POST',
      headers,
      duration: seconds,
      requests: [
        {
          setupRequest: (request) => {
            sent += 1
            return {
              ...request,
              body: JSON.stringify({ email: `load-${sent}@example.com`, firstName: 'Load' }),
            }
          },
          onResponse: (status, body) => {
            if (status === 201)
              acknowledgedEmails.add((JSON.parse(body) as { output: { email: string } }).output.email)
          },
        },
      ],
    })
    // list-contacts caps `limit` at 100; a customization through the API itself lifts the cap for this check.
    const listAction = `${url}/connections/hubspot/actions/list-contacts`
    const current = (await (await fetch(listAction, { headers })).json()) as { inputSchema: object }
    await fetch(listAction, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({
        inputSchema: { ...current.inputSchema, properties: { limit: { type: 'integer', minimum: 1 } } },
      }),
    })
    const listResponse = await fetch(`${url}/connections/hubspot/actions/list-contacts/run`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ limit: 1_000_000 }),
    })
    const items = ((await listResponse.json()) as { output: { items: { email: string }[] } }).output.items
    const listed = new Set(items.map((item) => item.email))
    const lost = [...acknowledgedEmails].filter((email) => !listed.has(email)).length
    return {
      baseline: baseline.figure,
      get: get.figure,
      run: run.figure,
      acknowledged: acknowledgedEmails.size,
      listed: listed.size,
      lost,
    }
  } finally {
    await Promise.all([
      new Promise((resolve) => bare.close(resolve)),
      new Promise((resolve) => server.close(resolve)),
    ])
  }
}
