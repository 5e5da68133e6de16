import { QueryClient } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { RenderOptions, RenderResult } from '@testing-library/react'
import type { ReactElement, ReactNode } from 'react'
import { ActionsProvider } from 'react-action-instances'
import type { ActionsClientOptions } from 'react-action-instances'
import { createReferenceApi } from 'react-action-instances/testing'
import type { ReferenceApi, ReferenceApiOptions } from 'react-action-instances/testing'

/** The base URL every test client talks to. */
export const TEST_API_URI = 'http://reference.test'

/** Options of `renderWithApi`. */
export interface RenderWithApiOptions extends Omit<RenderOptions, 'wrapper' | 'queries'> {
  /** An existing reference API, to share state between renders. Defaults to a fresh one. */
  api?: ReferenceApi
  /** Options for a fresh reference API. */
  apiOptions?: ReferenceApiOptions
  /** The customer the token is minted for. Defaults to `customer-1`. */
  customerId?: string
  /** Extra client options (merged over the test defaults). */
  clientOptions?: Partial<ActionsClientOptions>
  /** Wraps the UI inside the provider, e.g. with an `ActionsLabelsProvider`. */
  wrap?: (ui: ReactNode) => ReactNode
}

/** What `renderWithApi` returns: Testing Library's result plus the API, the QueryClient and the token. */
export interface RenderWithApiResult extends RenderResult {
  api: ReferenceApi
  queryClient: QueryClient
  token: string
  /** Re-renders `next` inside the same provider. */
  rerenderWithApi: (next: ReactElement) => void
}

/**
 * Creates a reference API (or uses the given one), mints a token, creates a fresh QueryClient with
 * `retry: false` and renders `ui` inside `ActionsProvider`.
 */
export async function renderWithApi(
  ui: ReactElement,
  options: RenderWithApiOptions = {},
): Promise<RenderWithApiResult> {
  const {
    api = createReferenceApi(options.apiOptions),
    customerId = 'customer-1',
    clientOptions,
    wrap,
    ...rest
  } = options
  const token = await api.mintToken({ id: customerId, name: 'Test Customer' })
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  })
  const tree = (node: ReactElement) => (
    <ActionsProvider
      queryClient={queryClient}
      clientOptions={{ token, fetch: api.fetch, apiUri: TEST_API_URI, ...clientOptions }}
    >
      {wrap ? wrap(node) : node}
    </ActionsProvider>
  )
  const result = render(tree(ui), rest)
  return { ...result, api, queryClient, token, rerenderWithApi: (next) => result.rerender(tree(next)) }
}
