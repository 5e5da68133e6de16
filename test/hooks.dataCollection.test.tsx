import { act, renderHook, waitFor } from '@testing-library/react'
import {
  actionKeys,
  ActionsApiError,
  dataCollectionQueryOptions,
  useDataCollection,
} from 'react-action-instances'
import { createDataHarness } from './support/dataWrapper'

describe('client.connection(c).dataCollection(key)', () => {
  it('lists with parameters in the query string and searches with the query in the body', async () => {
    const { client, api } = await createDataHarness()
    const labels = client.connection('github').dataCollection('labels')
    const page = await labels.list({ parameters: { repository: 'acme/mobile' } })
    expect(page.records.map((r) => r.id)).toContain('ios')
    expect(api.requests.at(-1)).toMatchObject({
      method: 'POST',
      path: '/connections/github/data/labels/list',
      search: '?repository=acme%2Fmobile',
    })
    const found = await client.connection('slack').dataCollection('channels').search({ query: 'oncall' })
    expect(found.records).toHaveLength(10)
    const next = await client
      .connection('slack')
      .dataCollection('channels')
      .list({ cursor: (await client.connection('slack').dataCollection('channels').list()).cursor })
    expect(next.records[0]?.name).toBe('security-builds')
  })

  it('rejects a body without records as invalid_response, and a missing parameter as bad_request', async () => {
    const { client, api } = await createDataHarness()
    api.injectFault({ kind: 'status', status: 200, body: { items: [] }, operation: 'listRecords' })
    await expect(client.connection('slack').dataCollection('channels').list()).rejects.toMatchObject({
      type: 'invalid_response',
    })
    const missing = client.connection('github').dataCollection('labels').list()
    await expect(missing).rejects.toBeInstanceOf(ActionsApiError)
    await expect(missing).rejects.toMatchObject({ status: 400, type: 'bad_request' })
  })
})

describe('useDataCollection', () => {
  it('pages through a collection under a key from actionKeys', async () => {
    const { wrapper, queryClient, client } = await createDataHarness()
    const { result } = renderHook(() => useDataCollection({ connection: 'slack', collection: 'channels' }), {
      wrapper,
    })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data?.pages[0]?.records).toHaveLength(50)
    expect(result.current.hasNextPage).toBe(true)
    await act(() => result.current.fetchNextPage())
    await waitFor(() => expect(result.current.data?.pages).toHaveLength(2))
    const key = actionKeys.dataRecords('slack', 'channels', {})
    expect(
      dataCollectionQueryOptions(client, { connection: 'slack', collection: 'channels' }).queryKey,
    ).toEqual(key)
    expect(queryClient.getQueryData(key)).toBe(result.current.data)
    expect(key.slice(0, 5)).toEqual([...actionKeys.connection('slack'), 'data', 'channels'])
  })

  it('debounces the search and aborts a request that a newer search supersedes', async () => {
    const { wrapper, api } = await createDataHarness()
    const { result, rerender } = renderHook(
      ({ search }) =>
        useDataCollection({ connection: 'slack', collection: 'channels', search, debounceMs: 50 }),
      { wrapper, initialProps: { search: '' } },
    )
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    for (const search of ['d', 'da', 'dat']) rerender({ search })
    await waitFor(() => expect(result.current.data?.pages[0]?.records[0]?.name).toBe('data-alerts'))
    expect(api.countRequests({ operation: 'searchRecords' })).toBe(1)

    api.setLatency(200)
    rerender({ search: 'data-a' })
    await waitFor(() => expect(api.requests.filter((r) => r.operation === 'searchRecords')).toHaveLength(2))
    rerender({ search: 'data-w' })
    await waitFor(() =>
      expect(result.current.data?.pages[0]?.records.map((r) => r.name)).toEqual(['data-wins', 'data-web']),
    )
    const searches = api.requests.filter((r) => r.operation === 'searchRecords')
    expect(searches).toHaveLength(3)
    await waitFor(() => expect(searches[1]?.aborted).toBe(true))
    expect(searches[2]?.status).toBe(200)
  })
})
