import type { DataRecord, DataRecordList, JsonObject, JsonValue } from '../types'
import type { Connection } from './instanceStore'
import type { ListCursors } from './listCursor'
import { HttpError } from './responses'

const DEFAULT_PAGE_SIZE = 50

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function fieldOf(record: DataRecord, name: string): unknown {
  if (name === 'id' || name === 'name') return record[name]
  return record.fields?.[name]
}

function matchesFilter(record: DataRecord, filter: JsonObject): boolean {
  return Object.entries(filter).every(([name, wanted]: [string, JsonValue]) => {
    const value = fieldOf(record, name)
    return Array.isArray(wanted) ? wanted.some((w) => w === value) : wanted === value
  })
}

function bodyOf(body: unknown): JsonObject {
  if (body === undefined) return {}
  if (!isObject(body)) throw new HttpError(400, 'The body must be a JSON object.')
  return body
}

/**
 * One page of a data collection of a customer's connection: `list` (optionally filtered by field values) or
 * `search` (case-insensitive, by name or id). Cursors are bound to the customer, connection, collection,
 * parameters and query, so a cursor of one list is a 400 on any other.
 */
export function dataRecordsPage(
  cursors: ListCursors,
  connection: Connection,
  context: { operation: string; collection?: string; query: URLSearchParams; body: unknown },
): DataRecordList {
  const key = context.collection ?? ''
  const collections = connection.integration.dataCollections ?? {}
  const collection = Object.hasOwn(collections, key) ? collections[key] : undefined
  if (collection === undefined) {
    throw new HttpError(404, `Data collection "${key}" was not found on this connection.`)
  }
  const parameters: { [name: string]: string } = {}
  for (const [name, value] of context.query) parameters[name] = value
  for (const name of collection.requiredParameters ?? []) {
    if (!parameters[name]) throw new HttpError(400, `Parameter "${name}" is required for "${key}".`)
  }
  const body = bodyOf(context.body)
  if (body.cursor !== undefined && typeof body.cursor !== 'string') {
    throw new HttpError(400, '"cursor" must be a string.')
  }
  let records = collection.records({ app: connection.app, parameters })
  let search = ''
  if (context.operation === 'searchRecords') {
    if (typeof body.query !== 'string') throw new HttpError(400, '"query" must be a string.')
    search = body.query.toLowerCase()
    records = records.filter(
      (r) => (r.name ?? '').toLowerCase().includes(search) || r.id.toLowerCase().includes(search),
    )
  } else if (body.filter !== undefined) {
    if (!isObject(body.filter)) throw new HttpError(400, '"filter" must be an object.')
    const filter = body.filter
    records = records.filter((record) => matchesFilter(record, filter))
  }
  const scope = JSON.stringify([
    connection.customerId,
    connection.id,
    key,
    parameters,
    context.operation,
    search,
    body.filter ?? null,
  ])
  const offset = body.cursor === undefined ? 0 : cursors.resolve(scope, body.cursor)
  const size = collection.pageSize ?? DEFAULT_PAGE_SIZE
  const page: DataRecordList = { records: structuredClone(records.slice(offset, offset + size)) }
  if (offset + size < records.length) page.cursor = cursors.issue(scope, offset + size)
  return page
}
