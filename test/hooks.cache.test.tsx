import { act, render, renderHook, screen, waitFor } from '@testing-library/react'
import { QueryClient } from '@tanstack/react-query'
import {
  actionKeys,
  ActionsProvider,
  createActionsClient,
  patchActionMutationOptions,
  useAction,
  useActions,
  useArchiveAction,
  usePatchAction,
  useResetAction,
  useActionRuns,
  useRunAction,
} from 'react-action-instances'
import type { ActionInstance, ActionListData } from 'react-action-instances'
import { createReferenceApi } from 'react-action-instances/testing'
import { createDataHarness, DATA_API_URI, dataSleep } from './support/dataWrapper'
import type { DataHarness } from './support/dataWrapper'

const contact = { connection: 'hubspot', action: 'create-contact' }

/** A fetch over the reference API whose answers to chosen calls arrive late (after the server acted). */
function delayedAnswers() {
  const delays: number[] = []
  let api: DataHarness['api'] | undefined
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const response = await api!.fetch(input, init)
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET')
    if (method !== 'GET') await dataSleep(delays.shift() ?? 0)
    return response
  }
  return { delays, fetch, bind: (target: DataHarness['api']) => void (api = target) }
}

async function harnessWithDelays() {
  const delayed = delayedAnswers()
  const harness = await createDataHarness({ client: { fetch: delayed.fetch } })
  delayed.bind(harness.api)
  return { ...harness, delays: delayed.delays }
}

function useView() {
  return {
    detail: useAction(contact),
    list: useActions({ connection: 'hubspot' }),
    patch: usePatchAction(contact),
    reset: useResetAction(contact),
  }
}

async function serverView(harness: DataHarness) {
  const hubspot = harness.client.connection('hubspot')
  return { list: (await hubspot.actions.list()).items, detail: await hubspot.action('create-contact').get() }
}

async function expectCacheEqualsServer(harness: DataHarness) {
  const server = await serverView(harness)
  const detail = harness.queryClient.getQueryData<ActionInstance>(
    actionKeys.detail('hubspot', 'create-contact'),
  )
  const list = harness.queryClient.getQueryData<ActionListData>(actionKeys.list('hubspot', {}))
  expect(detail).toEqual(server.detail)
  expect(list?.pages.flatMap((page) => page.items)).toEqual(server.list)
}

async function mountView(harness: DataHarness) {
  const view = renderHook(useView, { wrapper: harness.wrapper })
  await waitFor(() =>
    expect(view.result.current.detail.isSuccess && view.result.current.list.isSuccess).toBe(true),
  )
  return view
}

const settle = async (view: { result: { current: ReturnType<typeof useView> } }) => {
  await act(() => dataSleep(50))
  await waitFor(() => {
    const { detail, list, patch, reset } = view.result.current
    expect([detail.isFetching, list.isFetching, patch.isPending, reset.isPending]).toEqual([
      false,
      false,
      false,
      false,
    ])
  })
}

describe('overlapping writes', () => {
  it('two patches that both fail leave the cache equal to the server', async () => {
    const harness = await harnessWithDelays()
    const view = await mountView(harness)
    harness.api.injectFault({ kind: 'status', status: 500, operation: 'patch', times: 2 })
    harness.delays.push(20, 40)
    await act(async () => {
      const a = view.result.current.patch.mutateAsync({ config: { defaultInput: { lastName: 'A' } } })
      const b = view.result.current.patch.mutateAsync({ config: { defaultInput: { lastName: 'B' } } })
      await Promise.allSettled([a, b])
    })
    await settle(view)
    await expectCacheEqualsServer(harness)
    expect(view.result.current.detail.data?.config).toEqual({})
  })

  it('a patch that fails after a reset succeeded does not undo the reset', async () => {
    const harness = await harnessWithDelays()
    await harness.client
      .connection('hubspot')
      .action('create-contact')
      .patch({ config: { defaultInput: { lastName: 'Old' } } })
    const view = await mountView(harness)
    harness.api.injectFault({ kind: 'status', status: 500, operation: 'patch' })
    harness.delays.push(60, 0)
    await act(async () => {
      const patch = view.result.current.patch.mutateAsync({ config: { defaultInput: { lastName: 'New' } } })
      const reset = view.result.current.reset.mutateAsync()
      await Promise.allSettled([patch, reset])
    })
    await settle(view)
    await expectCacheEqualsServer(harness)
    expect(view.result.current.detail.data?.isCustomized).toBe(false)
  })

  it('two successful patches answered out of order end with the server’s last one', async () => {
    const harness = await harnessWithDelays()
    const view = await mountView(harness)
    harness.delays.push(60, 0)
    await act(async () => {
      const a = view.result.current.patch.mutateAsync({ config: { defaultInput: { lastName: 'A' } } })
      await dataSleep(5)
      const b = view.result.current.patch.mutateAsync({ config: { defaultInput: { lastName: 'B' } } })
      await Promise.all([a, b])
    })
    await settle(view)
    await expectCacheEqualsServer(harness)
    expect(view.result.current.detail.data?.config).toEqual({ defaultInput: { lastName: 'B' } })
  })

  it('a lone failed patch rolls back without a request and keeps list pages loaded meanwhile', async () => {
    const harness = await harnessWithDelays()
    const view = await mountView(harness)
    const before = view.result.current.detail.data
    harness.api.injectFault({ kind: 'status', status: 500, operation: 'patch' })
    harness.api.clearRequests()
    await act(async () => {
      await view.result.current.patch
        .mutateAsync({ config: { defaultInput: { lastName: 'X' } } })
        .catch(() => {})
    })
    await settle(view)
    expect(view.result.current.detail.data).toEqual(before)
    expect(harness.api.requests.map((request) => request.operation)).toEqual(['patch'])
  })
})

