export { ActionRunError } from './ActionRunError'
export { createReferenceApi } from './createReferenceApi'
export { defaultSeed } from './defaultSeed'
export { mintCustomerToken } from './mintCustomerToken'
export { toNodeListener } from './toNodeListener'
export { DEFAULT_WORKSPACE_KEY, DEFAULT_WORKSPACE_SECRET } from './workspaceDefaults'
export type { RateLimitOptions } from './customerRateLimit'
export type { MintCustomerTokenOptions } from './mintCustomerToken'
export type { NodeRequestLike, NodeResponseLike } from './toNodeListener'
export type {
  ActionBehaviourContext,
  ActionBehaviourResult,
  CustomField,
  ExternalApp,
  Fault,
  MintTokenClaims,
  OperationName,
  RecordedRequest,
  SeedDataCollection,
  ReferenceApi,
  ReferenceApiOptions,
  ReferenceSeed,
  SeedAction,
  SeedIntegration,
} from './types'
