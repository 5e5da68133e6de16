/** The workspace key (JWT `iss`) the reference API accepts by default. */
export const DEFAULT_WORKSPACE_KEY = 'demo-workspace'

/** The HMAC secret the reference API verifies tokens with by default: a public development value, never a real secret. */
export const DEFAULT_WORKSPACE_SECRET = 'react-action-instances-dev-secret-do-not-use-in-production'
