import type { ActionInstance } from '../types'
import { createExternalApp } from './createExternalApp'
import { applyDynamicFields, isOutdated } from './dynamicFields'
import { ConnectionHealth } from './connectionHealth'
import { ListCursors } from './listCursor'
import { RunLogStore } from './runLogStore'
import { HttpError } from './responses'
import type { ExternalApp, ReferenceSeed, SeedAction, SeedIntegration } from './types'

/** One customer's connection to one integration, with its external app. */
export interface Connection {
  id: string
  customerId: string
  integration: SeedIntegration
  integrationId: string
  app: ExternalApp
}

/**
 * An instance as the reference API writes it: every field the platform fills is present (the OpenAPI promises only
 * `id`, so the kit's `ActionInstance` type keeps the rest optional).
 */
export type StoredDto = ActionInstance &
  Required<
    Pick<
      ActionInstance,
      | 'name'
      | 'type'
      | 'state'
      | 'userId'
      | 'connectionId'
      | 'integrationId'
      | 'parentId'
      | 'revision'
      | 'isCustomized'
      | 'isOutdated'
      | 'createdAt'
      | 'updatedAt'
    >
  >

/** An instance as stored: the DTO plus what the store needs to order and find it. */
export interface StoredInstance {
  seq: number
  connection: Connection
  action: SeedAction
  dto: StoredDto
}

/** A page of a list. */
export interface InstancePage {
  items: StoredInstance[]
  cursor?: string
}

function timestamp(): string {
  return new Date().toISOString()
}

/** The in-memory state of the reference API: customers, their connections, apps and action instances. */
export class InstanceStore {
  private seq = 0
  private readonly integrationIds = new Map<string, string>()
  private readonly actionIds = new Map<SeedAction, string>()
  private readonly connections = new Map<string, Connection[]>()
  private readonly instances: StoredInstance[] = []
  private readonly cursors = new ListCursors()
  /** Cursors of data collection pages. */
  readonly dataCursors = new ListCursors()
  /** Every customer's run logs. */
  readonly runLogs: RunLogStore
  /** Which connections are defunct. */
  readonly health = new ConnectionHealth()

  constructor(
    private readonly seed: ReferenceSeed,
    options: { maxRunLogsPerCustomer?: number } = {},
  ) {
    this.runLogs = new RunLogStore(options.maxRunLogsPerCustomer)
    for (const integration of seed.integrations) {
      this.integrationIds.set(integration.key, crypto.randomUUID())
      for (const action of integration.actions) this.actionIds.set(action, crypto.randomUUID())
    }
  }

  /** The customer's connection named by integration key, connection id or integration id; created on first access. */
  connection(customerId: string, selector: string): Connection {
    let list = this.connections.get(customerId)
    if (list === undefined) {
      list = this.seed.integrations.map((integration) => ({
        id: crypto.randomUUID(),
        customerId,
        integration,
        integrationId: this.integrationIds.get(integration.key) ?? '',
        app: createExternalApp(integration),
      }))
      this.connections.set(customerId, list)
      for (const connection of list) {
        for (const action of connection.integration.actions) this.create(connection, action)
      }
    }
    const found = list.find(
      (c) => c.integration.key === selector || c.id === selector || c.integrationId === selector,
    )
    if (found === undefined) throw new HttpError(404, `Connection "${selector}" was not found.`)
    return found
  }

  /** A keyset page ordered by creation: items added or archived between pages neither repeat nor get skipped. */
  list(
    connection: Connection,
    query: { limit: number; cursor?: string; search?: string; includeArchived: boolean },
  ) {
    const search = query.search?.toLowerCase() ?? ''
    const scope = JSON.stringify([connection.customerId, connection.id, search, query.includeArchived])
    const after = query.cursor === undefined ? 0 : this.cursors.resolve(scope, query.cursor)
    const matching = this.instances.filter(
      (s) =>
        s.connection === connection &&
        s.seq > after &&
        (query.includeArchived || s.dto.archivedAt === undefined) &&
        (search === '' ||
          s.dto.name.toLowerCase().includes(search) ||
          (s.dto.key ?? '').toLowerCase().includes(search)),
    )
    const items = matching.slice(0, query.limit)
    const last = items[items.length - 1]
    const page: InstancePage = { items }
    if (matching.length > query.limit && last !== undefined) page.cursor = this.cursors.issue(scope, last.seq)
    return page
  }

