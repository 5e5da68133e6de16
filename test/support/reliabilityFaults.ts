import { createActionsClient } from 'react-action-instances'
import type { ActionsClient, ActionsClientOptions } from 'react-action-instances'
import type { OperationName, ReferenceApi } from 'react-action-instances/testing'
import { RELIABILITY_API_URI } from './reliabilityApi'

/** What a faulted call must end in: success, or an `ActionsApiError` of this type and status. */
export type FaultOutcome = { ok: true } | { type: string; status: number; retryAfterMs?: number }

/** What a fault case may set up before the call. */
export interface FaultContext {
  api: ReferenceApi
  operation: OperationName
  token: string
  /** How many times `fetchToken` was called (when the case uses it). */
  tokenCalls: { count: number }
}

/** One row of the fault matrix. */
export interface FaultCase {
  name: string
  /** Injects faults into the API. */
  prepare?(context: FaultContext): void
  /** Client options of the case (for example a `fetchToken`). */
  client?(context: FaultContext): Partial<ActionsClientOptions>
  /** Aborts the call's signal after this many milliseconds. */
  abortAfterMs?: number
  /** The outcome expected for an operation. */
  expect(operation: OperationName): FaultOutcome
  /** Whether the operation's effect reaches the server (only for successful calls). */
  applies?: boolean
}

/** The client's timeout in the faults that expect one: small, so the suite stays fast. */
export const FAULT_TIMEOUT_MS = 120
/** The client's timeout everywhere else: far beyond any healthy in-memory call, even on a busy machine. */
export const HEALTHY_TIMEOUT_MS = 5_000

const bodylessSuccess = (operation: OperationName) => operation === 'archive'

/** The faults tried on every operation, with what the user must get. */
export const faultCases: FaultCase[] = [
  {
    name: 'network failure',
    prepare: ({ api, operation }) => api.injectFault({ kind: 'network', operation }),
    expect: () => ({ type: 'network_error', status: 0 }),
  },
  {
    name: 'timeout',
    prepare: ({ api, operation }) =>
      api.injectFault({ kind: 'latency', ms: FAULT_TIMEOUT_MS * 3, operation }),
    client: () => ({ timeoutMs: FAULT_TIMEOUT_MS }),
    expect: () => ({ type: 'timeout', status: 0 }),
  },
  {
    name: 'abort part-way',
    prepare: ({ api, operation }) => api.injectFault({ kind: 'latency', ms: 100, operation }),
    abortAfterMs: 20,
    expect: () => ({ type: 'aborted', status: 0 }),
  },
  {
    name: '500',
    prepare: ({ api, operation }) => api.injectFault({ kind: 'status', status: 500, operation }),
    expect: () => ({ type: 'internal', status: 500 }),
  },
  {
    name: '500 whose message echoes the token',
    prepare: ({ api, operation, token }) =>
      api.injectFault({
        kind: 'status',
        status: 500,
        operation,
        body: { type: 'internal', message: `upstream rejected Bearer ${token}` },
      }),
    expect: () => ({ type: 'internal', status: 500 }),
  },
  {
    name: '502 HTML page',
    prepare: ({ api, operation }) => api.injectFault({ kind: 'html', operation }),
    expect: () => ({ type: 'invalid_response', status: 502 }),
  },
  {
    name: '429 with Retry-After',
    prepare: ({ api, operation }) => api.injectFault({ kind: 'rate-limit', retryAfter: 2, operation }),
    expect: () => ({ type: 'rate_limit_exceeded', status: 429, retryAfterMs: 2000 }),
  },
  {
    name: 'malformed JSON',
    prepare: ({ api, operation }) => api.injectFault({ kind: 'malformed', operation }),
    // A 200 to DELETE is the archive's answer whatever its body; every other operation needs its JSON.
    expect: (operation) =>
      bodylessSuccess(operation) ? { ok: true } : { type: 'invalid_response', status: 200 },
  },
  {
    name: 'empty body',
    prepare: ({ api, operation }) => api.injectFault({ kind: 'empty', operation }),
    expect: (operation) =>
      bodylessSuccess(operation) ? { ok: true } : { type: 'invalid_response', status: 200 },
  },
  {
    name: '401 then a successful refresh',
    prepare: ({ api, operation }) => api.injectFault({ kind: 'status', status: 401, operation }),
    client: (context) => ({ token: undefined, fetchToken: countingFetchToken(context) }),
    expect: () => ({ ok: true }),
    applies: true,
  },
  {
    name: '401 twice',
    prepare: ({ api, operation }) => api.injectFault({ kind: 'status', status: 401, operation, times: 2 }),
    client: (context) => ({ token: undefined, fetchToken: countingFetchToken(context) }),
    expect: () => ({ type: 'not_authenticated', status: 401 }),
  },
  {
    name: '401 with a fixed token (nothing to refresh)',
    prepare: ({ api, operation }) => api.injectFault({ kind: 'status', status: 401, operation }),
    expect: () => ({ type: 'not_authenticated', status: 401 }),
  },
  {
    name: 'fetchToken rejecting',
    // The API rejects the current token, so the client must ask fetchToken for a new one.
    prepare: ({ api, operation }) => api.injectFault({ kind: 'status', status: 401, operation }),
    client: () => ({
      token: undefined,
      fetchToken: () => Promise.reject(new Error('token endpoint is down')),
    }),
    expect: () => ({ type: 'token_error', status: 0 }),
  },
  {
    name: 'fetchToken hanging',
    prepare: ({ api, operation }) => api.injectFault({ kind: 'status', status: 401, operation }),
    client: () => ({
      token: undefined,
      fetchToken: () => new Promise<string>(() => {}),
      timeoutMs: FAULT_TIMEOUT_MS,
    }),
    expect: () => ({ type: 'timeout', status: 0 }),
  },
]

