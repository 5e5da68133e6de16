import { act, renderHook, waitFor } from '@testing-library/react'
import {
  ActionsApiError,
  actionKeys,
  useAction,
  useActionRunLog,
  useActionRunLogs,
  useConnection,
  useRunAction,
} from 'react-action-instances'
import type { ActionRunLogFilters, RunActionSelector } from 'react-action-instances'
import { createDataHarness } from './support/dataWrapper'

const contact = { connection: 'hubspot', action: 'create-contact' }
const ada = { email: 'ada@example.com', firstName: 'Ada' }

function useHistory(filters: ActionRunLogFilters | undefined, selector: RunActionSelector = contact) {
  const instance = useAction(contact)
  const logs = useActionRunLogs(filters ?? { actionId: instance.data?.id }, {
    enabled: instance.data !== undefined,
  })
  return { instance, logs, run: useRunAction(selector) }
}

describe('useActionRunLogs and the run mutation', () => {
  it('opens the history with 1 request, and a run adds its log without refetching the list', async () => {
    const { api, wrapper } = await createDataHarness()
    const { result } = renderHook(() => useHistory(undefined), { wrapper })
    await waitFor(() => expect(result.current.logs.isSuccess).toBe(true))
    expect(api.countRequests({ operation: 'listRunLogs' })).toBe(1)
    expect(result.current.logs.data?.pages[0]?.items).toEqual([])

    api.clearRequests()
    await act(() => result.current.run.mutateAsync(ada))
    await waitFor(() => expect(result.current.logs.data?.pages[0]?.items).toHaveLength(1))
    expect(api.requests.map((r) => r.operation)).toEqual(['run'])
    const [written] = result.current.logs.data?.pages[0]?.items ?? []
    expect(written).toMatchObject({ id: result.current.run.actionRunId, status: 'success', input: ada })

    // The written log is the one the server keeps.
    const server = (await (
      await api.fetch('/action-run-logs', {
        headers: { authorization: `Bearer ${await api.mintToken({ id: 'customer-1' })}` },
      })
    ).json()) as { items: { id: string; status: string; input: unknown }[] }
    expect(server.items.map(({ id, status, input }) => ({ id, status, input }))).toEqual([
      { id: written?.id, status: 'success', input: ada },
    ])
  })

  it('a failed run adds an error log, and only to the lists it matches', async () => {
    const { api, wrapper } = await createDataHarness()
    const { result } = renderHook(
      () => ({
        history: useHistory(undefined),
        successes: useActionRunLogs({ status: 'success' }),
        slack: useActionRunLogs({ connectionId: 'other-connection' }),
      }),
      { wrapper },
    )
    await waitFor(() => expect(result.current.history.logs.isSuccess).toBe(true))
    await waitFor(() =>
      expect(result.current.successes.isSuccess && result.current.slack.isSuccess).toBe(true),
    )
    await act(() => result.current.history.run.mutateAsync(ada))
    await act(() => result.current.history.run.mutateAsync(ada).catch(() => {}))
    await waitFor(() => expect(result.current.history.logs.data?.pages[0]?.items).toHaveLength(2))
    expect(result.current.history.run.actionRunId).toBe(result.current.history.run.error?.actionRunId)
    expect(result.current.history.logs.data?.pages[0]?.items.map((log) => log.status)).toEqual([
      'error',
      'success',
    ])
    expect(result.current.successes.data?.pages[0]?.items).toHaveLength(1)
    expect(result.current.slack.data?.pages[0]?.items).toHaveLength(0)
    expect(api.countRequests({ operation: 'listRunLogs' })).toBe(3)
  })

  it("transport 'act' runs through POST /act by the instance's id and returns actionRunId", async () => {
    const { api, wrapper } = await createDataHarness()
    const { result } = renderHook(() => useHistory(undefined, { ...contact, transport: 'act' }), { wrapper })
    await waitFor(() => expect(result.current.logs.isSuccess).toBe(true))
    await act(() => result.current.run.mutateAsync(ada))
    expect(api.countRequests({ operation: 'act' })).toBe(1)
    expect(api.countRequests({ operation: 'run' })).toBe(0)
    expect(result.current.run.data).toEqual({
      output: expect.objectContaining(ada),
      actionRunId: expect.any(String),
    })
    await waitFor(() =>
      expect(result.current.logs.data?.pages[0]?.items[0]?.id).toBe(result.current.run.actionRunId),
    )
  })

  it("transport 'act' without a cached instance runs by action key and connection key", async () => {
    const { api, wrapper } = await createDataHarness()
    const { result } = renderHook(() => useRunAction({ ...contact, transport: 'act' }), { wrapper })
    await act(() => result.current.mutateAsync(ada))
    expect(api.requests.map((r) => r.operation)).toEqual(['act'])
  })

  it('masks sensitive fields in the log it writes itself', async () => {
    const { client, wrapper } = await createDataHarness()
    const slack = client.connection('slack').action('send-message')
    await slack.patch({
      inputSchema: {
        type: 'object',
        properties: { channel: { type: 'string' }, text: { type: 'string', isSensitive: true } },
      } as never,
    })
    const selector = { connection: 'slack', action: 'send-message' }
    const { result } = renderHook(
      () => {
        const instance = useAction(selector)
        return {
          instance,
          logs: useActionRunLogs({ actionId: instance.data?.id }, { enabled: instance.data !== undefined }),
          run: useRunAction(selector),
        }
      },
      { wrapper },
    )
    await waitFor(() => expect(result.current.logs.isSuccess).toBe(true))
    await act(() => result.current.run.mutateAsync({ channel: 'general', text: 'secret' }))
    await waitFor(() => expect(result.current.logs.data?.pages[0]?.items).toHaveLength(1))
    expect(result.current.logs.data?.pages[0]?.items[0]?.input).toEqual({
      channel: 'general',
      text: '********',
    })
  })
})

