import { act, renderHook, waitFor } from '@testing-library/react'
import { ActionsApiError } from 'react-action-instances'
import type { ActionInstance } from 'react-action-instances'
import { createReferenceApi } from 'react-action-instances/testing'
import type { InstanceOperationName, ReferenceApi } from 'react-action-instances/testing'
import { OPERATIONS } from './support/reliabilityApi'
import {
  armedClientOptions,
  faultCases,
  reliabilityClient,
  trackUnhandledRejections,
} from './support/reliabilityFaults'
import type { FaultContext } from './support/reliabilityFaults'
import { cachedView, hookHarness, spyOnConsole, useEveryHook, useReadHook } from './support/reliabilityHooks'

type Hooks = ReturnType<typeof useEveryHook>

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

const unhandled = trackUnhandledRejections()
afterAll(() => unhandled.stop())
let consoleSpy: ReturnType<typeof spyOnConsole>
beforeEach(() => {
  consoleSpy = spyOnConsole()
})
afterEach(() => consoleSpy.restore())

async function fresh(api: ReferenceApi) {
  const client = reliabilityClient(api, await api.mintToken({ id: 'customer-1' }))
  const hubspot = client.connection('hubspot')
  // The list first: a GET of an archived action auto-creates a fresh instance.
  const list = (await hubspot.actions.list()).items
  return { list, detail: await hubspot.action('create-contact').get() }
}

/**
 * The cache must show what the server holds: the detail (when cached) and every cached list item. After an
 * archive that answered 200, a still-mounted `useAction` keeps the archived instance (marked with `archivedAt`)
 * instead of fetching it again, which would make the API create a fresh one.
 */
async function expectCacheMatchesServer(
  api: ReferenceApi,
  queryClient: Parameters<typeof cachedView>[0],
  afterArchive = false,
) {
  const server = await fresh(api)
  const cached = cachedView(queryClient)
  if (afterArchive && cached.detail?.archivedAt) {
    // The list was read again and follows the server (above); the detail keeps what the 200 said.
    expect(cached.detail.archivedAt).toEqual(expect.any(String))
  } else if (cached.detail) {
    expect(cached.detail).toEqual(server.detail)
  }
  const cachedIds = new Set(cached.listItems?.map((item) => item.id))
  if (cached.listItems) expect(cached.listItems).toEqual(server.list.filter((item) => cachedIds.has(item.id)))
}

function startMutation(
  hooks: Hooks,
  operation: Exclude<InstanceOperationName, 'list' | 'get'>,
): Promise<unknown> {
  switch (operation) {
    case 'patch':
      return hooks.patch.mutateAsync({ config: { defaultInput: { lastName: 'Patched' } } })
    case 'setup':
      return hooks.setup.mutateAsync()
    case 'reset':
      return hooks.reset.mutateAsync()
    case 'run':
      return hooks.run.mutateAsync({ email: 'hooks@example.com', firstName: 'Hooks' })
    case 'archive':
      return hooks.archive.mutateAsync()
  }
}

const settled = (hooks: Hooks) =>
  !hooks.list.isFetching && !hooks.detail.isFetching && !hooks.patch.isPending && !hooks.run.isPending

