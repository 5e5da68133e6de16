import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { connect } from 'node:net'
import { createReferenceApi, DEFAULT_WORKSPACE_SECRET, toNodeListener } from 'react-action-instances/testing'
import type { ReferenceApi } from 'react-action-instances/testing'

/** What a hostile request got back. */
export interface Answer {
  status: number
  text: string
  headers: Headers
}

/** One hostile case: its class, a name, how to send it, and the statuses it must get. */
export interface HostileCase {
  kind: 'auth' | 'tenancy' | 'methods/headers' | 'bodies' | 'schemas' | 'queries' | 'races' | 'slow clients'
  name: string
  send(h: HostileHarness): Promise<Answer | Answer[]>
  /** The status (or any of the statuses) each answer must have. */
  expect: number | number[]
}

export interface HostileHarness {
  api: ReferenceApi
  port: number
  /** Tokens of the attacker and of the bystander whose service must not suffer. */
  attacker: string
  victim: string
  call(
    method: string,
    path: string,
    options?: { body?: unknown; raw?: string; token?: string | null; headers?: Record<string, string> },
  ): Promise<Answer>
  /** Sends raw bytes over a socket and parses the status line, headers and body of the answer. */
  raw(bytes: string, options?: { waitMs?: number }): Promise<Answer>
  close(): Promise<void>
}

export const ORIGIN = 'https://api.integration.app'

function parseRaw(text: string): Answer {
  const [head = '', ...rest] = text.split('\r\n\r\n')
  const lines = head.split('\r\n')
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(lines[0] ?? '')?.[1] ?? 0)
  const headers = new Headers()
  for (const line of lines.slice(1)) {
    const at = line.indexOf(':')
    if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim())
  }
  let body = rest.join('\r\n\r\n')
  if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) {
    let out = ''
    for (;;) {
      const end = body.indexOf('\r\n')
      const size = parseInt(body.slice(0, end), 16)
      if (!(size > 0)) break
      out += body.slice(end + 2, end + 2 + size)
      body = body.slice(end + 2 + size + 2)
    }
    body = out
  }
  return { status, text: body, headers }
}

export async function createHostileHarness(options: Parameters<typeof createReferenceApi>[0] = {}) {
  const api = createReferenceApi(options)
  const server: Server = createServer(toNodeListener(api.handle))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  const attacker = await api.mintToken({ id: 'attacker' })
  const victim = await api.mintToken({ id: 'victim' })
  const harness: HostileHarness = {
    api,
    port,
    attacker,
    victim,
    async call(method, path, o = {}) {
      const headers: Record<string, string> = { 'content-type': 'application/json', ...o.headers }
      const used = o.token === undefined ? attacker : o.token
      if (used !== null) headers.authorization = `Bearer ${used}`
      const body = o.raw ?? (o.body === undefined ? undefined : JSON.stringify(o.body))
      const response = await api.handle(new Request(`${ORIGIN}${path}`, { method, headers, body }))
      return { status: response.status, text: await response.text(), headers: response.headers }
    },
    raw(bytes, o = {}) {
      return new Promise((resolve) => {
        const socket = connect(port, '127.0.0.1')
        let received = ''
        socket.setEncoding('latin1')
        socket.on('data', (chunk: string) => {
          received += chunk
        })
        const finish = () => resolve(parseRaw(received))
        socket.on('close', finish)
        socket.on('error', () => undefined)
        socket.write(bytes, 'latin1')
        setTimeout(() => socket.destroy(), o.waitMs ?? 1500)
      })
    },
    async close() {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    },
  }
  return harness
}

/** Fails when an error answer is not `{ type, key, message }` JSON or leaks a stack, a path, the secret or a token. */
export function assertCleanError(answer: Answer, tokens: string[]): void {
  const text = answer.text
  for (const secret of [DEFAULT_WORKSPACE_SECRET, ...tokens]) expect(text).not.toContain(secret)
  expect(text).not.toMatch(/\n\s+at |node_modules|\/work\/|\.ts:\d|file:\/\/|Internal error/)
  if (answer.status === 204 || answer.status === 0) return
  const body = JSON.parse(text) as { type?: unknown; key?: unknown; message?: unknown }
  expect(typeof body.type).toBe('string')
  expect(typeof body.key).toBe('string')
  expect(typeof body.message).toBe('string')
}
