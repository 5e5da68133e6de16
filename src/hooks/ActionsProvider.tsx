import { useEffect, useMemo, useState } from 'react'
import { QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { createActionsClient } from '../client/createActionsClient'
import { retryDelay, shouldRetryRequest } from '../client/retryPolicy'
import type { ActionsClient, ActionsClientOptions } from '../client/types'
import { ActionsContext } from './ActionsContext'

/** Props of `ActionsProvider`. */
export interface ActionsProviderProps {
  /** A client to use. Defaults to one created once from `clientOptions`. */
  client?: ActionsClient
  /** Options of the client to create when `client` is not given. */
  clientOptions?: ActionsClientOptions
  /** The host's QueryClient, so the kit shares its cache. Defaults to a QueryClient of the kit's own. */
  queryClient?: QueryClient
  children?: ReactNode
}

/**
 * Gives the kit's hooks a client and a QueryClient. The kit passes its QueryClient to React Query directly,
 * so it never shadows the host's own `QueryClientProvider`.
 * @example
 * <ActionsProvider clientOptions={{ fetchToken }} queryClient={queryClient}>
 *   <App />
 * </ActionsProvider>
 */
export function ActionsProvider({ client, clientOptions, queryClient, children }: ActionsProviderProps) {
  const [ownClient] = useState(() => {
    if (client) return undefined
    if (!clientOptions) throw new Error('<ActionsProvider> needs a `client` or `clientOptions`')
    return createActionsClient(clientOptions)
  })
  const [ownQueryClient] = useState(() =>
    queryClient
      ? undefined
      : new QueryClient({ defaultOptions: { queries: { retry: shouldRetryRequest, retryDelay } } }),
  )
  const activeQueryClient = queryClient ?? ownQueryClient
  const activeClient = client ?? ownClient
  if (!activeQueryClient || !activeClient) {
    throw new Error('<ActionsProvider> cannot switch between given and created clients after mounting')
  }
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
