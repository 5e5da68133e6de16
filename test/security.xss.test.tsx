import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ActionList, ActionOutput, ActionRunner } from 'react-action-instances/components'
import { ActionsApiError } from 'react-action-instances'
import { createReferenceApi } from 'react-action-instances/testing'
import { spyOnConsole } from './support/reliabilityHooks'
import { hostileOutput, hostileSeed, JAVASCRIPT_URI, XSS_PAYLOADS } from './support/reliabilitySeed'
import { renderWithApi } from './support/renderWithApi'

/** Everything a payload could have turned into, if it were parsed as HTML anywhere in the document. */
function expectNoInjectedMarkup(root: ParentNode = document.body) {
  expect(root.querySelectorAll('img, script, iframe, details, object, embed')).toHaveLength(0)
  expect(root.querySelectorAll('svg')).toHaveLength(0)
  const handlers = [...root.querySelectorAll('*')].flatMap((element) =>
    [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((a) => a.name),
  )
  expect(handlers).toEqual([])
  expect(root.querySelectorAll('a[href^="javascript:" i], a[href^=" javascript:" i]')).toHaveLength(0)
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    expect(link.href).toMatch(/^https?:\/\//)
  }
  expect(window.__xss ?? 0).toBe(0)
}

/** Opens every collapsed node of every JSON tree (bounded, so a bug cannot loop forever). */
async function expandAll(user: ReturnType<typeof userEvent.setup>) {
  for (let round = 0; round < 10; round += 1) {
    const collapsed = screen
      .queryAllByRole('button', { expanded: false })
      .filter((button) => button.closest('.rai-json-tree, .rai-output') !== null)
    if (collapsed.length === 0) return
    for (const button of collapsed) await user.click(button)
  }
}

let consoleSpy: ReturnType<typeof spyOnConsole>
beforeEach(() => {
  window.__xss = 0
  consoleSpy = spyOnConsole()
})
afterEach(() => consoleSpy.restore())

describe('hostile strings render as text', () => {
  it('in the list: action names and descriptions', async () => {
    const api = createReferenceApi({ seed: hostileSeed })
    await renderWithApi(<ActionList connection="hostile" />, { api })
    const options = await screen.findAllByRole('option', {}, { timeout: 5_000 })
    expect(options).toHaveLength(2)
    expect(options[0]).toHaveTextContent(`Hostile ${XSS_PAYLOADS[0]}`)
    expect(options[1]).toHaveTextContent(XSS_PAYLOADS[3])
    expectNoInjectedMarkup()
    expect(consoleSpy.messages()).toEqual([])
  })

  it('in the runner: header, schema titles, descriptions, enum labels, defaults, output, logs and history', async () => {
    const api = createReferenceApi({ seed: hostileSeed })
    await renderWithApi(<ActionRunner connection="hostile" action="hostile-run" />, { api })
    const name = await screen.findByRole(
      'textbox',
      { name: new RegExp(escape(XSS_PAYLOADS[0])) },
      { timeout: 5_000 },
    )
    expect(name).toHaveValue(XSS_PAYLOADS[4])
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(`Hostile ${XSS_PAYLOADS[0]}`)
    expect(screen.getByText(`Runs ${XSS_PAYLOADS[1]} ${XSS_PAYLOADS[2]}`)).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: /^Website/ })).toHaveValue(JAVASCRIPT_URI)
    const stage = screen.getByRole('combobox', { name: new RegExp(escape(XSS_PAYLOADS[5])) })
    // The hostile `enumNames` become the options' labels, as text.
    const stageLabels = within(stage)
      .getAllByRole('option')
      .map((option) => option.textContent)
    expect(stageLabels).toEqual(expect.arrayContaining([XSS_PAYLOADS[0], XSS_PAYLOADS[1]]))
    const tier = screen.getByRole('combobox', { name: /^Tier/ })
    expect(within(tier).getByRole('option', { name: XSS_PAYLOADS[2] })).toBeInTheDocument()
    expect(within(tier).getByRole('option', { name: XSS_PAYLOADS[3] })).toBeInTheDocument()
    expectNoInjectedMarkup()

    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Run' }))
    const output = await screen.findByRole('region', { name: 'Output' }, { timeout: 5_000 })
    await waitFor(() => expect(output).toHaveAttribute('data-state', 'success'))
    await expandAll(user)
    expect(within(output).getAllByText(JSON.stringify(JAVASCRIPT_URI)).length).toBeGreaterThan(0)
    expect(within(output).getByRole('link', { name: '"https://example.com/ok"' })).toHaveAttribute(
      'href',
      'https://example.com/ok',
    )
    for (const payload of XSS_PAYLOADS) {
      expect(output.textContent).toContain(JSON.stringify(payload).slice(1, -1))
    }
    await user.click(screen.getByRole('button', { name: 'Customize' }))
    await screen.findByRole('dialog', { name: 'Customize' })
    await screen.findAllByRole('textbox', { name: new RegExp(escape(XSS_PAYLOADS[0])) }, { timeout: 5_000 })
    expectNoInjectedMarkup()
    expect(consoleSpy.messages()).toEqual([])
  })

  it('in a run error: the message and field errors from the app', async () => {
    const api = createReferenceApi({ seed: hostileSeed })
    await renderWithApi(<ActionRunner connection="hostile" action="hostile-reject" />, { api })
    const why = await screen.findByRole('textbox', { name: /Why|href/ }, { timeout: 5_000 })
    const user = userEvent.setup()
    await user.type(
      why,
      XSS_PAYLOADS[2].replace(/[{[]/g, (c) => c + c),
    )
    await user.click(screen.getByRole('button', { name: 'Run' }))
    const output = await screen.findByRole('region', { name: 'Output' }, { timeout: 5_000 })
    await waitFor(() => expect(output).toHaveAttribute('data-state', 'error'))
    expect(output).toHaveTextContent(`Rejected: ${XSS_PAYLOADS[0]} ${XSS_PAYLOADS[1]}`)
    expect(document.body.textContent).toContain(`${XSS_PAYLOADS[2]} is not allowed`)
    expectNoInjectedMarkup()
    expect(consoleSpy.messages()).toEqual([])
  })

  it('in ActionOutput given directly: payload keys, values and an error object', async () => {
    const error = new ActionsApiError({
      status: 400,
      type: XSS_PAYLOADS[0],
      message: XSS_PAYLOADS[1],
      data: { errors: [{ path: `/${XSS_PAYLOADS[2]}`, message: XSS_PAYLOADS[3] }] },
    })
    const { container } = await renderWithApi(
      <>
        <ActionOutput
          output={hostileOutput({ [XSS_PAYLOADS[5]]: XSS_PAYLOADS[4] })}
          logs={[...XSS_PAYLOADS]}
        />
        <ActionOutput error={error} />
      </>,
    )
    await expandAll(userEvent.setup())
    expect(container.textContent).toContain(XSS_PAYLOADS[3])
    expectNoInjectedMarkup()
    expect(consoleSpy.messages()).toEqual([])
  })
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
