import { createCustomerRateLimit } from './customerRateLimit'
import { defaultSeed } from './defaultSeed'
import { faultResponse, NETWORK_FAULT_HEADER } from './faultResponse'
import { InstanceStore } from './instanceStore'
import { mintCustomerToken } from './mintCustomerToken'
import { prepareResponse } from './prepareResponse'
import { errorResponse } from './responses'
import type { OperationName, RequestFault, RecordedRequest, ReferenceApi, ReferenceApiOptions } from './types'
import type { VerifiedTokens } from './verifyCustomerToken'
import { DEFAULT_WORKSPACE_KEY, DEFAULT_WORKSPACE_SECRET } from './workspaceDefaults'

class Aborted extends Error {}

// Signals are duck-typed: under jsdom an AbortSignal is jsdom's, not the platform's.
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Aborted())
    const onAbort = () => {
      clearTimeout(timer)
      reject(new Aborted())
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

/**
 * Creates an in-memory Action Instances API with its own state: a `Request` to `Response` handler, a drop-in
 * `fetch`, and controls for tests (tokens, faults, latency, recorded requests).
 * A `network` fault makes `fetch` reject with `TypeError('Failed to fetch')`; `handle` answers it with a 500
 * marked by a header, which `toNodeListener` turns into a dropped connection.
 * @example
 * const api = createReferenceApi()
 * const client = createActionsClient({ fetch: api.fetch, token: await api.mintToken({ id: 'customer-1' }) })
 */
export function createReferenceApi(options: ReferenceApiOptions = {}): ReferenceApi {
  const workspace = {
    key: options.workspaceKey ?? DEFAULT_WORKSPACE_KEY,
    secret: options.workspaceSecret ?? DEFAULT_WORKSPACE_SECRET,
    verified: new Map() as VerifiedTokens,
  }
  const store = new InstanceStore(options.seed ?? defaultSeed, {
    maxRunLogsPerCustomer: options.maxRunLogsPerCustomer,
  })
  const records: RecordedRequest[] = []
  let faults: { fault: RequestFault; remaining: number }[] = []
  let latencyMs = options.latencyMs ?? 0
  const rateLimit = options.rateLimit === undefined ? undefined : createCustomerRateLimit(options.rateLimit)

  function takeFault(operation: OperationName | undefined): RequestFault | undefined {
    const entry = faults.find((f) => f.fault.operation === undefined || f.fault.operation === operation)
    if (entry === undefined) return undefined
    entry.remaining -= 1
    if (entry.remaining <= 0) faults = faults.filter((f) => f !== entry)
    return entry.fault
  }

  async function handle(request: Request, init: { signal?: AbortSignal } = {}): Promise<Response> {
    const url = new URL(request.url)
    const record: RecordedRequest = {
      method: request.method,
      path: url.pathname,
      search: url.search,
      aborted: false,
    }
    records.push(record)
    const signal = init.signal
    let leave: (() => void) | undefined
    try {
      const prepared = await prepareResponse(request, url, workspace)
      record.operation = prepared.operation
      record.customerId = prepared.customerId
      if (rateLimit !== undefined && prepared.customerId !== undefined) {
        const admitted = rateLimit.enter(prepared.customerId)
        if (admitted instanceof Response) {
          record.status = admitted.status
          return admitted
        }
        leave = admitted
      }
      const fault = prepared.preflight ? undefined : takeFault(prepared.operation)
      const delay = prepared.preflight ? 0 : latencyMs + (fault?.kind === 'latency' ? fault.ms : 0)
      if (delay > 0) await sleep(delay, signal)
      if (signal?.aborted) throw new Aborted()
      const response =
        fault !== undefined && fault.kind !== 'latency' ? faultResponse(fault) : await prepared.run(store)
      if (signal?.aborted) throw new Aborted()
      record.status = response.status
      return response
    } catch (error) {
      if (error instanceof Aborted) {
        record.aborted = true
        throw new DOMException('The operation was aborted.', 'AbortError')
      }
      record.status = 500
      // Never the error's text: it could carry a path, a stack or a request value.
      return errorResponse(500, 'Internal error.')
    } finally {
      leave?.()
    }
  }

  const apiFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined) ?? undefined
    const rest: RequestInit = { ...init }
    delete rest.signal
    const url =
      typeof input === 'string' && input.startsWith('/') ? `http://reference-api.local${input}` : input
    const request = url instanceof Request ? new Request(url, rest) : new Request(String(url), rest)
    const response = await handle(request, { signal })
    if (response.headers.get(NETWORK_FAULT_HEADER) !== null) throw new TypeError('Failed to fetch')
    return response
  }

  return {
    fetch: apiFetch,
    handle,
    mintToken: (claims = {}) =>
      mintCustomerToken({
        ...claims,
        secret: workspace.secret,
        workspaceKey: workspace.key,
        id: claims.id ?? 'customer-1',
      }),
    injectFault(fault) {
      if (fault.kind === 'defunct') store.health.breakConnection({ ...fault })
      else faults.push({ fault, remaining: fault.times ?? 1 })
    },
    reconnect: (connection, { customerId } = {}) => store.health.heal(connection, customerId),
    clearFaults() {
      faults = []
    },
    get requests() {
      return records.map((record) => ({ ...record }))
    },
    countRequests(filter = {}) {
      return records.filter(
        (r) =>
          (filter.operation === undefined || r.operation === filter.operation) &&
          (filter.method === undefined || r.method === filter.method.toUpperCase()),
      ).length
    },
    clearRequests() {
      records.length = 0
    },
    setLatency(ms) {
      latencyMs = ms
    },
  }
}
