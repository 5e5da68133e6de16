export { ActionsApiError, createActionsClient, DEFAULT_API_URI, retryDelay, shouldRetryRequest } from './client'
export type {
  ActionClient,
  ActionsApiErrorInit,
  ActionsClient,
  ActionsClientOptions,
  ConnectionClient,
  RequestOptions,
} from './client'
export type {
  ActionInstance,
  ActionInstanceConfig,
  ActionInstanceDependency,
  ActionInstanceList,
  ActionInstanceState,
  ActionRunResponse,
  ActionType,
  ApiErrorBody,
  FieldError,
  JsonObject,
  JsonSchema,
  JsonValue,
  ListActionsQuery,
  PatchActionInstance,
} from './types'
