import type { JsonObject } from '../types'
import { ActionRunError } from './ActionRunError'
import type { InstanceStore } from './instanceStore'
import { mergeDefaultInput } from './mergeDefaultInput'
import { HttpError, jsonResponse } from './responses'
import type { OperationName } from './types'
import { appInputSchema } from './appInputSchema'
import { beginTransaction } from './appTransaction'
import { schemaError, validateAgainstSchema } from './validateAgainstSchema'
import { validatePatchBody } from './validatePatchBody'
import { dataRecordsPage } from './dataRecordsPage'

/** Everything an operation needs: the matched route, the customer, the query and the parsed body. */
export interface OperationContext {
  store: InstanceStore
  operation: OperationName
  customerId: string
  connection: string
  action?: string
  /** The data collection's key, for `listRecords` and `searchRecords`. */
  collection?: string
  query: URLSearchParams
  body: unknown
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function booleanParam(query: URLSearchParams, name: string, fallback: boolean): boolean {
  const value = query.get(name)
  if (value === null || value === '') return fallback
  if (value === 'true' || value === '1') return true
  if (value === 'false' || value === '0') return false
  throw new HttpError(400, `Query parameter "${name}" must be true or false.`)
}

function listLimit(query: URLSearchParams): number {
  const raw = query.get('limit')
  if (raw === null || raw === '') return 100
  const limit = /^\d{1,4}$/.test(raw) ? Number(raw) : NaN
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
    throw new HttpError(400, 'Query parameter "limit" must be an integer from 1 to 1000.')
  }
  return limit
}

/** Runs one operation for an authenticated customer and answers with its success response. */
export function runOperation(context: OperationContext): Response {
  const { store, query } = context
  const connection = store.connection(context.customerId, context.connection)
  if (context.operation === 'listRecords' || context.operation === 'searchRecords') {
    return jsonResponse(200, dataRecordsPage(store.dataCursors, connection, context))
  }
  if (context.operation === 'list') {
    const search = query.get('search') ?? undefined
    const page = store.list(connection, {
      limit: listLimit(query),
      cursor: query.get('cursor') ?? undefined,
      search,
      includeArchived: booleanParam(query, 'includeArchived', false),
    })
    const body: { items: unknown[]; cursor?: string } = { items: page.items.map((s) => store.toDto(s)) }
    if (page.cursor !== undefined) body.cursor = page.cursor
    return jsonResponse(200, body)
  }
  const instanceKey = query.get('instanceKey') ?? undefined
  const autoCreate = context.operation !== 'archive' && booleanParam(query, 'autoCreate', true)
  const stored = store.find(connection, context.action ?? '', instanceKey, autoCreate)
  switch (context.operation) {
    case 'get':
      return jsonResponse(200, store.toDto(stored))
    case 'patch': {
      const patch = validatePatchBody(context.body)
      const invalid = patch.inputSchema === undefined ? undefined : schemaError(patch.inputSchema)
      if (invalid !== undefined) {
        throw new HttpError(400, `"inputSchema" is not a valid JSON Schema: ${invalid}`, {
          data: { errors: [{ path: '/inputSchema', message: invalid }] },
        })
      }
      if (patch.config !== undefined) stored.dto.config = structuredClone(patch.config)
      if (patch.inputSchema !== undefined) stored.dto.inputSchema = structuredClone(patch.inputSchema)
      if (patch.type !== undefined) stored.dto.type = patch.type
      stored.dto.isCustomized = true
      store.touch(stored)
      return jsonResponse(200, store.toDto(stored))
    }
    case 'setup':
      store.setup(stored)
      store.touch(stored)
      return jsonResponse(201, store.toDto(stored))
    case 'reset':
      store.restoreDefaults(stored)
      stored.dto.isCustomized = false
      store.touch(stored)
      return jsonResponse(201, store.toDto(stored))
    case 'archive':
      stored.dto.archivedAt = new Date().toISOString()
      store.touch(stored)
      return jsonResponse(200, {})
    default:
      return runAction(context, stored)
  }
}

function runAction(context: OperationContext, stored: ReturnType<InstanceStore['find']>): Response {
  if (!isObject(context.body))
    throw new HttpError(400, 'The run body must be a JSON object: the input itself.')
  const input = mergeDefaultInput(stored.dto.config?.defaultInput, context.body)
  const check = validateAgainstSchema(stored.dto.inputSchema ?? {}, input)
  if (!check.ok && 'invalidSchema' in check) {
    throw new HttpError(400, `The instance's inputSchema is not a valid JSON Schema: ${check.invalidSchema}`)
  }
  if (!check.ok && 'tooCostly' in check) throw new HttpError(400, check.tooCostly)
  if (!check.ok) {
    throw new HttpError(400, 'The input does not match the inputSchema.', { data: { errors: check.errors } })
  }
  // The external app checks what reaches it against its own field types, whatever the instance's schema says.
  const appCheck = validateAgainstSchema(appInputSchema(stored.action), structuredClone(input))
  if (!appCheck.ok) {
    throw new HttpError(400, `${stored.connection.integration.name} rejected the input.`, {
      type: 'action_run',
      key: 'action_run',
      ...('errors' in appCheck ? { data: { errors: appCheck.errors } } : {}),
    })
  }
  const now = new Date().toISOString()
  const transaction = beginTransaction(stored.connection.app)
  try {
    const result = stored.action.run?.({ input, app: transaction.app, now }) ?? { output: input }
    const output = structuredClone(result.output)
    const outputCheck = validateAgainstSchema(stored.dto.outputSchema ?? {}, output)
    if (!outputCheck.ok) {
      throw new ActionRunError(
        `The answer of the external app does not match the outputSchema of "${stored.action.key}".`,
      )
    }
    const logs: unknown[] = ['Input matches the inputSchema', ...(result.logs ?? [])]
    const body = { output, logs: structuredClone(logs) }
    transaction.commit()
    return jsonResponse(201, body)
  } catch (error) {
    // The transaction was not committed, so whatever the run wrote is gone.
    if (!(error instanceof ActionRunError)) {
      throw new HttpError(400, 'The external app could not process the input.', {
        type: 'action_run',
        key: 'action_run',
      })
    }
    const data = error.data === undefined ? undefined : { ...error.data }
    throw new HttpError(400, error.message, {
      type: 'action_run',
      key: 'action_run',
      ...(data ? { data } : {}),
    })
  }
}
