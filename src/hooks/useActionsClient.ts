import type { ActionsClient } from '../client/types'
import { useActionsContext } from './ActionsContext'

/**
 * The client of the nearest `<ActionsProvider>`, for calls outside React Query.
 * @example
 * const client = useActionsClient()
 * await client.connection('hubspot').action('create-contact').get()
 */
export function useActionsClient(): ActionsClient {
  return useActionsContext().client
}
