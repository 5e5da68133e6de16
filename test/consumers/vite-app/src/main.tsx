// A fresh app's entry: the kit's list and runner against the in-browser reference API.
import { StrictMode, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { ActionsProvider } from 'react-action-instances'
import type { ActionsClientOptions } from 'react-action-instances'
import { ActionList, ActionRunner } from 'react-action-instances/components'
import { createReferenceApi } from 'react-action-instances/testing'
import 'react-action-instances/styles.css'

const api = createReferenceApi()
const queryClient = new QueryClient()
const clientOptions: ActionsClientOptions = {
  apiUri: 'http://reference.test',
  fetch: api.fetch,
  fetchToken: () => api.mintToken({ id: 'customer-1' }),
}

function App() {
  const [action, setAction] = useState<string | null>(null)
  return (
    <QueryClientProvider client={queryClient}>
      <ActionsProvider clientOptions={clientOptions} queryClient={queryClient}>
        <main>
          <ActionList connection="hubspot" selectedAction={action} onSelectedActionChange={setAction} />
          {action && <ActionRunner connection="hubspot" action={action} />}
        </main>
      </ActionsProvider>
    </QueryClientProvider>
  )
}

const root = document.getElementById('root')
if (!root) throw new Error('#root is missing')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
