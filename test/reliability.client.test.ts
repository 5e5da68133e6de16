// @vitest-environment node
import { ActionsApiError } from 'react-action-instances'
import type { ActionsClient } from 'react-action-instances'
import { createReferenceApi } from 'react-action-instances/testing'
import { OPERATIONS, type MatrixOperation } from './support/reliabilityApi'
import {
  FAULT_TIMEOUT_MS,
  faultCases,
  reliabilityClient,
  serverState,
  trackUnhandledRejections,
} from './support/reliabilityFaults'
import type { FaultContext } from './support/reliabilityFaults'

function callOperation(client: ActionsClient, operation: MatrixOperation, signal?: AbortSignal) {
  const hubspot = client.connection('hubspot')
  const action = hubspot.action('create-contact')
  const options = { signal }
  switch (operation) {
    case 'list':
      return hubspot.actions.list({}, options)
    case 'get':
      return action.get(options)
    case 'patch':
      return action.patch({ config: { defaultInput: { lastName: 'Patched' } } }, options)
    case 'setup':
      return action.setup(options)
    case 'reset':
      return action.reset(options)
    case 'run':
      return action.run({ email: 'fault@example.com', firstName: 'Fault' }, options)
    case 'archive':
      return action.archive(options)
    case 'listRecords':
      return hubspot.dataCollection('owners').list({}, options)
    case 'searchRecords':
      return hubspot.dataCollection('owners').search({ query: 'a' }, options)
  }
}

const unhandled = trackUnhandledRejections()
afterAll(() => unhandled.stop())

describe('the client under every fault, for every operation', () => {
  const rows = faultCases.flatMap((fault) => OPERATIONS.map((operation) => ({ fault, operation })))

  it.each(rows)('$fault.name on $operation', async ({ fault, operation }) => {
    const api = createReferenceApi()
    const token = await api.mintToken({ id: 'customer-1' })
    const before = await serverState(api)
    const context: FaultContext = { api, operation, token, tokenCalls: { count: 0 } }
    const client = reliabilityClient(api, token, fault.client?.(context))
    fault.prepare?.(context)
    const controller = new AbortController()
    if (fault.abortAfterMs !== undefined) setTimeout(() => controller.abort(), fault.abortAfterMs)

    const outcome = await callOperation(client, operation, controller.signal).then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    )
    const expected = fault.expect(operation)

    if ('ok' in expected) {
      expect(outcome).not.toHaveProperty('error')
    } else {
      expect(outcome).toHaveProperty('error')
      const error = (outcome as { error: unknown }).error
      expect(error).toBeInstanceOf(ActionsApiError)
      const apiError = error as ActionsApiError
      expect({ type: apiError.type, status: apiError.status }).toEqual({
        type: expected.type,
        status: expected.status,
      })
      if (expected.retryAfterMs !== undefined) expect(apiError.retryAfterMs).toBe(expected.retryAfterMs)
      expect(apiError.message.length).toBeGreaterThan(10)
      expect(apiError.message).not.toContain(token)
      expect(JSON.stringify(apiError.data ?? {})).not.toContain(token)
    }
    if (fault.name === '401 then a successful refresh') expect(context.tokenCalls.count).toBe(2)
    if (fault.name === '401 twice') expect(context.tokenCalls.count).toBe(2)

    // The server holds exactly what the outcome says: nothing changed unless the call went through.
    const after = await serverState(api)
    // (An archive answered by a garbled 200 "succeeds" but never reached the store, so nothing changed.)
    if (fault.applies && operation !== 'list' && operation !== 'get') expect(after).not.toBe(before)
    else expect(after).toBe(before)
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(unhandled.reasons).toEqual([])
  })
})

describe('responses out of order at the client', () => {
  it('each caller gets its own answer when the first request answers last', async () => {
    const api = createReferenceApi()
    const token = await api.mintToken({ id: 'customer-1' })
    const client = reliabilityClient(api, token)
    const action = client.connection('hubspot').action('create-contact')
    api.injectFault({ kind: 'latency', ms: 400, operation: 'patch' })
    const slow = action.patch({ config: { defaultInput: { lastName: 'Slow' } } })
    // The fault goes to the first patch the server has authenticated; two concurrent token checks may finish in
    // either order, so the fast patch is sent once the slow one holds the fault.
    await vi.waitFor(() => expect(api.requests.filter((r) => r.operation === 'patch')).toHaveLength(1))
    const fast = action.patch({ config: { defaultInput: { lastName: 'Fast' } } })
    const [slowResult, fastResult] = await Promise.all([slow, fast])
    expect(fastResult.config?.defaultInput).toEqual({ lastName: 'Fast' })
    expect(slowResult.config?.defaultInput).toEqual({ lastName: 'Slow' })
    // The server applies in arrival order of the work, so the slow patch is the last word; it says so.
    expect(Number(slowResult.revision)).toBeGreaterThan(Number(fastResult.revision))
    expect((await action.get()).config?.defaultInput).toEqual({ lastName: 'Slow' })
  })

  it('a hanging fetchToken is abandoned at the deadline: the next request asks again and works', async () => {
    const api = createReferenceApi()
    const token = await api.mintToken({ id: 'customer-1' })
    let calls = 0
    const fetchToken = vi.fn(() => (calls++ === 0 ? new Promise<string>(() => {}) : Promise.resolve(token)))
    const client = reliabilityClient(api, '', { token: undefined, fetchToken, timeoutMs: FAULT_TIMEOUT_MS })
    const action = client.connection('hubspot').action('create-contact')
    await expect(action.get()).rejects.toMatchObject({ type: 'timeout', status: 0 })
    await expect(action.get()).resolves.toMatchObject({ key: 'create-contact', userId: 'customer-1' })
    expect(fetchToken).toHaveBeenCalledTimes(2)
  })
})
