import { createContext, useContext } from 'react'
import type { QueryClient } from '@tanstack/react-query'
import type { ActionsClient } from '../client/types'

/** What `ActionsProvider` hands to the hooks. */
export interface ActionsContextValue {
  client: ActionsClient
  queryClient: QueryClient
}

export const ActionsContext = createContext<ActionsContextValue | null>(null)

/** The provider's client and QueryClient; throws a clear error outside `<ActionsProvider>`. */
export function useActionsContext(hook = 'useActionsClient'): ActionsContextValue {
  const value = useContext(ActionsContext)
  if (!value) throw new Error(`${hook} must be used inside <ActionsProvider>`)
  return value
}
