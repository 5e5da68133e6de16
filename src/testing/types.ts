import type { RateLimitOptions } from './customerRateLimit'
import type { ActionInstanceConfig, ActionType, DataRecord, JsonObject, JsonSchema } from '../types'

/**
 * The name of an operation, as recorded and matched by faults: the seven Action Instances API operations,
 * plus `listRecords` and `searchRecords` of a data collection.
 */
export type OperationName =
  'list' | 'get' | 'patch' | 'setup' | 'reset' | 'run' | 'archive' | 'listRecords' | 'searchRecords'

/** One call the reference API received, in arrival order. */
export interface RecordedRequest {
  method: string
  /** The URL path as sent (still percent-encoded). */
  path: string
  /** The URL query string, with its leading `?` (or `''`). */
  search: string
  operation?: OperationName
  /** The status of the response; absent while the request is in flight or when it was aborted. */
  status?: number
  aborted: boolean
  /** The `id` claim of a valid token. */
  customerId?: string
}

/** A failure to inject into the next matching calls. */
export type Fault = {
  /** How many matching calls it applies to. Defaults to 1. */
  times?: number
  /** Only calls of this operation match. Defaults to every operation. */
  operation?: OperationName
} & (
  | { kind: 'latency'; ms: number }
  | { kind: 'status'; status: number; body?: unknown }
  | { kind: 'html'; status?: number }
  | { kind: 'network' }
  | { kind: 'rate-limit'; retryAfter: number }
  | { kind: 'malformed' }
  | { kind: 'empty' }
)

/** A custom field a customer added to a collection of their external app (a dynamic field). */
export interface CustomField {
  name: string
  label: string
  type: 'string' | 'number' | 'boolean' | 'date'
  createdAt: string
}

/** One customer's in-memory copy of one external app (HubSpot, Slack, ...). */
export interface ExternalApp {
  /** The records of a collection by id, created empty on first use. */
  records(collection: string): Map<string, JsonObject>
  /** The custom fields a customer added to a collection, in creation order. */
  customFields(collection: string): CustomField[]
  /** A new unique record id with a readable prefix. */
  nextId(prefix: string): string
}

/** What an action's behaviour receives when it runs. */
export interface ActionBehaviourContext {
  /** The validated input, with `config.defaultInput` merged under it and schema defaults applied. */
  input: JsonObject
  app: ExternalApp
  /** The current time as an ISO string. */
  now: string
}

/** What an action's behaviour returns: `output` must match the action's `outputSchema`. */
export interface ActionBehaviourResult {
  output: JsonObject
  logs?: unknown[]
}

/** An action of a seeded integration: the parent of every customer's instances of it. */
export interface SeedAction {
  key: string
  name: string
  description: string
  type: ActionType
  inputSchema: JsonSchema
  outputSchema: JsonSchema
  /** The config a fresh or reset instance starts with. Defaults to `{}`. */
  config?: ActionInstanceConfig
  /** The collection whose custom fields become input fields on setup (dynamic fields). Defaults to none. */
  customFieldsOf?: string
  /** What running it does; throw `ActionRunError` when the external app rejects it. Defaults to echoing the input. */
  run?(context: ActionBehaviourContext): ActionBehaviourResult
}

/** A data collection of a seeded integration: the choices of a `referenceCollection` field. */
export interface SeedDataCollection {
  /** Names of the parameters a request must give (as query string). Defaults to none. */
  requiredParameters?: string[]
  /** Records per page. Defaults to `50`. */
  pageSize?: number
  /** The customer's records, in order, for the given parameters. */
  records(context: { app: ExternalApp; parameters: { [name: string]: string } }): DataRecord[]
}

/** An integration of the seed, with its actions and the records each customer's external app starts with. */
export interface SeedIntegration {
  key: string
  name: string
  actions: SeedAction[]
  /** Records every customer's app starts with, by collection. Defaults to none. */
  initialRecords?: { [collection: string]: JsonObject[] }
  /** The data collections served at `/connections/{connection}/data/{key}/list` and `/search`. Defaults to none. */
  dataCollections?: { [key: string]: SeedDataCollection }
}

/** The integrations and actions a reference API serves. */
export interface ReferenceSeed {
  integrations: SeedIntegration[]
}

/** Options of `createReferenceApi`. */
export interface ReferenceApiOptions {
  /** The JWT `iss` that is accepted. Defaults to `DEFAULT_WORKSPACE_KEY`. */
  workspaceKey?: string
  /** The HMAC secret tokens are signed with. Defaults to `DEFAULT_WORKSPACE_SECRET`. */
  workspaceSecret?: string
  /** Delay before every response, in milliseconds. Defaults to `0`. */
  latencyMs?: number
  /** The integrations and their actions. Defaults to `defaultSeed`. */
  seed?: ReferenceSeed
  /** Per-customer limits (429 `rate_limit_exceeded` with `Retry-After`). Defaults to none, for tests. */
  rateLimit?: RateLimitOptions
}

/** Claims of a customer token minted by the reference API. */
export interface MintTokenClaims {
  /** The customer's id. Defaults to `'customer-1'`. */
  id?: string
  /** The customer's display name. Defaults to none. */
  name?: string
  /** Seconds until expiry; negative means already expired. Defaults to `3600`. */
  expiresIn?: number
  /** The `iat` claim in seconds since the epoch, as a server with another clock would write it; `exp` is `issuedAt + expiresIn`. Defaults to now. */
  issuedAt?: number
  /** The signing algorithm. Defaults to `'HS256'`. */
  alg?: 'HS256' | 'HS512'
}

/** An in-memory Action Instances API: a `Request` to `Response` handler plus controls for tests. */
export interface ReferenceApi {
  /** A drop-in `fetch` for a client; honours `init.signal`. */
  fetch: typeof fetch
  /** Answers one request; rejects with an `AbortError` when `init.signal` aborts while waiting. */
  handle(request: Request, init?: { signal?: AbortSignal }): Promise<Response>
  /** Signs a customer token that this API accepts. */
  mintToken(claims?: MintTokenClaims): Promise<string>
  /** Applies a fault to the next `times` (default 1) matching calls. */
  injectFault(fault: Fault): void
  clearFaults(): void
  /** Every call, in arrival order. */
  readonly requests: readonly RecordedRequest[]
  countRequests(filter?: { operation?: OperationName; method?: string }): number
  clearRequests(): void
  setLatency(ms: number): void
}
