// The budgets CI enforces, as exact counts: requests per user scenario and renders per change.
// `npm run bench` runs this file with BENCH_OUT set to collect the same figures for BENCHMARKS.md.
import { Profiler, useState } from 'react'
import Form from '@rjsf/core'
import validator from '@rjsf/validator-ajv8'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useAction, usePatchAction } from 'react-action-instances'
import type { JsonSchema } from 'react-action-instances'
import {
  ActionInputForm,
  ActionList,
  ActionRunner,
  preloadActionForm,
} from 'react-action-instances/components'
import { createReferenceApi } from 'react-action-instances/testing'
import { flushFigures, recordFigure } from './support/budgetFigures'
import { bulkKey, bulkSeed, loadEveryPage } from './support/bulkList'
import { startCountingRenders } from './support/renderCounter'
import { renderWithApi } from './support/renderWithApi'

afterAll(flushFigures)

const BULK = 10_000
// Rows rendered for a 480 px list: the visible ones and 8 either side.
const MAX_WINDOW = 40
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

/** The page a SaaS developer builds: the list, and the runner of the selected action. */
function SettingsPage() {
  const [selected, setSelected] = useState<{ id: string; key: string } | null>(null)
  return (
    <>
      <ActionList
        connection="hubspot"
        selectedAction={selected?.id ?? null}
        onSelectedActionChange={(id, action) => setSelected({ id, key: action.key ?? id })}
      />
      {selected && (
        <ActionRunner connection="hubspot" action={selected.key} onArchiveSuccess={() => setSelected(null)} />
      )}
    </>
  )
}

/** What one keystroke renders in a bare, uncontrolled rjsf Form of the same schema: the floor. */
async function bareRjsfKeystroke(properties: Record<string, JsonSchema>) {
  const { container, unmount } = render(
    <Profiler id="bare" onRender={() => {}}>
      <Form schema={{ type: 'object', properties }} validator={validator} />
    </Profiler>,
  )
  const input = await within(container).findByRole('textbox', { name: 'Field 0' }, { timeout: 5000 })
  await settle()
  const counter = startCountingRenders('bare')
  await userEvent.setup().type(input, 'a')
  const result = counter.stop()
  unmount()
  return { renders: result.renders.length, commits: result.commits }
}

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 100)))

describe('network budgets of the settings page', () => {
  it('opens an action from the list, runs it, customizes, resets and archives it at the minimum', async () => {
    const { api } = await renderWithApi(<SettingsPage />)
    const user = userEvent.setup()
    await screen.findAllByRole('option')
    await settle()
    const opened = api.requests.length
    recordFigure({
      group: 'network',
      name: 'open the settings page',
      value: opened,
      reference: 1,
      referenceName: 'minimum',
    })
    const scenario = async (name: string, minimum: number, step: () => Promise<void>) => {
      const before = api.requests.length
      await step()
      await settle()
      const value = api.requests.length - before
      recordFigure({ group: 'network', name, value, reference: minimum, referenceName: 'minimum' })
      return value
    }

    const open = await scenario('open an action from the list', 0, async () => {
      await user.click(screen.getByRole('option', { name: 'Create contact Create record' }))
      await screen.findByRole('textbox', { name: /^Email/ }, { timeout: 5000 })
    })
    const run = await scenario('run it', 1, async () => {
      await user.type(screen.getByRole('textbox', { name: /^Email/ }), 'ada@example.com')
      await user.type(screen.getByRole('textbox', { name: /^First name/ }), 'Ada')
      await user.click(screen.getByRole('button', { name: 'Run' }))
      await screen.findByText('Succeeded', { exact: false })
    })
    // Three writes, plus one read of the list after archive so its cursors match the server again.
    const manage = await scenario('customize, reset and archive it', 4, async () => {
      await user.click(screen.getByRole('button', { name: 'Customize' }))
      const customize = await screen.findByRole('dialog', { name: 'Customize' })
      await user.type(await within(customize).findByRole('textbox', { name: /^Last name/ }), 'Lovelace')
      await user.click(within(customize).getByRole('button', { name: 'Save' }))
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
      await user.click(screen.getByRole('button', { name: 'Reset to default' }))
      await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Reset' }))
      await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument())
      await user.click(screen.getByRole('button', { name: 'Archive' }))
      await user.click(
        within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Archive' }),
      )
      await waitFor(() =>
        expect(
          screen.queryByRole('option', { name: 'Create contact Create record' }),
        ).not.toBeInTheDocument(),
      )
    })
    expect({ opened, open, run, manage }).toEqual({ opened: 1, open: 0, run: 1, manage: 4 })
    expect(api.requests.map((request) => request.operation)).toEqual([
      'list',
      'run',
      'patch',
      'reset',
      'archive',
      'list',
    ])
  })
})

