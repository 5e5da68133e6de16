import type { QueryClient } from '@tanstack/react-query'
import type { ActionsClient } from '../client/types'
import { actionKeys } from './actionKeys'

interface Binding {
  client: ActionsClient
  owner: object
}

const bindings = new WeakMap<QueryClient, Binding>()

/**
 * Binds a QueryClient to the client (customer, token source, API address) whose data it caches. Binding
 * another client drops the kit's cached data first, so one customer's data never renders under another;
 * the queries refetch with the new client.
 */
export function bindClient(queryClient: QueryClient, client: ActionsClient, owner: object): void {
  const bound = bindings.get(queryClient)
  bindings.set(queryClient, { client, owner })
  if (!bound || bound.client === client) return
  if (bound.owner !== owner) {
    console.error(
      'react-action-instances: <ActionsProvider>s with different clients share one QueryClient; give each its own.',
    )
  }
  void queryClient.cancelQueries({ queryKey: actionKeys.all })
  queryClient.removeQueries({ queryKey: actionKeys.all })
}

/** Whether a client may still write into a QueryClient: false once the QueryClient was bound to another one. */
export function mayWrite(queryClient: QueryClient, client: ActionsClient): boolean {
  const bound = bindings.get(queryClient)
  return !bound || bound.client === client
}
