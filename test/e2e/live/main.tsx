import { StrictMode, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { ActionsProvider, createActionsClient } from 'react-action-instances'
import { ActionList, ActionRunner } from 'react-action-instances/components'
import '../../../src/styles.css'

declare global {
  interface Window {
    tokenFetches: number
  }
}

// The API's address comes from the page URL; the token never does: it comes from this page's own backend.
const apiUri = new URLSearchParams(window.location.search).get('api') ?? 'http://127.0.0.1:4010'
window.tokenFetches = 0
const client = createActionsClient({
  apiUri,
  fetchToken: async () => {
    window.tokenFetches += 1
    const response = await fetch('/token', { method: 'POST' })
    if (!response.ok) throw new Error(`token endpoint answered ${response.status}`)
    return response.text()
  },
})

function Page() {
  const [action, setAction] = useState<string | undefined>()
  return (
    <main style={{ display: 'grid', gridTemplateColumns: '320px 1fr', gap: 16 }}>
      <ActionList connection="hubspot" selectedAction={action} onSelectedActionChange={setAction} />
      {action ? <ActionRunner connection="hubspot" action={action} /> : <p>Pick an action</p>}
    </main>
  )
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <ActionsProvider client={client}>
      <Page />
    </ActionsProvider>
  </StrictMode>,
)
