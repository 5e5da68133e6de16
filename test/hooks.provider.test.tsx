import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query'
import { act, render, renderHook, screen, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import {
  actionKeys,
  ActionsProvider,
  useAction,
  useActionsClient,
  useActionPrefetcher,
} from 'react-action-instances'
import { createReferenceApi } from 'react-action-instances/testing'
import { createDataHarness, DATA_API_URI } from './support/dataWrapper'

const contact = { connection: 'hubspot', action: 'create-contact' }

describe('ActionsProvider', () => {
  it('makes hooks throw a clear error when it is missing', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => renderHook(() => useActionsClient())).toThrow(
      'useActionsClient must be used inside <ActionsProvider>',
    )
    spy.mockRestore()
  })

  it('creates its client from clientOptions and its own QueryClient once', async () => {
    const api = createReferenceApi()
    const token = await api.mintToken()
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ActionsProvider clientOptions={{ apiUri: DATA_API_URI, token, fetch: api.fetch }}>
        {children}
      </ActionsProvider>
    )
    const { result, rerender } = renderHook(
      () => ({ client: useActionsClient(), query: { ...useAction(contact) } }),
      {
        wrapper,
      },
    )
    const first = result.current.client
    expect(first.apiUri).toBe(DATA_API_URI)
    await waitFor(() => expect(result.current.query.isSuccess).toBe(true))
    rerender()
    expect(result.current.client).toBe(first)
    expect(result.current.query.data?.key).toBe('create-contact')
    expect(api.countRequests({ operation: 'get' })).toBe(1)
  })

  it("shares the host's QueryClient cache and does not shadow the host's provider", async () => {
    const { client, api } = await createDataHarness()
    const host = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const other = new QueryClient()
    let seen: QueryClient | undefined
    function HostComponent() {
      seen = useQueryClient()
      return null
    }
    function Detail() {
      const { data } = useAction(contact)
      return <p>{data?.name ?? 'loading'}</p>
    }
    render(
      <QueryClientProvider client={other}>
        <ActionsProvider client={client} queryClient={host}>
          <HostComponent />
          <Detail />
        </ActionsProvider>
      </QueryClientProvider>,
    )
    await screen.findByText('Create contact')
    expect(seen).toBe(other)
    expect(host.getQueryData(actionKeys.detail('hubspot', 'create-contact'))).toMatchObject({
      key: 'create-contact',
    })
    expect(other.getQueryCache().getAll()).toHaveLength(0)
    expect(api.countRequests()).toBe(1)
  })
})

describe('useActionPrefetcher', () => {
  it('prefetches so that opening the action makes no further GET', async () => {
    const { api, wrapper } = await createDataHarness()
    const prefetch = renderHook(() => useActionPrefetcher(), { wrapper })
    act(() => prefetch.result.current(contact))
    act(() => prefetch.result.current(contact))
    await waitFor(() => expect(api.requests[0]?.status).toBe(200))
    const { result } = renderHook(() => useAction(contact), { wrapper })
    await waitFor(() => expect(result.current.data?.key).toBe('create-contact'))
    expect(api.countRequests({ operation: 'get' })).toBe(1)
  })
})
