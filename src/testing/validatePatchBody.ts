import type { ActionType, JsonObject } from '../types'
import { HttpError } from './responses'

const actionTypes: ActionType[] = [
  'list-data-records',
  'find-data-record-by-id',
  'match-data-record',
  'create-data-record',
  'find-or-create-data-record',
  'update-data-record',
  'delete-data-record',
  'search-data-record',
  'connector-operation',
  'api-request-to-external-app',
  'api-request-to-your-app',
  'http-request',
  'run-javascript',
  'api-request',
]

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Checks the shape of a PATCH body: only `config`, `inputSchema` and `type`, each of the right kind. */
export function validatePatchBody(body: unknown): {
  config?: JsonObject
  inputSchema?: JsonObject
  type?: ActionType
} {
  if (!isObject(body))
    throw new HttpError(400, 'The body must be a JSON object with config, inputSchema or type.')
  const unknown = Object.keys(body).filter((key) => !['config', 'inputSchema', 'type'].includes(key))
  if (unknown.length > 0) throw new HttpError(400, `Unknown field(s) in the body: ${unknown.join(', ')}.`)
  if (body.config !== undefined && !isObject(body.config))
    throw new HttpError(400, '"config" must be an object.')
  if (
    isObject(body.config) &&
    body.config.defaultInput !== undefined &&
    !isObject(body.config.defaultInput)
  ) {
    throw new HttpError(400, '"config.defaultInput" must be an object.')
  }
  if (body.inputSchema !== undefined && !isObject(body.inputSchema)) {
    throw new HttpError(400, '"inputSchema" must be an object.')
  }
  if (body.type !== undefined && !actionTypes.includes(body.type as ActionType)) {
    throw new HttpError(400, `"type" must be one of: ${actionTypes.join(', ')}.`)
  }
  return body as { config?: JsonObject; inputSchema?: JsonObject; type?: ActionType }
}
