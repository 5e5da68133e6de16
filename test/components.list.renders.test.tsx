import { Profiler } from 'react'
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { actionKeys, usePatchAction } from 'react-action-instances'
import { ActionList, enLabels } from 'react-action-instances/components'
import type { ActionsLabels } from 'react-action-instances/components'
import { createActionsClient } from 'react-action-instances'
import { createReferenceApi } from 'react-action-instances/testing'
import type { ReferenceSeed, SeedAction } from 'react-action-instances/testing'
import { renderWithApi, TEST_API_URI } from './support/renderWithApi'

const COUNT = 1000
const key = (index: number) => `action-${String(index).padStart(4, '0')}`
const bulkSeed: ReferenceSeed = {
  integrations: [
    {
      key: 'bulk',
      name: 'Bulk',
      actions: Array.from({ length: COUNT }, (_, index): SeedAction => ({
        key: key(index),
        name: `Action ${index}`,
        description: `Generated action ${index}`,
        type: 'connector-operation',
        inputSchema: { type: 'object', properties: { note: { type: 'string' } } },
        outputSchema: { type: 'object' },
      })),
    },
  ],
}

// Every row calls `actionType` exactly once per render, so counting its calls counts row renders.
const rowRenders = { count: 0 }
const countingLabels: Partial<ActionsLabels> = {
  actionType: (type) => {
    rowRenders.count += 1
    return enLabels.actionType(type)
  },
}
const commits = { count: 0 }
const onRender = () => {
  commits.count += 1
}

function PatchButton({ action }: { action: string }) {
  const patch = usePatchAction({ connection: 'bulk', action })
  return (
    <button type="button" onClick={() => patch.mutate({ config: { defaultInput: { note: 'hi' } } })}>
      Patch {patch.status}
    </button>
  )
}

// Role queries over 1,000 options are slow in jsdom; the name text is unique, so find the row from it.
const rowOf = (name: string) => screen.getByText(name).closest<HTMLElement>('[role="option"]') as HTMLElement

async function renderBulkList() {
  const api = createReferenceApi({ seed: bulkSeed })
  const result = await renderWithApi(
    <>
      <Profiler id="list" onRender={onRender}>
        <ActionList connection="bulk" pageSize={COUNT} labels={countingLabels} />
      </Profiler>
      <PatchButton action={key(5)} />
    </>,
    { api },
  )
  // Only a window of the 1,000 rows is rendered; the first row knows the whole list's size.
  await waitFor(
    () =>
      expect(result.container.querySelector('[role="option"]')).toHaveAttribute(
        'aria-setsize',
        String(COUNT),
      ),
    { timeout: 10_000 },
  )
  return result
}

describe('ActionList at 1,000 actions', () => {
  beforeEach(() => {
    rowRenders.count = 0
    commits.count = 0
  })

  describe('after patching one action through usePatchAction', () => {
    it('re-renders only the patched row (once for the optimistic change, once for the server copy)', async () => {
      const { api, container } = await renderBulkList()
      const windowed = container.querySelectorAll('[role="option"]').length
      expect(windowed).toBeLessThan(60)
      expect(rowRenders.count).toBe(windowed)
      rowRenders.count = 0
      commits.count = 0
      // A slow answer keeps the optimistic commit and the server's commit apart, so the counts are exact.
      api.injectFault({ kind: 'latency', ms: 50, operation: 'patch' })
      await userEvent.click(screen.getByRole('button', { name: /Patch/ }))
      await screen.findByRole('button', { name: 'Patch success' }, { timeout: 10_000 })
      const row = rowOf('Action 5')
      expect(row).toHaveAttribute('data-customized')
      expect(within(row).getByText('Customized')).toBeInTheDocument()
      expect(screen.getAllByText('Customized')).toHaveLength(1)
      expect(rowRenders.count).toBe(2)
      expect(commits.count).toBe(2)
      expect(api.countRequests({ operation: 'patch' })).toBe(1)
      expect(api.countRequests({ operation: 'list' })).toBe(1)
      console.info(`1,000 rows, one patch: ${rowRenders.count} row renders in ${commits.count} list commits`)
    })
  })

  describe('after a patch elsewhere and a refetch of the whole list', () => {
    it('re-renders only the changed row, thanks to structural sharing', async () => {
      const { api, queryClient, token } = await renderBulkList()
      const client = createActionsClient({ token, fetch: api.fetch, apiUri: TEST_API_URI })
      await client
        .connection('bulk')
        .action(key(7))
        .patch({ config: { defaultInput: { note: 'x' } } })
      rowRenders.count = 0
      commits.count = 0
      await act(() => queryClient.invalidateQueries({ queryKey: actionKeys.lists('bulk') }))
      await waitFor(() => expect(screen.getAllByText('Customized')).toHaveLength(1))
      expect(
        within(screen.getByRole('option', { name: /Action 7\b/ })).getByText('Customized'),
      ).toBeInTheDocument()
      expect(rowRenders.count).toBe(1)
      // The refetch starting (isFetching) and its result: two commits, or one when React batches them.
      expect(commits.count).toBeGreaterThanOrEqual(1)
      expect(commits.count).toBeLessThanOrEqual(2)
      expect(api.countRequests({ operation: 'list' })).toBe(2)
    })
  })
})
