// @vitest-environment node
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createReferenceApi, toNodeListener } from 'react-action-instances/testing'
import type { ReferenceApi } from 'react-action-instances/testing'

const CUSTOMERS = 20
const DURATION_MS = 3_000
// A bound on each loop besides the clock, so a very fast machine cannot make the check run long.
const MAX_LOOPS = 150

interface Contact {
  id: string
  email: string
}

interface CustomerLedger {
  id: string
  token: string
  acknowledgedContacts: Contact[]
  attemptedEmails: Set<string>
  latestPatch?: { sequence: number }
  acknowledgedPatches: number
  requests: number
  errors: string[]
}

describe('the reference API under concurrent load over loopback', () => {
  let api: ReferenceApi
  let server: Server
  let base: string

  beforeAll(async () => {
    api = createReferenceApi()
    server = createServer(toNodeListener(api.handle))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })

  async function send(ledger: CustomerLedger, method: string, path: string, body?: unknown) {
    ledger.requests += 1
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${ledger.token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return {
      status: response.status,
      body: (await response.json()) as { output?: unknown; config?: unknown },
    }
  }

  it(`holds ${CUSTOMERS} customers running and patching for ${DURATION_MS / 1000} s without a lost write or a leak`, async () => {
    const ledgers: CustomerLedger[] = await Promise.all(
      Array.from({ length: CUSTOMERS }, async (_, index) => ({
        id: `load-c${index}`,
        token: await api.mintToken({ id: `load-c${index}` }),
        acknowledgedContacts: [],
        attemptedEmails: new Set<string>(),
        acknowledgedPatches: 0,
        requests: 0,
        errors: [],
      })),
    )
    const started = performance.now()
    const deadline = started + DURATION_MS
    const runLoop = (ledger: CustomerLedger) => async () => {
      for (let i = 0; i < MAX_LOOPS && performance.now() < deadline; i += 1) {
        const email = `${ledger.id}-${i}@example.com`
        ledger.attemptedEmails.add(email)
        try {
          const result = await send(ledger, 'POST', '/connections/hubspot/actions/create-contact/run', {
            email,
            firstName: `F${i}`,
          })
          if (result.status === 201) ledger.acknowledgedContacts.push(result.body.output as Contact)
          else ledger.errors.push(`run ${result.status}`)
        } catch (error) {
          ledger.errors.push(`run ${String(error)}`)
        }
      }
    }
    const patchLoop = (ledger: CustomerLedger) => async () => {
      for (let i = 0; i < MAX_LOOPS && performance.now() < deadline; i += 1) {
        try {
          const result = await send(ledger, 'PATCH', '/connections/hubspot/actions/create-contact', {
            config: { defaultInput: { lastName: `${ledger.id}-patch-${i}` } },
          })
          if (result.status === 200) {
            ledger.latestPatch = { sequence: i }
            ledger.acknowledgedPatches += 1
          } else ledger.errors.push(`patch ${result.status}`)
        } catch (error) {
          ledger.errors.push(`patch ${String(error)}`)
        }
      }
    }
    await Promise.all(ledgers.flatMap((ledger) => [runLoop(ledger)(), patchLoop(ledger)()]))
    const elapsedMs = performance.now() - started
    const loadRequests = ledgers.reduce((sum, ledger) => sum + ledger.requests, 0)

    // Verification: every acknowledged contact exists for its owner only; the last acknowledged patch stands.
    let lost = 0
    let leaks = 0
    for (const [index, ledger] of ledgers.entries()) {
      const other = ledgers[(index + 1) % ledgers.length] as CustomerLedger
      for (const contact of ledger.acknowledgedContacts) {
        const own = await send(ledger, 'POST', '/connections/hubspot/actions/get-contact/run', {
          id: contact.id,
        })
        if (own.status !== 201 || (own.body.output as Contact).email !== contact.email) lost += 1
        const foreign = await send(other, 'POST', '/connections/hubspot/actions/get-contact/run', {
          id: contact.id,
        })
        if (foreign.status === 201) leaks += 1
      }
      const listed = await send(ledger, 'POST', '/connections/hubspot/actions/list-contacts/run', {
        limit: 100,
        search: 'load-c',
      })
      const emails = (listed.body.output as { items: Contact[] }).items.map((item) => item.email)
      leaks += emails.filter((email) => !email.startsWith(`${ledger.id}-`)).length
      expect(emails.every((email) => ledger.attemptedEmails.has(email))).toBe(true)
      const instance = await send(ledger, 'GET', '/connections/hubspot/actions/create-contact')
      expect(instance.body.config).toEqual({
        defaultInput: { lastName: `${ledger.id}-patch-${ledger.latestPatch?.sequence}` },
      })
    }

    const verificationRequests = ledgers.reduce((sum, ledger) => sum + ledger.requests, 0) - loadRequests
    const patches = ledgers.reduce((sum, l) => sum + l.acknowledgedPatches, 0)
    const contacts = ledgers.reduce((sum, l) => sum + l.acknowledgedContacts.length, 0)
    const errors = ledgers.flatMap((ledger) => ledger.errors)
    console.log(
      [
        `load: ${CUSTOMERS} customers × 2 loops for ${Math.round(elapsedMs)} ms`,
        `  load requests: ${loadRequests}; verification requests: ${verificationRequests}; errors: ${errors.length}`,
        `  acknowledged writes: ${contacts + patches} (${contacts} runs, ${patches} patches)`,
        `  lost writes: ${lost}; cross-tenant leaks: ${leaks}`,
        `  throughput during load: ${Math.round((loadRequests / elapsedMs) * 1000)} req/s`,
      ].join('\n'),
    )
    expect(errors).toEqual([])
    expect(lost).toBe(0)
    expect(leaks).toBe(0)
    expect(contacts).toBeGreaterThan(CUSTOMERS)
    expect(ledgers.every((ledger) => ledger.latestPatch !== undefined)).toBe(true)
  })
})
