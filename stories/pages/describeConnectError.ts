import { ActionsApiError } from 'react-action-instances'

/** A readable reason why connecting to `apiUri` failed. */
export function describeConnectError(error: unknown, apiUri: string): string {
  if (error instanceof ActionsApiError) {
    if (error.type === 'network_error' || error.type === 'timeout') {
      return `Could not reach ${apiUri}. Is the API running (npm run api) and the URL right?`
    }
    if (error.status === 401) return `${apiUri} rejected the token: ${error.message}`
    if (error.type === 'invalid_response') return `${apiUri} answered, but not like an Action Instances API.`
    return `${apiUri} answered with an error (${error.status || error.type}): ${error.message}`
  }
  return error instanceof Error ? error.message : String(error)
}
