import type { ActionRunLog } from '../types'
import { ListCursors } from './listCursor'
import { HttpError } from './responses'

/** How many run logs the reference API keeps per customer by default; the oldest is dropped first. */
export const MAX_RUN_LOGS_PER_CUSTOMER = 500

/** The filters of `GET /action-run-logs`, already checked. */
export interface RunLogFilters {
  limit: number
  cursor?: string
  connectionId?: string
  actionId?: string
  status?: 'success' | 'error'
  from?: number
  to?: number
}

interface StoredLog {
  seq: number
  log: ActionRunLog
}

/** The run logs of every customer: bounded per customer, listed newest first with opaque cursors. */
export class RunLogStore {
  private seq = 0
  private readonly logs = new Map<string, StoredLog[]>()
  private readonly cursors = new ListCursors()

  constructor(private readonly limit = MAX_RUN_LOGS_PER_CUSTOMER) {}

  /** Keeps a log for `customerId` and returns it with its new id; drops the customer's oldest beyond the bound. */
  add(customerId: string, entry: Omit<ActionRunLog, 'id'>): ActionRunLog {
    const log = { id: crypto.randomUUID(), ...entry } as ActionRunLog
    const list = this.logs.get(customerId) ?? []
    this.seq += 1
    list.push({ seq: this.seq, log })
    while (list.length > this.limit) list.shift()
    this.logs.set(customerId, list)
    return log
  }

  /** A page of the customer's logs that match the filters, newest first. */
  list(customerId: string, filters: RunLogFilters): { items: ActionRunLog[]; cursor?: string } {
    const { limit, cursor, ...match } = filters
    const scope = JSON.stringify([customerId, match])
    const before = cursor === undefined ? Infinity : this.cursors.resolve(scope, cursor)
    const matching = (this.logs.get(customerId) ?? [])
      .filter(({ seq, log }) => {
        const created = Date.parse(log.createdAt)
        return (
          seq < before &&
          (match.connectionId === undefined || log.connectionId === match.connectionId) &&
          (match.actionId === undefined || log.action.id === match.actionId) &&
          (match.status === undefined || log.status === match.status) &&
          (match.from === undefined || created >= match.from) &&
          (match.to === undefined || created <= match.to)
        )
      })
      .reverse()
    const page = matching.slice(0, limit)
    const last = page[page.length - 1]
    const items = page.map(({ log }) => structuredClone(log))
    return matching.length > limit && last !== undefined
      ? { items, cursor: this.cursors.issue(scope, last.seq) }
      : { items }
  }

  /** One of the customer's logs; another customer's log is as unknown as a missing one. */
  get(customerId: string, id: string): ActionRunLog {
    const found = this.logs.get(customerId)?.find(({ log }) => log.id === id)
    if (found === undefined) throw new HttpError(404, `Run log "${id}" was not found.`)
    return structuredClone(found.log)
  }
}
