import { useId, useState } from 'react'
import type { FormEvent } from 'react'
import { QueryClient } from '@tanstack/react-query'
import { ActionsProvider, createActionsClient } from 'react-action-instances'
import type { ActionsClient } from 'react-action-instances'
import { describeConnectError } from './describeConnectError'
import { IntegrationSettingsPage } from './IntegrationSettingsPage'
import './LiveApiPage.css'

/** Props of `LiveApiPage`. */
export interface LiveApiPageProps {
  /** The API URL the form starts with. Defaults to `http://127.0.0.1:4010` (`npm run api`). */
  defaultApiUri?: string
}

interface Connection {
  client: ActionsClient
  queryClient: QueryClient
}

/**
 * Connects the settings page to a real Action Instances API. The token lives in React state only: it never
 * reaches the URL, storage or the story's args.
 */
export function LiveApiPage({ defaultApiUri = 'http://127.0.0.1:4010' }: LiveApiPageProps) {
  const id = useId()
  const [apiUri, setApiUri] = useState(defaultApiUri)
  const [token, setToken] = useState('')
  const [connection, setConnection] = useState<Connection | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [checking, setChecking] = useState(false)

  const connect = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (checking) return
    setChecking(true)
    setError(null)
    const uri = apiUri.trim().replace(/\/+$/, '')
    const client = createActionsClient({
      apiUri: uri,
      token: token.trim(),
      timeoutMs: 10_000,
      // Bound to the window: the client calls its `fetch` as a method, which browsers reject as an illegal invocation.
      fetch: (input, init) => globalThis.fetch(input, init),
    })
    try {
      // One cheap call proves the server answers and accepts the token before the page mounts.
      await client.connection('hubspot').actions.list({ limit: 1 })
      setConnection({ client, queryClient: new QueryClient() })
    } catch (reason) {
      setError(describeConnectError(reason, uri))
    } finally {
      setChecking(false)
    }
  }

  if (connection) {
    return (
      <div className="live-api">
        <p className="live-api-bar">
          <span role="status">Connected to {connection.client.apiUri}</span>{' '}
          <button type="button" className="rai-button" onClick={() => setConnection(null)}>
            Disconnect
          </button>
        </p>
        <ActionsProvider client={connection.client} queryClient={connection.queryClient}>
          <IntegrationSettingsPage />
        </ActionsProvider>
      </div>
    )
  }

  return (
    <form className="live-api live-api-form" aria-labelledby={`${id}-title`} onSubmit={connect}>
      <h1 id={`${id}-title`}>Connect to an Action Instances API</h1>
      <p>
        Start the reference API with <code>npm run api</code> and paste the token it prints, or use your own
        API and a customer token. The token stays in this page&apos;s memory only.
      </p>
      <label htmlFor={`${id}-uri`} className="rai-label">
        API URL
      </label>
      <input
        id={`${id}-uri`}
        className="rai-input"
        type="url"
        required
        value={apiUri}
        onChange={(event) => setApiUri(event.target.value)}
      />
      <label htmlFor={`${id}-token`} className="rai-label">
        Customer token
      </label>
      <input
        id={`${id}-token`}
        className="rai-input"
        type="password"
        autoComplete="off"
        spellCheck={false}
        required
        value={token}
        onChange={(event) => setToken(event.target.value)}
      />
      {error && (
        <p role="alert" className="rai-error">
          {error}
        </p>
      )}
      <button
        type="submit"
        className="rai-button"
        data-variant="primary"
        aria-disabled={checking || undefined}
      >
        {checking ? 'Connecting…' : 'Connect'}
      </button>
    </form>
  )
}