describe('the hooks under every fault, for every operation', () => {
  // An abort is not something a caller can do to patch/setup/reset/archive; it is covered by cancel and unmount below.
  const rows = faultCases
    .filter((fault) => fault.name !== 'abort part-way')
    .flatMap((fault) => OPERATIONS.map((operation) => ({ fault, operation })))

  it.each(rows)('$fault.name on $operation', async ({ fault, operation }) => {
    const api = createReferenceApi()
    const token = await api.mintToken({ id: 'customer-1' })
    // Token faults hit the call whose token the API rejects (see the cases' 401 fault): it asks fetchToken again.
    const shortToken = await api.mintToken({ id: 'customer-1', expiresIn: 3600 })
    const context: FaultContext = { api, operation, token, tokenCalls: { count: 0 } }
    const caseOptions = fault.client?.(context)
    let armed = false
    const overrides = armedClientOptions(caseOptions, shortToken, () => armed)
    const { queryClient, wrapper } = hookHarness(api, token, overrides)
    const isRead = operation === 'list' || operation === 'get'
    if (isRead) {
      fault.prepare?.(context)
      armed = true
    }
    const expected = fault.expect(operation)

    if (isRead) {
      const { result, unmount } = renderHook(() => useReadHook(operation), { wrapper })
      await waitFor(() => expect(result.current.isFetching).toBe(false), { timeout: 3_000 })
      if ('ok' in expected) {
        expect(result.current.isSuccess).toBe(true)
      } else {
        expect(result.current.error).toBeInstanceOf(ActionsApiError)
        expect(result.current.error).toMatchObject({ type: expected.type, status: expected.status })
        expect(result.current.error?.message).not.toContain(token)
        expect(result.current.data).toBeUndefined()
        // Recovery: once the fault is gone, a refetch shows the server's data.
        armed = false
        await act(async () => void (await result.current.refetch()))
        await waitFor(() => expect(result.current.isSuccess).toBe(true))
      }
      unmount()
    } else {
      const { result } = renderHook(() => useEveryHook(), { wrapper })
      await waitFor(() => expect(result.current.detail.isSuccess && result.current.list.isSuccess).toBe(true))
      fault.prepare?.(context)
      armed = true
      let error: unknown
      await act(() =>
        startMutation(result.current, operation).catch((caught: unknown) => void (error = caught)),
      )
      armed = false
      if ('ok' in expected) {
        expect(error).toBeUndefined()
      } else {
        expect(error).toBeInstanceOf(ActionsApiError)
        expect(error).toMatchObject({ type: expected.type, status: expected.status })
        expect((error as Error).message).not.toContain(token)
        if (operation === 'run') await waitFor(() => expect(result.current.runs[0]?.status).toBe('error'))
      }
      // Follow-up reads (an archive's list refetch, a re-created detail) start a render later.
      await act(() => sleep(30))
      await waitFor(() => expect(settled(result.current)).toBe(true), { timeout: 3_000 })
    }
    await expectCacheMatchesServer(api, queryClient, operation === 'archive')
    expect(unhandled.reasons).toEqual([])
    expect(consoleSpy.messages()).toEqual([])
  })
})

describe('cancel and abort part-way', () => {
  it.each(['list', 'get'] as const)(
    'cancelling a %s read leaves no error and a later read succeeds',
    async (op) => {
      const api = createReferenceApi()
      api.injectFault({ kind: 'latency', ms: 150, operation: op })
      const { queryClient, wrapper } = hookHarness(api, await api.mintToken({ id: 'customer-1' }))
      const { result } = renderHook(() => useReadHook(op), { wrapper })
      await act(() => sleep(20))
      await act(() => queryClient.cancelQueries())
      expect(result.current.error).toBeNull()
      await waitFor(() =>
        expect(api.requests.some((request) => request.operation === op && request.aborted)).toBe(true),
      )
      await act(() => queryClient.refetchQueries())
      await waitFor(
        () =>
          expect(
            [result.current.status, result.current.fetchStatus, result.current.error?.message].join(' '),
          ).toBe('success idle '),
        { timeout: 3_000 },
      )
      await expectCacheMatchesServer(api, queryClient)
      expect(unhandled.reasons).toEqual([])
      expect(consoleSpy.messages()).toEqual([])
    },
  )

  it('cancelling a run aborts it on the wire, records it as cancelled and changes nothing', async () => {
    const api = createReferenceApi()
    const { queryClient, wrapper } = hookHarness(api, await api.mintToken({ id: 'customer-1' }))
    const { result } = renderHook(() => useEveryHook(), { wrapper })
    await waitFor(() => expect(result.current.detail.isSuccess).toBe(true))
    api.injectFault({ kind: 'latency', ms: 150, operation: 'run' })
    let pending: Promise<unknown> = Promise.resolve()
    act(() => {
      pending = startMutation(result.current, 'run').catch((error: unknown) => error)
    })
    await act(() => sleep(20))
    act(() => result.current.run.cancel())
    expect(await pending).toMatchObject({ type: 'aborted', status: 0 })
    await waitFor(() => expect(result.current.runs[0]?.status).toBe('cancelled'))
    expect(result.current.run.isIdle).toBe(true)
    await waitFor(() =>
      expect(api.requests.find((request) => request.operation === 'run')?.aborted).toBe(true),
    )
    await expectCacheMatchesServer(api, queryClient)
    expect(consoleSpy.messages()).toEqual([])
  })
})

