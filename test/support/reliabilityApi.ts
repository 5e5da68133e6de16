import { SignJWT } from 'jose'
import type { ActionInstance, ActionInstanceList } from 'react-action-instances'
import {
  createReferenceApi,
  DEFAULT_WORKSPACE_KEY,
  DEFAULT_WORKSPACE_SECRET,
} from 'react-action-instances/testing'
import type { OperationName, ReferenceApi, ReferenceApiOptions } from 'react-action-instances/testing'

/** The base URL the reliability tests talk to. */
export const RELIABILITY_API_URI = 'http://reference.test'

/** A response read whole: status, parsed JSON (or the raw text) and headers. */
export interface RawResult<T = unknown> {
  status: number
  body: T
  text: string
  headers: Headers
}

/** Sends one request straight to `api.handle` with an optional bearer token and JSON body. */
export async function callApi<T = unknown>(
  api: ReferenceApi,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<RawResult<T>> {
  const headers: Record<string, string> = { ...options.headers }
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`
  if (options.body !== undefined) headers['content-type'] = 'application/json'
  const response = await api.handle(
    new Request(`${RELIABILITY_API_URI}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    }),
  )
  const text = await response.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // Not JSON: the raw text stays the body.
  }
  return { status: response.status, body: body as T, text, headers: response.headers }
}

/** The method, path suffix and body of each of the seven operations on one instance. */
export function operationRequest(
  operation: OperationName,
  connection: string,
  action: string,
): { method: string; path: string; body?: unknown } {
  const base = `/connections/${encodeURIComponent(connection)}/actions`
  const one = `${base}/${encodeURIComponent(action)}`
  switch (operation) {
    case 'list':
      return { method: 'GET', path: base }
    case 'get':
      return { method: 'GET', path: one }
    case 'patch':
      return { method: 'PATCH', path: one, body: { config: { defaultInput: { firstName: 'Mallory' } } } }
    case 'setup':
      return { method: 'POST', path: `${one}/setup` }
    case 'reset':
      return { method: 'POST', path: `${one}/reset` }
    case 'run':
      return { method: 'POST', path: `${one}/run`, body: { email: 'mallory@example.com', firstName: 'M' } }
    case 'archive':
      return { method: 'DELETE', path: one }
    case 'listRecords':
      return {
        method: 'POST',
        path: `/connections/${encodeURIComponent(connection)}/data/owners/list`,
        body: {},
      }
    case 'searchRecords':
      return {
        method: 'POST',
        path: `/connections/${encodeURIComponent(connection)}/data/owners/search`,
        body: { query: 'a' },
      }
  }
}

/** An operation on action instances (not on data collections). */
export type InstanceOperation = Exclude<OperationName, 'listRecords' | 'searchRecords'>

/** The seven operations, in a fixed order for tables. */
export const OPERATIONS: InstanceOperation[] = ['list', 'get', 'patch', 'setup', 'reset', 'run', 'archive']

/** A reference API with two customers and their tokens. */
export async function twoCustomers(options?: ReferenceApiOptions) {
  const api = createReferenceApi(options)
  const tokenA = await api.mintToken({ id: 'customer-a' })
  const tokenB = await api.mintToken({ id: 'customer-b' })
  return { api, tokenA, tokenB }
}

/** A customer's instances of a connection (first page, up to 100). */
export async function listOf(
  api: ReferenceApi,
  token: string,
  connection: string,
): Promise<ActionInstance[]> {
  const result = await callApi<ActionInstanceList>(api, 'GET', `/connections/${connection}/actions`, {
    token,
  })
  if (result.status !== 200) throw new Error(`list answered ${result.status}`)
  return result.body.items
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url')
}

/** Tokens the reference API must refuse, by what is wrong with them. */
export async function hostileTokens(): Promise<Record<string, string>> {
  const now = Math.floor(Date.now() / 1000)
  const secret = new TextEncoder().encode(DEFAULT_WORKSPACE_SECRET)
  const sign = (claims: Record<string, unknown>, iss: string, key: Uint8Array, exp = now + 600) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer(iss).setExpirationTime(exp).sign(key)
  const valid = await sign({ id: 'customer-a' }, DEFAULT_WORKSPACE_KEY, secret)
  const [header, payload] = valid.split('.')
  return {
    'forged signature': await sign(
      { id: 'customer-a' },
      DEFAULT_WORKSPACE_KEY,
      new TextEncoder().encode('x'),
    ),
    'tampered payload': `${header}.${base64url({ id: 'customer-b', iss: DEFAULT_WORKSPACE_KEY, exp: now + 600 })}.${valid.split('.')[2]}`,
    'alg none': `${base64url({ alg: 'none', typ: 'JWT' })}.${payload}.`,
    expired: await sign({ id: 'customer-a' }, DEFAULT_WORKSPACE_KEY, secret, now - 5),
    'wrong issuer': await sign({ id: 'customer-a' }, 'another-workspace', secret),
    'no id': await sign({ name: 'Nobody' }, DEFAULT_WORKSPACE_KEY, secret),
    'empty id': await sign({ id: '' }, DEFAULT_WORKSPACE_KEY, secret),
  }
}
