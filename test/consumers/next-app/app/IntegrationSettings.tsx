'use client'

import { useState } from 'react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { ActionsProvider } from 'react-action-instances'
import { ActionList, ActionRunner } from 'react-action-instances/components'
import { createReferenceApi } from 'react-action-instances/testing'

// The in-browser reference API stands in for the platform; the token comes from this app's route handler.
const api = createReferenceApi()
const fetchToken = () => fetch('/api/integration-token').then((response) => response.text())

export function IntegrationSettings({ connection }: { connection: string }) {
  const [queryClient] = useState(() => new QueryClient())
  const [action, setAction] = useState<string | null>(null)
  return (
    <QueryClientProvider client={queryClient}>
      <ActionsProvider
        clientOptions={{ fetchToken, fetch: api.fetch, apiUri: 'http://reference.test' }}
        queryClient={queryClient}
      >
        <ActionList connection={connection} selectedAction={action} onSelectedActionChange={setAction} />
        {action && <ActionRunner connection={connection} action={action} />}
      </ActionsProvider>
    </QueryClientProvider>
  )
}
