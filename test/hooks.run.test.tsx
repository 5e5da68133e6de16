import { act, renderHook, waitFor } from '@testing-library/react'
import { useActionRuns, useRunAction } from 'react-action-instances'
import { createDataHarness, dataSleep } from './support/dataWrapper'

const contact = { connection: 'hubspot', action: 'create-contact' }
type ContactInput = { email: string; firstName: string }
type Contact = { id: string; email: string; firstName: string }
const ada: ContactInput = { email: 'ada@example.com', firstName: 'Ada' }

function useRunWithHistory(allowConcurrent = false) {
  return {
    run: { ...useRunAction<ContactInput, Contact>({ ...contact, allowConcurrent }) },
    runs: useActionRuns<ContactInput, Contact>(contact),
  }
}

describe('useRunAction', () => {
  it('runs once, returns typed output, and records the run', async () => {
    const { api, wrapper } = await createDataHarness()
    const { result } = renderHook(() => useRunWithHistory(), { wrapper })
    act(() => result.current.run.mutate(ada))
    await waitFor(() => expect(result.current.run.isSuccess).toBe(true))
    expect(result.current.run.data?.output.email).toBe('ada@example.com')
    expect(api.countRequests({ operation: 'run' })).toBe(1)
    const [run] = result.current.runs
    expect(run).toMatchObject({ status: 'success', input: ada, output: { email: 'ada@example.com' } })
    expect(run?.finishedAt).toBeGreaterThanOrEqual(run?.startedAt ?? Infinity)
  })

  it('ignores a second call while pending: exactly 1 run request', async () => {
    const { api, wrapper } = await createDataHarness()
    api.injectFault({ kind: 'latency', ms: 100, operation: 'run' })
    const { result } = renderHook(() => useRunWithHistory(), { wrapper })
    let first: Promise<unknown> | undefined
    let second: Promise<unknown> | undefined
    act(() => {
      first = result.current.run.mutateAsync(ada)
      second = result.current.run.mutateAsync({ ...ada, email: 'grace@example.com' })
      result.current.run.mutate(ada)
    })
    expect(second).toBe(first)
    await waitFor(() => expect(result.current.run.isSuccess).toBe(true))
    expect(api.countRequests({ operation: 'run' })).toBe(1)
    expect(result.current.runs).toHaveLength(1)
  })

  it('sends two runs with allowConcurrent and lists them newest first', async () => {
    const { api, wrapper } = await createDataHarness()
    api.injectFault({ kind: 'latency', ms: 50, operation: 'run', times: 2 })
    const { result } = renderHook(() => useRunWithHistory(true), { wrapper })
    await act(async () => {
      await Promise.all([
        result.current.run.mutateAsync(ada),
        result.current.run.mutateAsync({ email: 'grace@example.com', firstName: 'Grace' }),
      ])
    })
    expect(api.countRequests({ operation: 'run' })).toBe(2)
    await waitFor(() => expect(result.current.runs.map((run) => run.status)).toEqual(['success', 'success']))
    expect(result.current.runs.map((run) => run.input.firstName)).toEqual(['Grace', 'Ada'])
    expect(result.current.runs[0]?.id).toBeGreaterThan(result.current.runs[1]?.id ?? Infinity)
  })

  it('never retries a failed run and records the error', async () => {
    const { api, wrapper } = await createDataHarness()
    api.injectFault({ kind: 'status', status: 503, operation: 'run' })
    const { result } = renderHook(() => useRunWithHistory(), { wrapper })
    act(() => result.current.run.mutate(ada))
    await waitFor(() => expect(result.current.run.isError).toBe(true))
    await dataSleep(400)
    expect(api.countRequests({ operation: 'run' })).toBe(1)
    expect(result.current.runs[0]).toMatchObject({ status: 'error', error: { status: 503 } })
  })

  it('cancel aborts on the wire, returns to idle and marks the run cancelled', async () => {
    const { api, wrapper } = await createDataHarness()
    api.injectFault({ kind: 'latency', ms: 1000, operation: 'run' })
    const { result } = renderHook(() => useRunWithHistory(), { wrapper })
    act(() => result.current.run.mutate(ada))
    await waitFor(() => expect(api.countRequests({ operation: 'run' })).toBe(1))
    await dataSleep(100)
    act(() => result.current.run.cancel())
    await waitFor(() => expect(api.requests.find((r) => r.operation === 'run')?.aborted).toBe(true))
    expect(result.current.run.isIdle).toBe(true)
    await waitFor(() => expect(result.current.runs[0]?.status).toBe('cancelled'))
    expect(result.current.runs[0]?.error?.type).toBe('aborted')
    act(() => result.current.run.mutate(ada))
    await waitFor(() => expect(result.current.run.isSuccess).toBe(true))
    expect(api.countRequests({ operation: 'run' })).toBe(2)
  })

  it('unmounting during a run logs nothing', async () => {
    const errors = vi.spyOn(console, 'error')
    const { api, wrapper } = await createDataHarness()
    api.injectFault({ kind: 'latency', ms: 100, operation: 'run' })
    const { result, unmount } = renderHook(() => useRunWithHistory(), { wrapper })
    act(() => result.current.run.mutate(ada))
    await waitFor(() => expect(api.countRequests({ operation: 'run' })).toBe(1))
    unmount()
    await dataSleep(250)
    expect(api.requests[0]?.status).toBe(201)
    expect(errors).not.toHaveBeenCalled()
    errors.mockRestore()
  })
})
