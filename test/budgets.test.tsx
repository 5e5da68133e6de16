// The budgets CI enforces, as exact counts: requests per user scenario and renders per change.
// `npm run bench` runs this file with BENCH_OUT set to collect the same figures for BENCHMARKS.md.
import { Profiler } from 'react'
import { act, screen, waitFor } from '@testing-library/react'
import { useAction, usePatchAction } from 'react-action-instances'
import { ActionList } from 'react-action-instances/components'
import { createReferenceApi } from 'react-action-instances/testing'
import type { ReferenceSeed, SeedAction } from 'react-action-instances/testing'
import { flushFigures, recordFigure } from './support/budgetFigures'
import { startCountingRenders } from './support/renderCounter'
import { renderWithApi } from './support/renderWithApi'

afterAll(flushFigures)

const BULK = 1000
const bulkKey = (index: number) => `action-${String(index).padStart(4, '0')}`
const bulkSeed: ReferenceSeed = {
  integrations: [
    {
      key: 'bulk',
      name: 'Bulk',
      actions: Array.from({ length: BULK }, (_, index): SeedAction => ({
        key: bulkKey(index),
        name: `Action ${index}`,
        description: `Generated action ${index}`,
        type: 'connector-operation',
        inputSchema: { type: 'object', properties: { note: { type: 'string' } } },
        outputSchema: { type: 'object' },
      })),
    },
  ],
}

function Widget({ action }: { action: string }) {
  const { data } = useAction({ connection: 'hubspot', action })
  return <span data-testid="widget">{data?.name ?? '…'}</span>
}

function Patcher({ action }: { action: string }) {
  const patch = usePatchAction({ connection: 'bulk', action })
  return (
    <button type="button" onClick={() => patch.mutate({ config: { defaultInput: { note: 'hi' } } })}>
      Patch {patch.status}
    </button>
  )
}

describe('network budgets', () => {
  it('opening a settings page that lists actions makes 1 request', async () => {
    const { api } = await renderWithApi(<ActionList connection="hubspot" />)
    await screen.findAllByRole('option')
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
    const value = api.requests.length
    recordFigure({
      group: 'network',
      name: 'open a page listing actions',
      value,
      reference: 1,
      referenceName: 'minimum',
    })
    expect(value).toBe(1)
  })

  it('50 widgets reading the same action make 1 request', async () => {
    const widgets = Array.from({ length: 50 }, (_, index) => <Widget key={index} action="create-contact" />)
    const { api } = await renderWithApi(<>{widgets}</>)
    await waitFor(() => expect(screen.getAllByText('Create contact')).toHaveLength(50))
    const value = api.requests.length
    recordFigure({
      group: 'network',
      name: '50 widgets on one action',
      value,
      reference: 1,
      referenceName: 'minimum',
    })
    expect(value).toBe(1)
  })
})

describe('render budgets', () => {
  it('patching 1 action in a 1,000-item list re-renders the row and at most one container', async () => {
    const api = createReferenceApi({ seed: bulkSeed })
    const { container } = await renderWithApi(
      <>
        <Profiler id="list" onRender={() => {}}>
          <ActionList connection="bulk" pageSize={BULK} />
        </Profiler>
        <Patcher action={bulkKey(500)} />
      </>,
      { api },
    )
    await waitFor(() => expect(container.querySelectorAll('[role="option"]')).toHaveLength(BULK), {
      timeout: 10_000,
    })
    const counter = startCountingRenders('list')
    await act(async () => screen.getByRole('button', { name: /Patch idle/ }).click())
    await screen.findByRole('button', { name: /Patch success/ })
    const { renders } = counter.stop()
    const components = new Set(renders.map((render) => render.name))
    const rowRenders = renders.filter((render) => render.name === 'ActionListRow').length
    recordFigure({
      group: 'renders',
      name: 'components re-rendered by patching 1 of 1,000 listed actions',
      value: components.size,
      reference: 2,
      referenceName: 'budget',
    })
    expect([...components].sort()).toEqual(['ActionList', 'ActionListRow'])
    // Once for the optimistic change and once for the server's copy; the other 999 rows never render.
    expect(rowRenders).toBe(2)
  })
})