describe('useActionRunLog and useConnection', () => {
  it('reads one log, from the cache when the kit wrote it', async () => {
    const { api, wrapper } = await createDataHarness()
    const { result } = renderHook(() => useHistory(undefined), { wrapper })
    await waitFor(() => expect(result.current.logs.isSuccess).toBe(true))
    await act(() => result.current.run.mutateAsync(ada))
    // React Query tells observers in a task of its own, which React 18's act does not wait for.
    await waitFor(() => expect(result.current.run.actionRunId).toEqual(expect.any(String)))
    const id = result.current.run.actionRunId ?? ''
    const { result: one } = renderHook(() => useActionRunLog(id), { wrapper })
    expect(one.current.data?.id).toBe(id)
    expect(api.countRequests({ operation: 'getRunLog' })).toBe(0)
  })

  it('a run that fails with type connection marks the connection stale; it reads defunct, then healthy', async () => {
    const { api, wrapper, queryClient } = await createDataHarness()
    const { result } = renderHook(
      () => ({ connection: useConnection('hubspot'), run: useRunAction(contact) }),
      {
        wrapper,
      },
    )
    await waitFor(() => expect(result.current.connection.data?.connected).toBe(true))
    api.injectFault({ kind: 'defunct', connection: 'hubspot' })
    const error = await act(() => result.current.run.mutateAsync(ada).catch((e: unknown) => e))
    expect(error).toBeInstanceOf(ActionsApiError)
    expect(error).toMatchObject({
      type: 'connection',
      key: 'access_token_expired',
      data: { connectionId: expect.any(String) },
    })
    await waitFor(() => expect(result.current.connection.data?.isDefunct).toBe(true))
    expect(result.current.connection.data?.clientAction?.type).toBe('connect')
    api.reconnect('hubspot')
    await act(() => queryClient.invalidateQueries({ queryKey: actionKeys.health('hubspot') }))
    await waitFor(() => expect(result.current.connection.data?.isDefunct).toBe(false))
  })

  it('rejects an unusable body with invalid_response', async () => {
    const { api, client } = await createDataHarness()
    api.injectFault({ kind: 'status', status: 200, body: { items: [{ id: 5 }] }, operation: 'listRunLogs' })
    await expect(client.runLogs.list()).rejects.toMatchObject({ type: 'invalid_response' })
    api.injectFault({
      kind: 'status',
      status: 200,
      body: { id: 'c', connected: 'yes' },
      operation: 'getConnection',
    })
    await expect(client.connection('hubspot').get()).rejects.toMatchObject({ type: 'invalid_response' })
    api.injectFault({ kind: 'status', status: 200, body: { output: {} }, operation: 'act' })
    await expect(
      client.act({ key: 'create-contact', connectionKey: 'hubspot', input: ada }),
    ).rejects.toMatchObject({ type: 'invalid_response' })
  })
})
