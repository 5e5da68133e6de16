import { act, renderHook, waitFor } from '@testing-library/react'
import {
  actionKeys,
  actionDetailQueryOptions,
  useAction,
  useActions,
  useArchiveAction,
  usePatchAction,
  useResetAction,
  useSetupAction,
} from 'react-action-instances'
import type { ActionInstance, ActionListData } from 'react-action-instances'
import { createDataHarness, dataSleep } from './support/dataWrapper'
import type { DataHarness } from './support/dataWrapper'

const contact = { connection: 'hubspot', action: 'create-contact' }
const defaultInput = { lifecycleStage: 'customer' }

/** Renders a list (limit 2, so hubspot's 6 actions make 3 pages), the detail and a mutation hook. */
async function withCachedList<T>(harness: DataHarness, useMutationHook: () => T, mountDetail = true) {
  if (!mountDetail) await harness.queryClient.prefetchQuery(actionDetailQueryOptions(harness.client, contact))
  const useDetail = mountDetail ? () => ({ ...useAction(contact) }) : () => undefined
  const { result } = renderHook(
    // Spread, so every property is tracked and the test sees each change.
    () => ({
      list: { ...useActions({ connection: 'hubspot', limit: 2 }) },
      detail: useDetail(),
      mutation: useMutationHook(),
    }),
    { wrapper: harness.wrapper },
  )
  await waitFor(() => expect(result.current.list.isSuccess).toBe(true))
  await waitFor(() => expect(cachedDetail(harness)).toBeDefined())
  await act(() => result.current.list.fetchNextPage())
  await waitFor(() => expect(result.current.list.data?.pages).toHaveLength(2))
  await act(() => result.current.list.fetchNextPage())
  await waitFor(() => expect(result.current.list.data?.pages).toHaveLength(3))
  harness.api.clearRequests()
  return result
}

const listItems = (harness: DataHarness) =>
  harness.queryClient
    .getQueryData<ActionListData>(actionKeys.list('hubspot', { limit: 2 }))
    ?.pages.flatMap((page) => page.items) ?? []

const cachedDetail = (harness: DataHarness) =>
  harness.queryClient.getQueryData<ActionInstance>(actionKeys.detail('hubspot', 'create-contact'))

describe('usePatchAction', () => {
  it('writes optimistically into the detail and list, then the server instance, with 0 extra GETs', async () => {
    const harness = await createDataHarness()
    const calls: string[] = []
    const result = await withCachedList(harness, () =>
      usePatchAction(contact, { onSuccess: () => void calls.push('caller onSuccess') }),
    )
    harness.api.injectFault({ kind: 'latency', ms: 100, operation: 'patch' })
    act(() => result.current.mutation.mutate({ config: { defaultInput } }))
    await waitFor(() => expect(cachedDetail(harness)?.config).toEqual({ defaultInput }))
    expect(cachedDetail(harness)?.isCustomized).toBe(true)
    expect(listItems(harness).find((item) => item.key === 'create-contact')?.isCustomized).toBe(true)
    await waitFor(() => expect(result.current.mutation.isSuccess).toBe(true))
    const server = result.current.mutation.data
    expect(cachedDetail(harness)).toEqual(server)
    expect(listItems(harness).find((item) => item.key === 'create-contact')).toEqual(server)
    expect(calls).toEqual(['caller onSuccess'])
    await dataSleep(50)
    expect(harness.api.countRequests({ operation: 'get' })).toBe(0)
    expect(harness.api.countRequests({ operation: 'list' })).toBe(0)
    expect(harness.api.countRequests()).toBe(1)
  })

  it('rolls back to the exact previous cache on error and calls the caller after the rollback', async () => {
    const harness = await createDataHarness()
    let seenOnError: ActionInstance | undefined
    const result = await withCachedList(harness, () =>
      usePatchAction(contact, { onError: () => void (seenOnError = cachedDetail(harness)) }),
    )
    const before = {
      detail: structuredClone(cachedDetail(harness)),
      list: structuredClone(listItems(harness)),
    }
    harness.api.injectFault({ kind: 'status', status: 500, operation: 'patch' })
    act(() => result.current.mutation.mutate({ config: { defaultInput } }))
    await waitFor(() => expect(result.current.mutation.isError).toBe(true))
    expect(cachedDetail(harness)).toEqual(before.detail)
    expect(listItems(harness)).toEqual(before.list)
    expect(seenOnError).toEqual(before.detail)
    expect(result.current.mutation.failureCount).toBe(1)
    expect(harness.api.countRequests({ operation: 'patch' })).toBe(1)
  })

  it('never lets a slow GET that was in flight overwrite the patch', async () => {
    const harness = await createDataHarness()
    const result = await withCachedList(harness, () => usePatchAction(contact))
    harness.api.injectFault({ kind: 'latency', ms: 150, operation: 'get' })
    act(() => void result.current.detail?.refetch())
    await waitFor(() => expect(harness.api.countRequests({ operation: 'get' })).toBe(1))
    act(() => result.current.mutation.mutate({ config: { defaultInput } }))
    await waitFor(() => expect(result.current.mutation.isSuccess).toBe(true))
    const server = result.current.mutation.data
    await dataSleep(250)
    await waitFor(() => expect(harness.api.requests.find((r) => r.operation === 'get')?.aborted).toBe(true))
    expect(cachedDetail(harness)).toEqual(server)
    expect(result.current.detail?.data).toEqual(server)
  })
})

