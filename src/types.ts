import type { JSONSchema7 } from 'json-schema'

/** A JSON Schema (draft-07 compatible), as used by `inputSchema`, `outputSchema` and the forms. */
export type JsonSchema = JSONSchema7

/** Any JSON value. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }

/** A JSON object. */
export type JsonObject = { [key: string]: JsonValue }

/** The kind of an action, as the platform names it. */
export type ActionType =
  | 'list-data-records'
  | 'find-data-record-by-id'
  | 'match-data-record'
  | 'create-data-record'
  | 'find-or-create-data-record'
  | 'update-data-record'
  | 'delete-data-record'
  | 'search-data-record'
  | 'connector-operation'
  | 'api-request-to-external-app'
  | 'api-request-to-your-app'
  | 'http-request'
  | 'run-javascript'
  | 'api-request'

/** Whether an action instance can run. `SETTING_UP` appears in the platform's OpenAPI; `CONFIGURATION_ERROR` in its docs. */
export type ActionInstanceState = 'READY' | 'SETTING_UP' | 'SETUP_FAILED' | 'CONFIGURATION_ERROR'

/** An error as the API reports it: in error responses and in an instance's `errors`. */
export interface ApiErrorBody {
  type: string
  key?: string
  message: string
  data?: { [key: string]: unknown }
}

/** One field that failed validation, as listed in a 400's `data.errors`. */
export interface FieldError {
  /** JSON Pointer to the failing value inside the input, such as `/email` or `/address/city`. `''` is the whole input. */
  path: string
  message: string
  /** The JSON Schema keyword that failed, such as `required` or `format`. */
  keyword?: string
}

/** Something an action instance depends on in the external app, such as a custom property. */
export interface ActionInstanceDependency {
  type: string
  instanceId?: string
  instance?: { [key: string]: unknown }
}

/** What a customer may customize on an action instance. */
export interface ActionInstanceConfig {
  /**
   * Values merged under every run's input: a key the run input does not set takes its value from here
   * (objects merge deeply, arrays and other values are replaced whole).
   */
  defaultInput?: JsonObject
  [key: string]: unknown
}

/** One customer's copy of an action on one connection. */
export interface ActionInstance {
  id: string
  name: string
  key?: string
  description?: string
  type: ActionType
  state: ActionInstanceState
  userId: string
  connectionId: string
  integrationId: string
  /** The integration's key, such as `hubspot`. */
  integrationKey?: string
  parentId: string
  instanceKey?: string
  revision: string
  isCustomized: boolean
  isOutdated: boolean
  /** The JSON Schema of the run input; absent means the action takes no input. */
  inputSchema?: JsonSchema
  outputSchema?: JsonSchema
  /** The customer's customization; absent means none (`{}`). */
  config?: ActionInstanceConfig
  dependencies?: ActionInstanceDependency[]
  errors?: ApiErrorBody[]
  createdAt: string
  updatedAt: string
  archivedAt?: string
}

/** One page of a connection's action instances. */
export interface ActionInstanceList {
  items: ActionInstance[]
  /** Pass it back to get the next page; absent on the last page. */
  cursor?: string
}

/** The query of a list request. */
export interface ListActionsQuery {
  /** Page size, 1 to 1000. Defaults to the API's default (100). */
  limit?: number
  cursor?: string
  search?: string
  includeArchived?: boolean
}

/** The body of a customization (PATCH). */
export interface PatchActionInstance {
  config?: ActionInstanceConfig
  inputSchema?: JsonSchema
  type?: ActionType
}

/** What a run returns. */
export interface ActionRunResponse<TOutput = unknown> {
  output: TOutput
  logs?: unknown[]
}