function countingFetchToken(context: FaultContext): () => Promise<string> {
  return async () => {
    context.tokenCalls.count += 1
    return context.token
  }
}

/**
 * A case's client options for a test that arms the fault part-way: the case's timeout (else `HEALTHY_TIMEOUT_MS`)
 * and, when the case brings its own `fetchToken`, one that hands out `healthyToken` until `isArmed()`.
 */
export function armedClientOptions(
  caseOptions: Partial<ActionsClientOptions> | undefined,
  healthyToken: string,
  isArmed: () => boolean,
): Partial<ActionsClientOptions> {
  const fetchToken = caseOptions?.fetchToken
  return {
    timeoutMs: caseOptions?.timeoutMs ?? HEALTHY_TIMEOUT_MS,
    ...(fetchToken && {
      token: undefined,
      fetchToken: () => (isArmed() ? fetchToken() : Promise.resolve(healthyToken)),
    }),
  }
}

/** A client of the reference API for `customer-1`; a fault's `client` options may shorten its timeout. */
export function reliabilityClient(
  api: ReferenceApi,
  token: string,
  overrides: Partial<ActionsClientOptions> = {},
): ActionsClient {
  return createActionsClient({
    apiUri: RELIABILITY_API_URI,
    token,
    fetch: api.fetch,
    timeoutMs: HEALTHY_TIMEOUT_MS,
    ...overrides,
  })
}

/** What the server holds for a customer: the hubspot list (archived included) and the contacts. */
export async function serverState(api: ReferenceApi, customerId = 'customer-1'): Promise<string> {
  api.clearFaults()
  const client = reliabilityClient(api, await api.mintToken({ id: customerId }))
  const hubspot = client.connection('hubspot')
  const [list, contacts] = await Promise.all([
    hubspot.actions.list({ includeArchived: true }),
    hubspot.action('list-contacts').run({ limit: 100 }),
  ])
  return JSON.stringify({ list: list.items, contacts: contacts.output })
}

/** Collects unhandled rejections while a test file runs. */
export function trackUnhandledRejections(): { reasons: unknown[]; stop(): void } {
  const reasons: unknown[] = []
  const listener = (reason: unknown) => void reasons.push(reason)
  process.on('unhandledRejection', listener)
  return { reasons, stop: () => void process.off('unhandledRejection', listener) }
}
