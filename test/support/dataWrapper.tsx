import { QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { ActionsProvider, createActionsClient } from 'react-action-instances'
import type { ActionsClient, ActionsClientOptions } from 'react-action-instances'
import { createReferenceApi } from 'react-action-instances/testing'
import type { ReferenceApi, ReferenceApiOptions } from 'react-action-instances/testing'

/** The base URL the data-layer tests talk to. */
export const DATA_API_URI = 'http://reference.test'

/** A reference API, a client on it, a fresh QueryClient and a wrapper that provides both. */
export interface DataHarness {
  api: ReferenceApi
  client: ActionsClient
  queryClient: QueryClient
  token: string
  wrapper: (props: { children: ReactNode }) => ReactNode
}

/** Builds a fresh harness: `retry: false` by default, as every test starts with an empty cache. */
export async function createDataHarness(
  options: {
    api?: ReferenceApiOptions
    client?: Partial<ActionsClientOptions>
    retry?: boolean | 'kit'
  } = {},
): Promise<DataHarness> {
  const api = createReferenceApi(options.api)
  const token = await api.mintToken({ id: 'customer-1', name: 'Test Customer' })
  const client = createActionsClient({ apiUri: DATA_API_URI, token, fetch: api.fetch, ...options.client })
  const queryClient = new QueryClient({
    defaultOptions: {
      // 'kit': the host sets no retry, so the kit's own policy applies.
      queries: { ...(options.retry !== 'kit' && { retry: options.retry ?? false }), gcTime: Infinity },
      mutations: { retry: false },
    },
  })
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ActionsProvider client={client} queryClient={queryClient}>
      {children}
    </ActionsProvider>
  )
  return { api, client, queryClient, token, wrapper }
}

/** Resolves after `ms` milliseconds of real time. */
export function dataSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
