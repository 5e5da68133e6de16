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
  /** On the error of a run: the id of its run log. */
  actionRunId?: string
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
  name?: string
  key?: string
  description?: string
  type?: ActionType
  state?: ActionInstanceState
  userId?: string
  connectionId?: string
  integrationId?: string
  /** The integration's key, such as `hubspot`. */
  integrationKey?: string
  parentId?: string
  instanceKey?: string
  revision?: string
  isCustomized?: boolean
  isOutdated?: boolean
  /** The JSON Schema of the run input; absent means the action takes no input. */
  inputSchema?: JsonSchema
  outputSchema?: JsonSchema
  /** The customer's customization; absent means none (`{}`). */
  config?: ActionInstanceConfig
  dependencies?: ActionInstanceDependency[]
  errors?: ApiErrorBody[]
  createdAt?: string
  updatedAt?: string
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
  /** The id of the run's log (`GET /action-run-logs/{id}`), when the API reports it (`/act` always does). */
  actionRunId?: string
}

/** The body of `POST /act`: exactly one of `key` / `id`, and exactly one of the connection fields. */
export type ActRequest<TInput extends object = JsonObject> = (
  { key: string; id?: never } | { id: string; key?: never }
) &
  (
    | { connectionKey: string; connectionId?: never; integrationKey?: never }
    | { connectionId: string; connectionKey?: never; integrationKey?: never }
    | { integrationKey: string; connectionKey?: never; connectionId?: never }
  ) & {
    /** The run's input. */
    input: TInput
    /** Anything the caller wants kept with the run. */
    meta?: JsonObject
  }

/** What `POST /act` returns. */
export interface ActResponse<TOutput = unknown> {
  output: TOutput
  /** The id of the run's log. */
  actionRunId: string
}

/** The log the platform keeps of one run of an action. Sensitive values (`isSensitive`) are masked. */
export interface ActionRunLog<TInput = JsonObject, TOutput = unknown> {
  id: string
  userId?: string
  connectionId?: string
  integrationId?: string
  /** The name of the action that ran. */
  name?: string
  status: 'success' | 'error'
  createdAt: string
  completedAt: string
  /** How long the run took, in milliseconds. */
  duration: number
  input: TInput
  output?: TOutput
  error?: ApiErrorBody
  /** The action instance as it was when it ran. */
  action: ActionInstance
}

/** One page of run logs, newest first. */
export interface ActionRunLogList {
  items: ActionRunLog[]
  /** Pass it back to get the next (older) page; absent on the last page. */
  cursor?: string
}

/** The query of `GET /action-run-logs`. */
export interface ActionRunLogQuery {
  /** Page size, 1 to 1000. Defaults to the API's default (100). */
  limit?: number
  cursor?: string
  /** Only the runs on this connection (its id). */
  connectionId?: string
  /** Only the runs of this action instance (its id). */
  actionId?: string
  status?: 'success' | 'error'
  /** Only runs created at or after this time (ISO 8601). */
  from?: string
  /** Only runs created at or before this time (ISO 8601). */
  to?: string
}

/** What the customer must do to make a connection work again. */
export interface ConnectionClientAction {
  type: 'connect' | 'provide-input'
  description: string
  /** Where the customer does it, when the platform offers a page for it. */
  uiUrl?: string
}

/** A connection and its health (`GET /connections/{connection}`). */
export interface Connection {
  id: string
  key?: string
  name: string
  /** Whether the connection works; `false` while it is defunct. */
  connected: boolean
  /** The connection stopped working (an expired or revoked grant); runs on it fail with type `connection`. */
  isDefunct: boolean
  state?: string
  errors?: ApiErrorBody[]
  clientAction?: ConnectionClientAction
}

/** One record of a data collection: a choice of a `referenceCollection` field (the value is `id`). */
export interface DataRecord {
  id: string
  /** The label to show; falls back to `id`. */
  name?: string
  /** The record in the external app. */
  uri?: string
  /** An icon shown beside the label. */
  iconUri?: string
  fields?: JsonObject
}

/** One page of a data collection's records. */
export interface DataRecordList {
  records: DataRecord[]
  /** Pass it back to get the next page; absent on the last page. */
  cursor?: string
}

/** Values of a data collection's `parameters` (sent as the query string). */
export type DataCollectionParameters = { [name: string]: string | number | boolean | undefined }

/** A list request of a data collection. */
export interface ListDataRecordsQuery {
  cursor?: string
  /** Field equality filter, e.g. `{ id: ['C1', 'C2'] }`. */
  filter?: JsonObject
  parameters?: DataCollectionParameters
}

/** A search request of a data collection. */
export interface SearchDataRecordsQuery {
  query: string
  cursor?: string
  parameters?: DataCollectionParameters
}

/** A `{ "$var": "$.input.<field>" }` parameter: the value of another field of the same input. */
export interface DataSchemaVariable {
  $var: string
}

/** The platform's extensions of JSON Schema in an `inputSchema` (a DataSchema). */
export interface DataSchemaKeywords {
  /** A fixed picklist: the value is `id`, the label `name`. */
  referenceRecords?: { id: string | number; name?: string }[]
  /** The choices are the records of a data collection of the connection. */
  referenceCollection?: {
    key: string
    parameters?: { [name: string]: JsonValue | DataSchemaVariable }
  }
  /** A value that is not one of the records is accepted too. */
  allowCustom?: boolean
  /** The value is a secret: masked in the form. */
  isSensitive?: boolean
}

/** JSON Schema plus the platform's keywords (`referenceRecords`, `referenceCollection`, `allowCustom`, `isSensitive`). */
export type DataSchema = JsonSchema & DataSchemaKeywords
