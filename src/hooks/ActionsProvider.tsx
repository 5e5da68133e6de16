import { useEffect, useMemo, useState } from 'react'
import { QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { createActionsClient } from '../client/createActionsClient'
import type { ActionsClient, ActionsClientOptions } from '../client/types'
import { applyActionQueryDefaults } from './actionQueryDefaults'
import { ActionsContext } from './ActionsContext'
import { bindClient } from './customerScope'

/** Props of `ActionsProvider`. */
export interface ActionsProviderProps {
  /** A client to use. Defaults to one created from `clientOptions`. */
  client?: ActionsClient
  /**
   * Options of the client to create when `client` is not given. A change of `apiUri`, `token`, `fetchToken`,
   * `fetch` or `timeoutMs` creates a new client (and drops the kit's cached data), so pass a stable `fetchToken`.
   */
  clientOptions?: ActionsClientOptions
  /** The host's QueryClient, so the kit shares its cache. Defaults to a QueryClient of the kit's own. */
  queryClient?: QueryClient
  children?: ReactNode
}

function useClientFromOptions(options: ActionsClientOptions | undefined): ActionsClient | undefined {
  const { apiUri, token, fetchToken, fetch, timeoutMs } = options ?? {}
  const given = options !== undefined
  return useMemo(
    () => (given ? createActionsClient({ apiUri, token, fetchToken, fetch, timeoutMs }) : undefined),
    [given, apiUri, token, fetchToken, fetch, timeoutMs],
  )
}

/**
 * Gives the kit's hooks a client and a QueryClient. The kit passes its QueryClient to React Query directly,
 * so it never shadows the host's own `QueryClientProvider`. One QueryClient serves one customer at a time:
 * when the client changes (another customer, token source or API address), the kit's cached data is
 * dropped before anything renders with it.
 * @example
 * <ActionsProvider clientOptions={{ fetchToken }} queryClient={queryClient}>
 *   <App />
 * </ActionsProvider>
 */
export function ActionsProvider({ client, clientOptions, queryClient, children }: ActionsProviderProps) {
  const created = useClientFromOptions(client ? undefined : clientOptions)
  const [ownQueryClient] = useState(() => (queryClient ? undefined : new QueryClient()))
  const activeQueryClient = queryClient ?? ownQueryClient
  const activeClient = client ?? created
  if (!activeClient) throw new Error('<ActionsProvider> needs a `client` or `clientOptions`')
  if (!activeQueryClient) {
    throw new Error('<ActionsProvider> cannot switch from its own QueryClient to a given one after mounting')
  }
  const [owner] = useState<object>(() => ({}))
  bindClient(activeQueryClient, activeClient, owner)
  // Before the children's first queries, which read the defaults when they are built.
  useMemo(() => applyActionQueryDefaults(activeQueryClient), [activeQueryClient])
  useEffect(() => {
    activeQueryClient.mount()
    return () => activeQueryClient.unmount()
  }, [activeQueryClient])
  const value = useMemo(
    () => ({ client: activeClient, queryClient: activeQueryClient }),
    [activeClient, activeQueryClient],
  )
  return <ActionsContext.Provider value={value}>{children}</ActionsContext.Provider>
}