describe('network budgets', () => {
  it('opening a settings page that lists actions makes 1 request', async () => {
    const { api } = await renderWithApi(<ActionList connection="hubspot" />)
    await screen.findAllByRole('option')
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
    const value = api.requests.length
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
  it('patching 1 action in a 10,000-item list re-renders the row and at most one container', async () => {
    const api = createReferenceApi({ seed: bulkSeed(BULK) })
    const { container } = await renderWithApi(
      <>
        <Profiler id="list" onRender={() => {}}>
          <ActionList connection="bulk" pageSize={1000} />
        </Profiler>
        <Patcher action={bulkKey(5)} />
      </>,
      { api },
    )
    await screen.findAllByRole('option', {}, { timeout: 10_000 })
    await loadEveryPage(BULK)
    const pages = api.countRequests({ operation: 'list' })
    recordFigure({
      group: 'network',
      name: 'load 10,000 actions in pages of 1,000',
      value: pages,
      reference: BULK / 1000,
      referenceName: 'minimum',
    })
    expect(pages).toBe(BULK / 1000)
    const mounted = container.querySelectorAll('[role="option"]').length
    recordFigure({
      group: 'renders',
      name: 'rows in the DOM with 10,000 actions loaded (windowed)',
      value: mounted,
      reference: BULK,
      referenceName: 'every row',
    })
    expect(mounted).toBeLessThanOrEqual(MAX_WINDOW)
    // A slow answer keeps the optimistic commit and the server's commit apart, so the count is exact.
    api.injectFault({ kind: 'latency', ms: 50, operation: 'patch' })
    const counter = startCountingRenders('list')
    await act(async () => screen.getByRole('button', { name: /Patch idle/ }).click())
    await screen.findByRole('button', { name: /Patch success/ })
    const { renders } = counter.stop()
    const components = new Set(renders.map((render) => render.name))
    const rowRenders = renders.filter((render) => render.name === 'ActionListRow').length
    recordFigure({
      group: 'renders',
      name: 'components re-rendered by patching 1 of 10,000 listed actions',
      value: components.size,
      reference: 2,
      referenceName: 'budget',
    })
    expect([...components].sort()).toEqual(['ActionList', 'ActionListRow'])
    // Once for the optimistic change and once for the server's copy; the other 9,999 rows never render.
    expect(rowRenders).toBe(2)
    expect(api.countRequests({ operation: 'patch' })).toBe(1)
    expect(api.countRequests({ operation: 'list' })).toBe(pages)
  }, 60_000)

  it('typing one character in a 200-field form renders only the typed field’s widget', async () => {
    const properties: Record<string, JsonSchema> = {}
    for (let i = 0; i < 200; i += 1) properties[`field${i}`] = { type: 'string', title: `Field ${i}` }
    await preloadActionForm()
    await renderWithApi(
      <Profiler id="form" onRender={() => {}}>
        <ActionInputForm
          connection="hubspot"
          action="create-contact"
          schema={{ type: 'object', properties }}
        />
      </Profiler>,
    )
    const input = await screen.findByRole('textbox', { name: 'Field 0' }, { timeout: 5000 })
    const user = userEvent.setup()
    await settle()
    const counter = startCountingRenders('form')
    await user.type(input, 'a')
    const { renders, commits } = counter.stop()
    const bare = await bareRjsfKeystroke(properties)
    const widgets = renders.filter((render) => render.name === 'TextWidget').length
    recordFigure({
      group: 'renders',
      name: 'text widgets rendered by typing 1 character in a 200-field form',
      value: widgets,
      reference: 1,
      referenceName: 'the typed field',
    })
    recordFigure({
      group: 'renders',
      name: `components rendered by that keystroke, in ${commits} commits (rjsf's 200 property wrappers included)`,
      value: renders.length,
      reference: bare.renders,
      referenceName: `bare rjsf Form, ${bare.commits} commit`,
    })
    // Only the typed field's widget renders; the other 199 fields are skipped by rjsf's memoization.
    expect(widgets).toBe(1)
    // rjsf's own commit, then the kit's controlled state; rjsf is not handed its own data back, so no third.
    expect(commits).toBe(2)
    // The second commit renders the kit's 3 components around rjsf that hold the input: the fields, the lazy chunk
    // and the rjsf wrapper; rjsf itself skips it, and the form's owner (its queries and its run) does not render.
    expect(renders.length - bare.renders).toBeLessThanOrEqual(3)
    expect(
      renders
        .filter((render) => render.commit === 1)
        .map((render) => render.name)
        .sort(),
    ).toEqual(['FormFields', 'LazySchemaForm', 'SchemaForm'])
  }, 60_000)
})