describe('races', () => {
  it('a patch and a reset at the same time leave the cache equal to the server', async () => {
    for (const [slow, label] of [
      ['patch', 'patch answers last'],
      ['reset', 'reset answers last'],
    ] as const) {
      const api = createReferenceApi()
      const { queryClient, wrapper } = hookHarness(api, await api.mintToken({ id: 'customer-1' }))
      const { result, unmount } = renderHook(() => useEveryHook(), { wrapper })
      await waitFor(() => expect(result.current.detail.isSuccess && result.current.list.isSuccess).toBe(true))
      api.injectFault({ kind: 'latency', ms: 200, operation: slow })
      await act(() =>
        Promise.all([startMutation(result.current, 'patch'), startMutation(result.current, 'reset')]),
      )
      await waitFor(() => expect(settled(result.current)).toBe(true))
      const server = await fresh(api)
      expect(server.detail.isCustomized, label).toBe(slow === 'patch')
      await expectCacheMatchesServer(api, queryClient)
      unmount()
    }
    expect(consoleSpy.messages()).toEqual([])
  })

  it('responses out of order: an older slow read never overwrites a newer write', async () => {
    const api = createReferenceApi()
    const { queryClient, wrapper } = hookHarness(api, await api.mintToken({ id: 'customer-1' }))
    const { result } = renderHook(() => useEveryHook(), { wrapper })
    await waitFor(() => expect(result.current.detail.isSuccess && result.current.list.isSuccess).toBe(true))
    api.injectFault({ kind: 'latency', ms: 80, operation: 'get' })
    act(() => void result.current.detail.refetch())
    await act(() => startMutation(result.current, 'patch'))
    await waitFor(() => expect(settled(result.current)).toBe(true))
    await act(() => sleep(120))
    expect(cachedView(queryClient).detail?.config?.defaultInput).toEqual({ lastName: 'Patched' })
    await expectCacheMatchesServer(api, queryClient)
    expect(consoleSpy.messages()).toEqual([])
  })

  it('an archive while a run is in flight: both settle and the cache follows the server', async () => {
    const api = createReferenceApi()
    const { queryClient, wrapper } = hookHarness(api, await api.mintToken({ id: 'customer-1' }))
    const { result } = renderHook(() => useEveryHook(), { wrapper })
    await waitFor(() => expect(result.current.detail.isSuccess && result.current.list.isSuccess).toBe(true))
    const archivedId = result.current.detail.data?.id
    api.injectFault({ kind: 'latency', ms: 80, operation: 'run' })
    const [run] = await act(() =>
      Promise.all([
        startMutation(result.current, 'run').catch((error: unknown) => error),
        startMutation(result.current, 'archive'),
      ]),
    )
    // The API auto-creates a fresh instance for the run, so the run succeeds against it.
    expect(run).toMatchObject({ output: { email: 'hooks@example.com' } })
    await waitFor(() => expect(settled(result.current)).toBe(true))
    const server = await fresh(api)
    expect(server.detail.id).not.toBe(archivedId)
    const cached = cachedView(queryClient)
    expect(cached.listItems?.some((item: ActionInstance) => item.id === archivedId)).toBe(false)
    await expectCacheMatchesServer(api, queryClient, true)
    expect(consoleSpy.messages()).toEqual([])
  })
})

describe('unmount and remount during each operation', () => {
  it.each(OPERATIONS)('%s in flight while the hooks unmount and mount again', async (operation) => {
    const api = createReferenceApi()
    const { queryClient, wrapper } = hookHarness(api, await api.mintToken({ id: 'customer-1' }))
    const first = renderHook(() => useEveryHook(), { wrapper })
    await waitFor(() =>
      expect(first.result.current.detail.isSuccess && first.result.current.list.isSuccess).toBe(true),
    )
    api.injectFault({ kind: 'latency', ms: 60, operation })
    let pending: Promise<unknown> = Promise.resolve()
    act(() => {
      if (operation === 'list') pending = first.result.current.list.refetch()
      else if (operation === 'get') pending = first.result.current.detail.refetch()
      else pending = startMutation(first.result.current, operation).catch((error: unknown) => error)
    })
    await act(() => sleep(10))
    first.unmount()
    const second = renderHook(() => useEveryHook(), { wrapper })
    await act(() => pending)
    await waitFor(() => expect(settled(second.result.current)).toBe(true), { timeout: 3_000 })
    await waitFor(() => expect(second.result.current.detail.isSuccess).toBe(true), { timeout: 3_000 })
    await expectCacheMatchesServer(api, queryClient, operation === 'archive')
    if (operation === 'run') expect(second.result.current.runs[0]?.status).toBe('success')
    second.unmount()
    expect(unhandled.reasons).toEqual([])
    expect(consoleSpy.messages()).toEqual([])
  })
})
