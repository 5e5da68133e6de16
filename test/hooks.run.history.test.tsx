import { MutationObserver, QueryClient } from '@tanstack/react-query'
import { act, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import {
  ActionsProvider,
  createActionsClient,
  runActionMutationOptions,
  useActionRuns,
  useRunAction,
} from 'react-action-instances'

const contact = { connection: 'hubspot', action: 'create-contact' }
const MB = 1024 * 1024
const RUNS = 1000

/** A client whose every run answers with a 1 MB output (a string of 1,048,576 characters). */
function harness(outputChars: number) {
  const body = JSON.stringify({ output: 'x'.repeat(outputChars) })
  const fetch = async () =>
    new Response(body, { status: 201, headers: { 'content-type': 'application/json' } })
  const client = createActionsClient({ apiUri: 'http://history.test', token: 't', fetch })
  const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: false } } })
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ActionsProvider client={client} queryClient={queryClient}>
      {children}
    </ActionsProvider>
  )
  return { queryClient, client, wrapper }
}

describe('the run history', () => {
  it('after 1,000 runs with 1 MB outputs holds 7 runs and under 8 MB of output', async () => {
    const { queryClient, client, wrapper } = harness(MB)
    // The runs go through the factory directly (no renders), as a host's own useMutation would.
    const observer = new MutationObserver(queryClient, runActionMutationOptions(client, queryClient, contact))
    const gc = (globalThis as { gc?: () => void }).gc
    gc?.()
    const heapBefore = process.memoryUsage().heapUsed
    for (let i = 0; i < RUNS; i++) await observer.mutate({ i })
    const { result } = renderHook(() => ({ runs: useActionRuns(contact) }), { wrapper })

    const held = queryClient.getMutationCache().getAll()
    const heldChars = held.reduce(
      (sum, mutation) => sum + JSON.stringify(mutation.state.data ?? null).length,
      0,
    )
    // 1 MB of output plus its JSON quotes and wrapper is just over 1 MB, so 8 MB hold 7 runs.
    expect(held).toHaveLength(7)
    expect(result.current.runs).toHaveLength(7)
    expect(result.current.runs[0]?.input).toEqual({ i: RUNS - 1 })
    expect(heldChars).toBeLessThanOrEqual(8 * MB)
    gc?.()
    const heapAfter = process.memoryUsage().heapUsed
    console.info(
      `run history after ${RUNS} runs with 1 MB outputs: ${held.length} runs, ${(heldChars / MB).toFixed(2)} MB of output JSON held` +
        (gc ? `; heap ${((heapAfter - heapBefore) / MB).toFixed(1)} MB above the start` : ''),
    )
  }, 120_000)

  it('keeps at most 50 runs of small outputs', async () => {
    const { queryClient, wrapper } = harness(10)
    const { result } = renderHook(() => useRunAction(contact), { wrapper })
    for (let i = 0; i < 120; i++) await act(() => result.current.mutateAsync({ i }))
    expect(queryClient.getMutationCache().getAll()).toHaveLength(50)
  })
})
