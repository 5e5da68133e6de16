import { render, renderHook, screen, waitFor } from '@testing-library/react'
import { useEffect } from 'react'
import { actionKeys, useAction, useActions } from 'react-action-instances'
import type { ActionInstance } from 'react-action-instances'
import type { ReferenceApi } from 'react-action-instances/testing'
import { createDataHarness } from './support/dataWrapper'

const contact = { connection: 'hubspot', action: 'create-contact' }

describe('useActions', () => {
  it('pages by the API cursor and reports hasNextPage', async () => {
    const { api, wrapper } = await createDataHarness()
    const { result } = renderHook(() => useActions({ connection: 'hubspot', limit: 4 }), { wrapper })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data?.pages[0]?.items).toHaveLength(4)
    expect(result.current.hasNextPage).toBe(true)
    await result.current.fetchNextPage()
    await waitFor(() => expect(result.current.data?.pages).toHaveLength(2))
    expect(result.current.data?.pages[1]?.items).toHaveLength(2)
    expect(result.current.hasNextPage).toBe(false)
    expect(api.countRequests({ operation: 'list' })).toBe(2)
    expect(api.requests[1]?.search).toContain('cursor=')
  })

  it('stops only when the cursor is absent, not when a page is short', async () => {
    const { wrapper } = await createDataHarness()
    const { result } = renderHook(() => useActions({ connection: 'hubspot', limit: 6 }), { wrapper })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data?.pages[0]?.items).toHaveLength(6)
    expect(result.current.data?.pages[0]?.cursor).toBeUndefined()
    expect(result.current.hasNextPage).toBe(false)
  })

  it('throws a clear error outside the provider', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => renderHook(() => useActions({ connection: 'hubspot' }))).toThrow(
      'useActions must be used inside <ActionsProvider>',
    )
    spy.mockRestore()
  })
})

describe('useAction', () => {
  it('makes 1 GET for 50 components reading the same action', async () => {
    const { api, wrapper: Wrapper } = await createDataHarness()
    function Reader({ index }: { index: number }) {
      const { data } = useAction(contact)
      return <p>{data ? `${index}:${data.key}` : 'loading'}</p>
    }
    render(
      <Wrapper>
        {Array.from({ length: 50 }, (_, index) => (
          <Reader key={index} index={index} />
        ))}
      </Wrapper>,
    )
    await screen.findByText('49:create-contact')
    expect(api.countRequests({ operation: 'get' })).toBe(1)
  })

  it('opens an action from a cached list with 0 GETs and data on the first render', async () => {
    const { api, queryClient, wrapper } = await createDataHarness()
    const list = renderHook(() => useActions({ connection: 'hubspot' }), { wrapper })
    await waitFor(() => expect(list.result.current.isSuccess).toBe(true))
    api.clearRequests()
    const renders: Array<ActionInstance | undefined> = []
    let getsBeforePaint = -1
    const { result } = renderHook(
      () => {
        const query = useAction(contact)
        renders.push(query.data)
        useEffect(() => {
          getsBeforePaint = api.countRequests({ operation: 'get' })
        }, [])
        return query
      },
      { wrapper },
    )
    expect(renders[0]?.key).toBe('create-contact')
    expect(getsBeforePaint).toBe(0)
    expect(result.current.isFetching).toBe(false)
    expect(queryClient.getQueryState(actionKeys.detail('hubspot', 'create-contact'))?.dataUpdatedAt).toBe(
      queryClient.getQueryState(actionKeys.list('hubspot', {}))?.dataUpdatedAt,
    )
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(api.countRequests({ operation: 'get' })).toBe(0)
  })

  it('passes the AbortSignal from React Query to fetch', async () => {
    const { api, queryClient, wrapper } = await createDataHarness()
    api.injectFault({ kind: 'latency', ms: 500 })
    renderHook(() => useAction(contact), { wrapper })
    await waitFor(() => expect(api.requests).toHaveLength(1))
    await queryClient.cancelQueries({ queryKey: actionKeys.all })
    await waitFor(() => expect(api.requests[0]?.aborted).toBe(true))
  })

  it.each([
    ['a 404', 404, () => {}],
    ['a 400', 400, (api: ReferenceApi) => api.injectFault({ kind: 'status', status: 400 })],
  ])('does not retry %s', async (_label, status, arrange) => {
    const { api, wrapper } = await createDataHarness()
    arrange(api)
    const input = status === 404 ? { connection: 'nowhere', action: 'create-contact' } : contact
    const { result } = renderHook(() => useAction(input), { wrapper })
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error?.status).toBe(status)
    // The first retry would come after at least 150 ms.
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(api.countRequests()).toBe(1)
  })

  it('does not retry when the host QueryClient sets retry: false', async () => {
    const { api, wrapper } = await createDataHarness({ retry: false })
    api.injectFault({ kind: 'rate-limit', retryAfter: 0.2 })
    const { result } = renderHook(() => useAction(contact), { wrapper })
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(api.requests.map((r) => r.status)).toEqual([429])
  })

  it('lets a per-query retry beat the host default', async () => {
    const { api, wrapper } = await createDataHarness({ retry: false })
    api.injectFault({ kind: 'network' })
    const { result } = renderHook(() => useAction(contact, { retry: 1, retryDelay: 1 }), { wrapper })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(api.requests.map((r) => r.status)).toEqual([500, 200])
  })

  it('retries a 429 after its Retry-After when the host sets no retry policy', async () => {
    const { api, wrapper } = await createDataHarness({ retry: 'kit' })
    api.injectFault({ kind: 'rate-limit', retryAfter: 0.2 })
    const startedAt = Date.now()
    const { result } = renderHook(() => useAction(contact), { wrapper })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(190)
    expect(api.requests.map((r) => r.status)).toEqual([429, 200])
  })

  it('retries a network error and an HTML 502, then succeeds', async () => {
    const { api, wrapper } = await createDataHarness({ retry: 'kit' })
    api.injectFault({ kind: 'network' })
    api.injectFault({ kind: 'html' })
    const { result } = renderHook(() => useAction(contact, { retryDelay: 1 }), { wrapper })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(api.requests.map((r) => r.status)).toEqual([500, 502, 200])
  })
})
