export { ActionsApiError } from './ActionsApiError'
export { createActionsClient, DEFAULT_API_URI } from './createActionsClient'
export { retryDelay, shouldRetryRequest } from './retryPolicy'
export type { ActionsApiErrorInit } from './ActionsApiError'
export type {
  ActionClient,
  ActionsClient,
  ActionsClientOptions,
  ConnectionClient,
  DataCollectionClient,
  RequestOptions,
} from './types'
