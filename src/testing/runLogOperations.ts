import { connectionDto } from './connectionHealth'
import type { OperationContext } from './operations'
import { listLimit } from './operations'
import { HttpError, jsonResponse } from './responses'

function timeParam(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name)
  if (raw === null || raw === '') return undefined
  const time = Date.parse(raw)
  if (Number.isNaN(time)) throw new HttpError(400, `Query parameter "${name}" must be an ISO 8601 date.`)
  return time
}

function textParam(query: URLSearchParams, name: string): string | undefined {
  const value = query.get(name)
  return value === null || value === '' ? undefined : value
}

/** `GET /action-run-logs`: the customer's run logs, newest first, filtered and paged. */
export function listRunLogs({ store, customerId, query }: OperationContext): Response {
  const status = textParam(query, 'status')
  if (status !== undefined && status !== 'success' && status !== 'error') {
    throw new HttpError(400, 'Query parameter "status" must be success or error.')
  }
  const cursor = textParam(query, 'cursor')
  const connectionId = textParam(query, 'connectionId')
  const actionId = textParam(query, 'actionId')
  const from = timeParam(query, 'from')
  const to = timeParam(query, 'to')
  const page = store.runLogs.list(customerId, {
    limit: listLimit(query),
    ...(cursor !== undefined && { cursor }),
    ...(connectionId !== undefined && { connectionId }),
    ...(actionId !== undefined && { actionId }),
    ...(status !== undefined && { status }),
    ...(from !== undefined && { from }),
    ...(to !== undefined && { to }),
  })
  return jsonResponse(200, page)
}

/** `GET /connections/{c}`: the customer's connection and its health. */
export function getConnection({ store, customerId, connection }: OperationContext): Response {
  const found = store.connection(customerId, connection)
  return jsonResponse(200, connectionDto(found, store.health.defunctOf(found)))
}