describe('one identity per instance', () => {
  it('a patch through the id shows in the detail read by key, with no GET', async () => {
    const harness = await createDataHarness()
    const { id } = await harness.client.connection('hubspot').action('create-contact').get()
    const { result } = renderHook(
      () => ({ byKey: useAction(contact), patch: usePatchAction({ connection: 'hubspot', action: id }) }),
      { wrapper: harness.wrapper },
    )
    await waitFor(() => expect(result.current.byKey.isSuccess).toBe(true))
    harness.api.clearRequests()
    await act(() => result.current.patch.mutateAsync({ config: { defaultInput: { lastName: 'ById' } } }))
    await waitFor(() =>
      expect(result.current.byKey.data?.config).toEqual({ defaultInput: { lastName: 'ById' } }),
    )
    expect(harness.api.countRequests({ operation: 'get' })).toBe(0)
  })

  it('a detail read by id starts from the copy cached under its key, with no GET', async () => {
    const harness = await createDataHarness()
    const byKey = renderHook(() => useAction(contact), { wrapper: harness.wrapper })
    await waitFor(() => expect(byKey.result.current.isSuccess).toBe(true))
    const id = byKey.result.current.data!.id
    harness.api.clearRequests()
    const byId = renderHook(() => useAction({ connection: 'hubspot', action: id }), {
      wrapper: harness.wrapper,
    })
    expect(byId.result.current.data).toEqual(byKey.result.current.data)
    await act(() => dataSleep(20))
    expect(harness.api.requests).toEqual([])
  })
})

describe('one customer per cache', () => {
  function Name() {
    const { data } = useAction(contact)
    return <p>{data ? `instance ${data.id}` : 'loading'}</p>
  }

  it('swapping the provider’s client on a shared QueryClient never shows the first customer’s data', async () => {
    const api = createReferenceApi()
    const client = async (id: string) =>
      createActionsClient({ apiUri: DATA_API_URI, token: await api.mintToken({ id }), fetch: api.fetch })
    const [a, b] = [await client('customer-a'), await client('customer-b')]
    const idOf = async (c: typeof a) => (await c.connection('hubspot').action('create-contact').get()).id
    const [idA, idB] = [await idOf(a), await idOf(b)]
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const seen: string[] = []
    function Spy() {
      const { data } = useAction(contact)
      seen.push(data?.id ?? 'none')
      return <Name />
    }
    const view = render(
      <ActionsProvider client={a} queryClient={queryClient}>
        <Spy />
      </ActionsProvider>,
    )
    await screen.findByText(`instance ${idA}`)
    seen.length = 0
    view.rerender(
      <ActionsProvider client={b} queryClient={queryClient}>
        <Spy />
      </ActionsProvider>,
    )
    await screen.findByText(`instance ${idB}`)
    expect(seen).not.toContain(idA)
  })

  it('a token passed in clientOptions after mount is honoured', async () => {
    const api = createReferenceApi()
    const [tokenA, tokenB] = [
      await api.mintToken({ id: 'customer-a' }),
      await api.mintToken({ id: 'customer-b' }),
    ]
    const direct = createActionsClient({ apiUri: DATA_API_URI, token: tokenB, fetch: api.fetch })
    const idB = (await direct.connection('hubspot').action('create-contact').get()).id
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const tree = (token: string) => (
      <ActionsProvider
        clientOptions={{ apiUri: DATA_API_URI, token, fetch: api.fetch }}
        queryClient={queryClient}
      >
        <Name />
      </ActionsProvider>
    )
    const view = render(tree(tokenA))
    await screen.findByText(/^instance /)
    view.rerender(tree(tokenB))
    await screen.findByText(`instance ${idB}`)
  })

  it('two live providers with different clients on one QueryClient are reported', async () => {
    const api = createReferenceApi()
    const make = async (id: string) =>
      createActionsClient({ apiUri: DATA_API_URI, token: await api.mintToken({ id }), fetch: api.fetch })
    const [a, b] = [await make('customer-a'), await make('customer-b')]
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    render(
      <>
        <ActionsProvider client={a} queryClient={queryClient} />
        <ActionsProvider client={b} queryClient={queryClient} />
      </>,
    )
    expect(error).toHaveBeenCalledWith(expect.stringContaining('share one QueryClient'))
    error.mockRestore()
  })
})

