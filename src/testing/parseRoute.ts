import type { OperationName } from './types'

/** A request path matched to one of the API's routes. */
export type RouteMatch =
  | {
      kind: 'operation'
      operation: OperationName
      connection: string
      action?: string
      /** The data collection's key, for `listRecords` and `searchRecords`. */
      collection?: string
    }
  | { kind: 'method-not-allowed'; allow: string[] }
  | { kind: 'not-found'; message: string }
  | { kind: 'bad-path'; message: string }

const listMethods = ['GET']
const instanceMethods = ['GET', 'PATCH', 'DELETE']
const postOnly = ['POST']

/** The methods a path accepts, or undefined when no route has that shape. */
export function allowedMethods(segments: string[]): string[] | undefined {
  if (segments[0] === 'connections' && segments[2] === 'data' && segments.length === 5) {
    return segments[4] === 'list' || segments[4] === 'search' ? postOnly : undefined
  }
  if (segments[0] !== 'connections' || segments[2] !== 'actions') return undefined
  if (segments.length === 3) return listMethods
  if (segments.length === 4) return instanceMethods
  if (
    segments.length === 5 &&
    (segments[4] === 'setup' || segments[4] === 'reset' || segments[4] === 'run')
  ) {
    return postOnly
  }
  return undefined
}

/** Splits a path into decoded segments; a malformed percent escape yields undefined instead of throwing. */
export function decodeSegments(pathname: string): string[] | undefined {
  const raw = pathname.replace(/^\/+/, '').replace(/\/+$/, '').split('/')
  const decoded: string[] = []
  for (const segment of raw) {
    try {
      decoded.push(decodeURIComponent(segment))
    } catch {
      return undefined
    }
  }
  return decoded
}

/** Matches a method and path to an operation; `..` or `/` inside a decoded segment stay part of that key. */
export function parseRoute(method: string, pathname: string): RouteMatch {
  const segments = decodeSegments(pathname)
  if (segments === undefined)
    return { kind: 'bad-path', message: 'The path contains a malformed percent escape.' }
  const allow = allowedMethods(segments)
  if (allow === undefined) return { kind: 'not-found', message: `No route matches ${method} ${pathname}.` }
  if (!allow.includes(method)) return { kind: 'method-not-allowed', allow }
  const connection = segments[1] ?? ''
  if (segments[2] === 'data') {
    const operation = segments[4] === 'list' ? 'listRecords' : 'searchRecords'
    return { kind: 'operation', operation, connection, collection: segments[3] ?? '' }
  }
  const action = segments[3]
  if (action === undefined) return { kind: 'operation', operation: 'list', connection }
  const sub = segments[4]
  if (sub === 'setup' || sub === 'reset' || sub === 'run') {
    return { kind: 'operation', operation: sub, connection, action }
  }
  const operation: OperationName = method === 'GET' ? 'get' : method === 'PATCH' ? 'patch' : 'archive'
  return { kind: 'operation', operation, connection, action }
}