  /** The live instance named by action key (plus instance key) or instance id; auto-created when allowed. */
  find(
    connection: Connection,
    selector: string,
    instanceKey: string | undefined,
    autoCreate: boolean,
  ): StoredInstance {
    const live = this.instances.filter((s) => s.connection === connection && s.dto.archivedAt === undefined)
    const byKey = live.find((s) => s.action.key === selector && s.dto.instanceKey === instanceKey)
    if (byKey !== undefined) return byKey
    const byId = live.find(
      (s) => s.dto.id === selector && (instanceKey === undefined || s.dto.instanceKey === instanceKey),
    )
    if (byId !== undefined) return byId
    const action = connection.integration.actions.find((a) => a.key === selector)
    if (action === undefined)
      throw new HttpError(404, `Action "${selector}" was not found on this connection.`)
    if (!autoCreate) throw new HttpError(404, `Action "${selector}" has no instance on this connection yet.`)
    return this.create(connection, action, instanceKey)
  }

  /** A fresh instance with the parent action's defaults and its dynamic fields calculated. */
  create(connection: Connection, action: SeedAction, instanceKey?: string): StoredInstance {
    const now = timestamp()
    this.seq += 1
    const dto: StoredDto = {
      id: crypto.randomUUID(),
      name: action.name,
      key: action.key,
      description: action.description,
      type: action.type,
      state: 'READY',
      userId: connection.customerId,
      connectionId: connection.id,
      integrationId: connection.integrationId,
      integrationKey: connection.integration.key,
      parentId: this.actionIds.get(action) ?? '',
      revision: '1',
      isCustomized: false,
      isOutdated: false,
      inputSchema: {},
      outputSchema: structuredClone(action.outputSchema),
      config: {},
      dependencies: [],
      errors: [],
      createdAt: now,
      updatedAt: now,
    }
    if (instanceKey !== undefined) dto.instanceKey = instanceKey
    const stored: StoredInstance = { seq: this.seq, connection, action, dto }
    this.restoreDefaults(stored)
    this.instances.push(stored)
    return stored
  }

  /** Puts back the parent's config and input schema, with dynamic fields recalculated as setup would. */
  restoreDefaults(stored: StoredInstance): void {
    stored.dto.config = structuredClone(stored.action.config ?? {})
    stored.dto.inputSchema = structuredClone(stored.action.inputSchema)
    stored.dto.dependencies = []
    this.setup(stored)
  }

  /** Recalculates the dynamic fields of an instance from its app's current custom fields. */
  setup(stored: StoredInstance): void {
    const collection = stored.action.customFieldsOf
    if (collection === undefined) return
    const fields = stored.connection.app.customFields(collection)
    const next = applyDynamicFields(
      stored.dto.inputSchema ?? {},
      stored.dto.dependencies ?? [],
      collection,
      fields,
    )
    stored.dto.inputSchema = next.inputSchema
    stored.dto.dependencies = next.dependencies
  }

  /** Records a change: a new revision and a strictly later `updatedAt`. */
  touch(stored: StoredInstance): void {
    stored.dto.revision = String(Number(stored.dto.revision) + 1)
    const previous = Date.parse(stored.dto.updatedAt)
    stored.dto.updatedAt = new Date(Math.max(Date.now(), previous + 1)).toISOString()
  }

  /** A deep copy of the instance as the API returns it, with `isOutdated` evaluated now. */
  toDto(stored: StoredInstance): StoredDto {
    const dto = structuredClone(stored.dto)
    const collection = stored.action.customFieldsOf
    dto.isOutdated =
      collection !== undefined &&
      isOutdated(collection, stored.connection.app.customFields(collection), stored.dto.dependencies ?? [])
    return dto
  }
}
