import { maskSensitive } from '../maskSensitive'
import type { ActionRunLog, JsonObject } from '../types'
import { defunctMessage } from './connectionHealth'
import type { InstanceStore, StoredInstance } from './instanceStore'
import { runAction } from './operations'
import { HttpError } from './responses'

type RunResult = ReturnType<typeof runAction>

/**
 * Runs an instance through the shared run path and keeps a log of the run, success or failure, with its
 * sensitive values masked. The log keeps the input as sent (not with the defaults merged), so a replay of it
 * still follows the instance's current defaults. A run on a defunct connection fails with type `connection` before it reaches the app.
 * The failure's error body carries the log's id as `actionRunId`.
 */
export function runLogged(
  store: InstanceStore,
  stored: StoredInstance,
  body: unknown,
  answer: (result: RunResult, actionRunId: string) => Response,
): Response {
  const started = Date.now()
  const { connection, dto } = stored
  const record = (entry: Pick<ActionRunLog, 'status' | 'input' | 'output' | 'error'>) => {
    const completed = Date.now()
    const log: Omit<ActionRunLog, 'id'> = {
      userId: connection.customerId,
      connectionId: connection.id,
      integrationId: connection.integrationId,
      name: dto.name,
      status: entry.status,
      createdAt: new Date(started).toISOString(),
      completedAt: new Date(completed).toISOString(),
      duration: completed - started,
      input: maskSensitive(dto.inputSchema, entry.input) as JsonObject,
      ...(entry.output !== undefined && { output: maskSensitive(dto.outputSchema, entry.output) }),
      ...(entry.error !== undefined && { error: entry.error }),
      action: store.toDto(stored),
    }
    return store.runLogs.add(connection.customerId, log).id
  }
  try {
    const defunct = store.health.defunctOf(connection)
    if (defunct !== undefined) {
      throw new HttpError(400, defunctMessage(connection), {
        type: 'connection',
        key: defunct.key,
        data: { connectionId: connection.id },
      })
    }
    const result = runAction(stored, body)
    return answer(result, record({ status: 'success', input: body as JsonObject, output: result.output }))
  } catch (error) {
    if (!(error instanceof HttpError)) throw error
    const { type = 'bad_request', key = type, data } = error.extra
    const actionRunId = record({
      status: 'error',
      input: typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as JsonObject) : {},
      error: {
        type,
        key,
        message: error.message,
        ...(data !== undefined && { data: structuredClone(data) }),
      },
    })
    throw new HttpError(error.status, error.message, { ...error.extra, actionRunId })
  }
}