describe.each([
  ['useSetupAction', 'setup', () => useSetupAction(contact)],
  ['useResetAction', 'reset', () => useResetAction(contact)],
] as const)('%s', (_name, operation, useHook) => {
  it('writes the returned instance into the detail and list with 0 extra GETs', async () => {
    const harness = await createDataHarness()
    const result = await withCachedList(harness, useHook)
    act(() => result.current.mutation.mutate())
    await waitFor(() => expect(result.current.mutation.isSuccess).toBe(true))
    const server = result.current.mutation.data
    expect(cachedDetail(harness)).toEqual(server)
    expect(result.current.detail?.data).toEqual(server)
    expect(listItems(harness).find((item) => item.key === 'create-contact')).toEqual(server)
    await dataSleep(50)
    expect(harness.api.countRequests({ operation })).toBe(1)
    expect(harness.api.countRequests()).toBe(1)
  })
})

describe('useArchiveAction', () => {
  it('removes the item from every page at once, refetches the list once, and drops the detail', async () => {
    const harness = await createDataHarness()
    // No detail observer here; the next test covers a detail that is still on screen.
    const result = await withCachedList(harness, () => useArchiveAction(contact), false)
    harness.api.injectFault({ kind: 'latency', ms: 100, operation: 'archive' })
    expect(listItems(harness).map((item) => item.key)).toContain('create-contact')
    act(() => result.current.mutation.mutate())
    await waitFor(() => expect(listItems(harness).map((item) => item.key)).not.toContain('create-contact'))
    expect(result.current.mutation.isPending).toBe(true)
    const invalidate = vi.spyOn(harness.queryClient, 'invalidateQueries')
    await waitFor(() => expect(result.current.mutation.isSuccess).toBe(true))
    expect(invalidate).toHaveBeenCalledTimes(1)
    expect(invalidate).toHaveBeenCalledWith({ queryKey: actionKeys.lists('hubspot') })
    await dataSleep(50)
    // One refetch of the one cached list: its pages are fetched again in order (hubspot now has 5 actions).
    expect(harness.api.countRequests({ operation: 'list' })).toBe(3)
    expect(harness.api.countRequests({ operation: 'archive' })).toBe(1)
    expect(harness.api.countRequests()).toBe(4)
    expect(listItems(harness)).toHaveLength(5)
    expect(
      harness.queryClient
        .getQueryCache()
        .find({ queryKey: actionKeys.detail('hubspot', 'create-contact'), exact: true }),
    ).toBeUndefined()
  })

  it('puts the exact previous pages back when the archive fails', async () => {
    const harness = await createDataHarness()
    const result = await withCachedList(harness, () => useArchiveAction(contact))
    const before = structuredClone(harness.queryClient.getQueryData(actionKeys.list('hubspot', { limit: 2 })))
    harness.api.injectFault({ kind: 'status', status: 403, operation: 'archive' })
    act(() => result.current.mutation.mutate())
    await waitFor(() => expect(result.current.mutation.isError).toBe(true))
    expect(harness.queryClient.getQueryData(actionKeys.list('hubspot', { limit: 2 }))).toEqual(before)
    expect(result.current.mutation.error?.status).toBe(403)
    expect(harness.api.countRequests()).toBe(1)
  })

  it('keeps a still-mounted detail as archived instead of fetching it, which would create a fresh instance', async () => {
    const harness = await createDataHarness()
    const { result } = renderHook(
      () => ({ detail: useAction(contact), archive: useArchiveAction(contact) }),
      { wrapper: harness.wrapper },
    )
    await waitFor(() => expect(result.current.detail.isSuccess).toBe(true))
    const archivedId = result.current.detail.data?.id
    act(() => result.current.archive.mutate())
    await waitFor(() => expect(result.current.archive.isSuccess).toBe(true))
    await dataSleep(50)
    expect(result.current.detail.data).toMatchObject({ id: archivedId, archivedAt: expect.any(String) })
    expect(harness.api.countRequests({ operation: 'get' })).toBe(1)
    const server = await harness.client.connection('hubspot').actions.list({ includeArchived: true })
    const copies = server.items.filter((item) => item.key === 'create-contact')
    expect(copies.map((item) => [item.id, Boolean(item.archivedAt)])).toEqual([[archivedId, true]])
  })
})
