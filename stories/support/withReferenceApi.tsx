import { createContext, useContext, useEffect, useState, type ReactNode } from 'react'
import type { Decorator } from '@storybook/react-vite'
import { QueryClient } from '@tanstack/react-query'
import { ActionsProvider, createActionsClient, type ActionsClient } from 'react-action-instances'
import { ActionsLabelsProvider } from 'react-action-instances/components'
import { createReferenceApi, type ReferenceApi, type ReferenceSeed } from 'react-action-instances/testing'
import stylesheet from '../../src/styles.css?inline'
import { storyLabels } from './storyLabels'

/** What a story can ask of its reference API. */
export interface ReferenceApiParameters {
  /** Delay before every response. Defaults to `150` so loading states are visible. */
  latencyMs?: number
  /** The integrations and actions the API starts with. Defaults to the reference API's `defaultSeed`. */
  seed?: ReferenceSeed
  /** Runs once before the story renders, for example to customize an action or inject faults. */
  prepare?: (api: ReferenceApi, client: ActionsClient) => Promise<void> | void
  /** Render without the kit's stylesheet. Defaults to `false`. */
  unstyled?: boolean
  /** Give no reference API nor provider, for a story that brings its own client. Defaults to `false`. */
  disabled?: boolean
}

export const DEMO_CUSTOMER = 'demo-customer'

const ReferenceApiContext = createContext<ReferenceApi | null>(null)

/** The story's reference API, for a story that plays the host (such as its reconnect flow). */
export function useReferenceApi(): ReferenceApi {
  const api = useContext(ReferenceApiContext)
  if (!api) throw new Error('useReferenceApi: the story has no reference API (referenceApi.disabled is set).')
  return api
}

/** The host's reconnect flow, as a demo plays it: the customer goes through the connect UI, then the connection works. */
export function useDemoReconnect(): (connection: { key?: string; id: string }) => Promise<void> {
  const api = useReferenceApi()
  return async (connection) => {
    await new Promise((resolve) => setTimeout(resolve, 300))
    api.reconnect(connection.key ?? connection.id)
  }
}

function Prepared({ parameters, children }: { parameters: ReferenceApiParameters; children: ReactNode }) {
  const [state] = useState(() => {
    const api = createReferenceApi({ latencyMs: parameters.latencyMs ?? 150, seed: parameters.seed })
    const client = createActionsClient({
      apiUri: 'https://reference-api.local',
      fetch: api.fetch,
      fetchToken: () => api.mintToken({ id: DEMO_CUSTOMER, name: 'Demo customer' }),
    })
    const queryClient = new QueryClient()
    const ready = Promise.resolve(parameters.prepare?.(api, client))
    return { api, client, queryClient, ready }
  })
  const [isReady, setReady] = useState(!parameters.prepare)
  const [error, setError] = useState<unknown>(null)
  useEffect(() => {
    state.ready.then(
      () => setReady(true),
      (reason: unknown) => setError(reason),
    )
  }, [state])
  if (error) return <pre role="alert">Story setup failed: {String(error)}</pre>
  if (!isReady) return null
  return (
    <ReferenceApiContext.Provider value={state.api}>
      <ActionsProvider client={state.client} queryClient={state.queryClient}>
        {children}
      </ActionsProvider>
    </ReferenceApiContext.Provider>
  )
}

/** Gives every story a fresh reference API, a provider, the chosen theme and locale, and the stylesheet. */
export const withReferenceApi: Decorator = (Story, context) => {
  const parameters = (context.parameters.referenceApi ?? {}) as ReferenceApiParameters
  const theme =
    context.globals.theme === 'light' || context.globals.theme === 'dark' ? context.globals.theme : undefined
  const labels = storyLabels(context.globals)
  return (
    <div data-rai-theme={theme} className="rai-story">
      {parameters.unstyled ? null : <style>{stylesheet}</style>}
      {parameters.disabled ? (
        <ActionsLabelsProvider labels={labels}>
          <Story />
        </ActionsLabelsProvider>
      ) : (
        <Prepared key={context.id} parameters={parameters}>
          <ActionsLabelsProvider labels={labels}>
            <Story />
          </ActionsLabelsProvider>
        </Prepared>
      )}
    </div>
  )
}
