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

/** Loads `get` and `run` for `seconds` each; afterwards reads every acknowledged contact back by id. */
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
    const acknowledged = new Map<string, string>() // contact id → email, for every 201 answer
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
            if (status !== 201) return
            const { output } = JSON.parse(body) as { output: { id: string; email: string } }
            acknowledged.set(output.id, output.email)
          },
        },
      ],
    })
    // Every acknowledged write must be readable afterwards. list-contacts cannot show them all: the external
    // app itself caps `limit` at 100 whatever the instance's schema says, so each contact is read back by id.
    const readBack = `${url}/connections/hubspot/actions/get-contact/run`
    const entries = [...acknowledged]
    let listed = 0
    let next = 0
    const reader = async () => {
      while (next < entries.length) {
        const [id, email] = entries[next++]!
        const response = await fetch(readBack, { method: 'POST', headers, body: JSON.stringify({ id }) })
        const body = (await response.json()) as { output?: { email?: string } }
        if (response.status === 201 && body.output?.email === email) listed += 1
      }
    }
    await Promise.all(Array.from({ length: 10 }, reader))
    const lost = acknowledged.size - listed
    return {
      baseline: baseline.figure,
      get: get.figure,
      run: run.figure,
      acknowledged: acknowledged.size,
      listed,
      lost,
    }
  } finally {
    await Promise.all([
      new Promise((resolve) => bare.close(resolve)),
      new Promise((resolve) => server.close(resolve)),
    ])
  }
}
