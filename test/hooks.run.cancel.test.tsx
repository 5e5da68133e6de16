import { act, renderHook, waitFor } from '@testing-library/react'
import { useActionRuns, useRunAction } from 'react-action-instances'
import { createDataHarness, dataSleep } from './support/dataWrapper'

const contact = { connection: 'hubspot', action: 'create-contact' }
const ada = { email: 'ada@example.com', firstName: 'Ada' }

describe('useRunAction cancel', () => {
  it('cancel() right after mutate() sends nothing, creates nothing and records a cancelled run', async () => {
    const { api, wrapper } = await createDataHarness()
    const { result } = renderHook(
      () => ({
        run: useRunAction(contact),
        runs: useActionRuns(contact),
        list: useRunAction({ ...contact, action: 'list-contacts' }),
      }),
      { wrapper },
    )
    act(() => {
      result.current.run.mutate(ada)
      result.current.run.cancel()
    })
    await waitFor(() => expect(result.current.runs[0]?.status).toBe('cancelled'))
    await dataSleep(100)
    expect(result.current.run.isIdle).toBe(true)
    expect(api.countRequests({ operation: 'run' })).toBe(0)

    // The contact was not created: listing contacts finds none.
    let listed: unknown
    await act(async () => {
      listed = (await result.current.list.mutateAsync({})).output
    })
    expect(listed).toEqual({ items: [] })
  })
})
