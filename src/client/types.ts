import type {
  ActionInstance,
  ActionInstanceList,
  ActionRunResponse,
  DataRecordList,
  JsonObject,
  ListActionsQuery,
  ListDataRecordsQuery,
  PatchActionInstance,
  SearchDataRecordsQuery,
} from '../types'

/** How to reach and authenticate against the Action Instances API. */
export interface ActionsClientOptions {
  /** Base URI of the API. Defaults to `DEFAULT_API_URI` (`https://api.integration.app`). */
  apiUri?: string
  /** A fixed customer token. It is never refreshed: a 401 is thrown. */
  token?: string
  /**
   * Returns a fresh customer token; called once after a 401 and before the token expires: a quarter of its
   * lifetime (`exp - iat`) and at most 30 s ahead. The lifetime is counted from when the token arrived, so a
   * server clock that differs from the browser's does not matter.
   */
  fetchToken?: () => Promise<string>
  /** The `fetch` to call. Defaults to `globalThis.fetch`, looked up at call time. */
  fetch?: typeof fetch
  /** Time limit of one request in milliseconds. Defaults to `65_000` (a run may take 60 s). */
  timeoutMs?: number
}

/** Options every client method accepts. */
export interface RequestOptions {
  /** Aborts the request; the method then rejects with an `aborted` error. */
  signal?: AbortSignal
}

/** The operations on one action instance. */
export interface ActionClient {
  /** Reads the instance (the API creates it on first access). */
  get(options?: RequestOptions): Promise<ActionInstance>
  /** Customizes the instance's `config` and/or `inputSchema`. */
  patch(data: PatchActionInstance, options?: RequestOptions): Promise<ActionInstance>
  /** Sets the instance up again: dependencies re-fetched, dynamic fields recalculated. */
  setup(options?: RequestOptions): Promise<ActionInstance>
  /** Restores the parent action's defaults. */
  reset(options?: RequestOptions): Promise<ActionInstance>
  /** Runs the action once with `input`; never retried. */
  run<TInput extends object = JsonObject, TOutput = unknown>(
    input: TInput,
    options?: RequestOptions,
  ): Promise<ActionRunResponse<TOutput>>
  /** Archives the instance; the next access creates a fresh one. */
  archive(options?: RequestOptions): Promise<void>
}

/** The records of one data collection of a connection (the choices of `referenceCollection` fields). */
export interface DataCollectionClient {
  /** One page of records; `parameters` go in the query string, `cursor` and `filter` in the body. */
  list(query?: ListDataRecordsQuery, options?: RequestOptions): Promise<DataRecordList>
  /** One page of the records that match `query`. */
  search(query: SearchDataRecordsQuery, options?: RequestOptions): Promise<DataRecordList>
}

/** The operations on one connection. */
export interface ConnectionClient {
  /** The connection as given: an integration key, a connection id or an integration id. */
  readonly connection: string
  /** The connection's action instances. */
  readonly actions: {
    /** One page of the connection's action instances; pass `cursor` back for the next page. */
    list(query?: ListActionsQuery, options?: RequestOptions): Promise<ActionInstanceList>
  }
  /** One action instance, by action key or instance id. */
  action(action: string, selector?: { instanceKey?: string | undefined }): ActionClient
  /** One data collection of the connection, by key. */
  dataCollection(key: string): DataCollectionClient
}

/** A client of the Action Instances API. */
export interface ActionsClient {
  /** The base URI requests go to. */
  readonly apiUri: string
  /** The operations on one connection. */
  connection(connection: string): ConnectionClient
}
