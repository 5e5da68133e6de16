import type { JsonObject } from '../types'
import type { OperationContext } from './operations'
import { HttpError, jsonResponse } from './responses'
import { runLogged } from './runLogged'

const actionFields = ['key', 'id'] as const
const connectionFields = ['connectionKey', 'connectionId', 'integrationKey'] as const
const allowed = new Set<string>([...actionFields, ...connectionFields, 'input', 'meta'])
const shape = '{ key | id, connectionKey | connectionId | integrationKey, input, meta? }'

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The one field of `names` that the body sets, as a non-empty string; none or several is a 400. */
function exactlyOne(body: JsonObject, names: readonly string[]): string {
  const given = names.filter((name) => body[name] !== undefined)
  if (given.length !== 1) {
    throw new HttpError(400, `Give exactly one of ${names.join(', ')}; got ${given.length}.`)
  }
  const value = body[given[0] as string]
  if (typeof value !== 'string' || value === '') {
    throw new HttpError(400, `"${given[0]}" must be a non-empty string.`)
  }
  return value
}

/**
 * `POST /act`: runs an action named by key or instance id on a connection named by key, id or integration key,
 * through the same path (validation, transaction, output check, run log) as `POST .../run`. Answers 200
 * `{ output, actionRunId }`.
 */
export function act(context: OperationContext): Response {
  const { body, store } = context
  if (!isObject(body)) throw new HttpError(400, `The body must be a JSON object: ${shape}.`)
  const unknown = Object.keys(body).filter((name) => !allowed.has(name))
  if (unknown.length > 0) {
    throw new HttpError(400, `Unknown field "${unknown[0]}"; the body is ${shape}.`)
  }
  const action = exactlyOne(body, actionFields)
  const connectionSelector = exactlyOne(body, connectionFields)
  const input = body.input ?? {}
  if (!isObject(input)) throw new HttpError(400, '"input" must be a JSON object.')
  if (body.meta !== undefined && !isObject(body.meta))
    throw new HttpError(400, '"meta" must be a JSON object.')
  const connection = store.connection(context.customerId, connectionSelector)
  const stored = store.find(connection, action, undefined, true)
  return runLogged(store, stored, input, (result, actionRunId) =>
    jsonResponse(200, { output: result.output, actionRunId }),
  )
}