describe('archive', () => {
  it('no background refetch of an archived detail creates a fresh instance', async () => {
    const harness = await createDataHarness()
    const { result } = renderHook(
      () => ({ detail: useAction(contact), archive: useArchiveAction(contact) }),
      {
        wrapper: harness.wrapper,
      },
    )
    await waitFor(() => expect(result.current.detail.isSuccess).toBe(true))
    await act(() => result.current.archive.mutateAsync())
    harness.api.clearRequests()
    await act(() => harness.queryClient.invalidateQueries({ queryKey: actionKeys.connection('hubspot') }))
    await act(() => harness.queryClient.refetchQueries())
    expect(harness.api.countRequests({ operation: 'get' })).toBe(0)
    await waitFor(() => expect(result.current.detail.data?.archivedAt).toEqual(expect.any(String)))
    const live = (await harness.client.connection('hubspot').actions.list()).items
    expect(live.some((item) => item.key === 'create-contact')).toBe(false)
  })

  it('an instance a GET auto-creates appears in the cached list', async () => {
    const harness = await createDataHarness()
    await harness.client.connection('hubspot').action('create-contact').archive()
    const list = renderHook(() => useActions({ connection: 'hubspot' }), { wrapper: harness.wrapper })
    await waitFor(() => expect(list.result.current.isSuccess).toBe(true))
    const keys = () => list.result.current.data?.pages.flatMap((page) => page.items.map((item) => item.key))
    expect(keys()).not.toContain('create-contact')
    const detail = renderHook(() => useAction(contact), { wrapper: harness.wrapper })
    await waitFor(() => expect(detail.result.current.isSuccess).toBe(true))
    await waitFor(() => expect(keys()).toContain('create-contact'))
  })
})

describe('mutation options factories', () => {
  it('carry a mutation key from actionKeys and give the caller its own onMutate result as context', async () => {
    const harness = await createDataHarness()
    const options = patchActionMutationOptions(harness.client, harness.queryClient, contact, {
      onMutate: () => ({ mine: 1 }),
    })
    expect(options.mutationKey).toEqual(actionKeys.write('patch', 'hubspot', 'create-contact'))
    const { result } = renderHook(() => usePatchAction(contact, { onMutate: () => ({ mine: 2 }) }), {
      wrapper: harness.wrapper,
    })
    await act(() => result.current.mutateAsync({ config: {} }))
    await waitFor(() => expect(result.current.context).toEqual({ mine: 2 }))
  })

  it("give a run the caller's own onMutate result as context, and keep the history beside it", async () => {
    const harness = await createDataHarness()
    const { result } = renderHook(
      () => ({
        run: useRunAction(contact, {
          onMutate: (input: { email: string; firstName: string }) => ({ typed: input.email }),
        }),
        runs: useActionRuns(contact),
      }),
      { wrapper: harness.wrapper },
    )
    await act(() => result.current.run.mutateAsync({ email: 'ada@example.com', firstName: 'Ada' }))
    await waitFor(() => expect(result.current.run.context).toEqual({ typed: 'ada@example.com' }))
    expect(result.current.runs).toHaveLength(1)
    expect(result.current.runs[0]).toMatchObject({ status: 'success', input: { email: 'ada@example.com' } })
    expect(result.current.runs[0]?.finishedAt).toBeGreaterThanOrEqual(
      result.current.runs[0]?.startedAt ?? Infinity,
    )
  })
})
