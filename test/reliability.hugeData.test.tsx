import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ActionsApiError, createActionsClient } from 'react-action-instances'
import type { JsonObject } from 'react-action-instances'
import { ActionInputForm, ActionOutput } from 'react-action-instances/components'
import { createReferenceApi } from 'react-action-instances/testing'
import type { ReferenceSeed } from 'react-action-instances/testing'
import { callApi } from './support/reliabilityApi'
import {
  cyclicSchemas,
  deepOutput,
  echoIntegration,
  hugeOutput,
  jsonBytes,
  wideSchema,
} from './support/reliabilityData'
import { spyOnConsole } from './support/reliabilityHooks'
import { renderWithApi, TEST_API_URI } from './support/renderWithApi'

let consoleSpy: ReturnType<typeof spyOnConsole>
beforeEach(() => {
  consoleSpy = spyOnConsole()
})
afterEach(() => {
  expect(consoleSpy.messages()).toEqual([])
  consoleSpy.restore()
})

const echoSeed: ReferenceSeed = { integrations: [echoIntegration('bulk', 'Bulk')] }

const FIELDS = 2000
/** The reference API's documented depth limit for request bodies (docs/reference-api.md, "Limits"). */
const MAX_DEPTH = 1024

describe('huge and deep data', () => {
  it('a 5 MB output renders its first page of 100 rows, and Show more adds the next page', async () => {
    const output = hugeOutput(5)
    expect(jsonBytes(output)).toBeGreaterThan(5 * 1024 * 1024)
    const started = performance.now()
    const { container } = render(<ActionOutput output={output} />)
    const user = userEvent.setup()
    // DOM queries, not getByRole: a failing role query would print a multi-megabyte DOM.
    const itemsNode = () =>
      [...container.querySelectorAll<HTMLElement>('li.rai-json-node')].find(
        (node) => node.querySelector(':scope > button .rai-json-key')?.textContent === 'items:',
      ) as HTMLElement
    // Depth 1 starts open; its entries start collapsed.
    expect(itemsNode()).toHaveAttribute('data-state', 'open')
    const rows = () => itemsNode().querySelectorAll(':scope > ul > li.rai-json-node').length
    expect(rows()).toBe(100)
    await user.click(itemsNode().querySelector(':scope > ul > li.rai-json-more > button') as HTMLElement)
    expect(rows()).toBe(200)
    expect(container.querySelectorAll('li.rai-json-node').length).toBeLessThan(1000)
    console.info(`5 MB output: first render and two clicks in ${Math.round(performance.now() - started)} ms`)
  })

  it('1,000 levels of nesting render collapsed and open one level at a time', async () => {
    render(<ActionOutput output={deepOutput(1000)} />)
    const user = userEvent.setup()
    for (let level = 0; level < 5; level += 1) {
      const next = screen.getAllByRole('button', { name: /child/, expanded: false })
      expect(next).toHaveLength(1)
      await user.click(next[0] as HTMLElement)
    }
    expect(screen.getByText('5')).toBeInTheDocument()
  })

  it('1,000 levels of config and input make the round trip client → reference API → client → render', async () => {
    const api = createReferenceApi({ seed: echoSeed })
    const client = createActionsClient({
      apiUri: TEST_API_URI,
      fetch: api.fetch,
      token: await api.mintToken({ id: 'customer-1' }),
    })
    const echo = client.connection('bulk').action('echo')
    const settings = deepOutput(1000)
    // The PATCH body is 1,003 levels deep: { config: { defaultInput: { settings: <1,000 levels> } } }.
    const patched = await echo.patch({ config: { defaultInput: { settings } } })
    expect(patched.config?.defaultInput).toEqual({ settings })
    expect((await echo.get()).config?.defaultInput).toEqual({ settings })
    const payload = deepOutput(1000)
    const run = await echo.run<{ payload: JsonObject }, JsonObject>({ payload })
    // The echo action returns its input with the stored defaultInput merged under it.
    expect(run.output).toEqual({ settings, payload })

    render(<ActionOutput output={run.output} />)
    const user = userEvent.setup()
    // The root and its keys start open; below them each level opens on its own.
    expect(screen.getByRole('button', { name: /^payload:/ })).toHaveAttribute('aria-expanded', 'true')
    for (let level = 0; level < 5; level += 1) {
      const next = screen.getAllByRole('button', { name: /child/, expanded: false })
      // One collapsed child under settings, one at the deepest open level of payload (after it in the page).
      expect(next).toHaveLength(2)
      await user.click(next[1] as HTMLElement)
    }
    expect(screen.getByText('6')).toBeInTheDocument()
    expect(screen.queryByText('7')).toBeNull()
  })

  it(`a body at the depth limit (${MAX_DEPTH.toLocaleString('en-US')}) is served; one level deeper is a 400 naming the limit, before any state changes`, async () => {
    const api = createReferenceApi({ seed: echoSeed })
    const token = await api.mintToken({ id: 'customer-1' })
    const client = createActionsClient({ apiUri: TEST_API_URI, fetch: api.fetch, token })
    const echo = client.connection('bulk').action('echo')
    const atLimit = deepOutput(MAX_DEPTH)
    expect((await echo.run<JsonObject, JsonObject>(atLimit)).output).toEqual(atLimit)
    const before = await echo.get()

    const deeper = [
      ['PATCH', () => echo.patch({ config: { defaultInput: deepOutput(MAX_DEPTH - 1) } })],
      ['run', () => echo.run(deepOutput(MAX_DEPTH + 1))],
      ['run, far deeper', () => echo.run(deepOutput(2_500))],
    ] as const
    for (const [name, send] of deeper) {
      const error = await send().then(
        () => new Error(`${name} was accepted`),
        (failure: unknown) => failure,
      )
      expect(error, name).toBeInstanceOf(ActionsApiError)
      expect((error as ActionsApiError).status, name).toBe(400)
      expect((error as ActionsApiError).message, name).toContain('1,024')
    }
    // Nothing was stored: the instance is exactly what it was before the refused bodies.
    expect(await echo.get()).toEqual(before)
    const raw = await callApi<{ message: string }>(api, 'POST', '/connections/bulk/actions/echo/run', {
      token,
      body: deepOutput(MAX_DEPTH + 1),
    })
    expect(raw.status).toBe(400)
    expect(raw.body).toEqual({
      type: 'bad_request',
      key: 'bad_request',
      message: 'The body is nested deeper than 1,024 levels.',
    })
  })

  it('a schema with 2,000 fields renders every field', async () => {
    const started = performance.now()
    const { container } = await renderWithApi(
      <ActionInputForm connection="bulk" action="echo" schema={wideSchema(FIELDS)} />,
      { apiOptions: { seed: echoSeed } },
    )
    // DOM queries: role queries compute accessible names for every node and dominate the time on 2,000 fields.
    await waitFor(() => expect(container.querySelector(`input[id$="_field${FIELDS - 1}"]`)).not.toBeNull(), {
      timeout: 20_000,
    })
    expect(container.querySelectorAll('input[type="text"]')).toHaveLength(Math.ceil(FIELDS / 3))
    expect(container.querySelectorAll('input[type="number"]')).toHaveLength(Math.ceil((FIELDS - 1) / 3))
    expect(container.querySelectorAll('input[type="checkbox"]')).toHaveLength(Math.floor(FIELDS / 3))
    expect(container.querySelectorAll('label[for]').length).toBeGreaterThanOrEqual(FIELDS)
    console.info(`2,000-field schema: rendered in ${Math.round(performance.now() - started)} ms (jsdom)`)
  }, 30_000)

  it.each(Object.keys(cyclicSchemas))(
    'a $ref cycle (%s) shows the in-place error, not a crash',
    async (name) => {
      const { container } = await renderWithApi(
        <ActionInputForm connection="bulk" action="echo" schema={cyclicSchemas[name]} />,
        { apiOptions: { seed: echoSeed } },
      )
      const alert = await screen.findByRole('alert', {}, { timeout: 5_000 })
      expect(alert).toHaveAttribute('data-problem', 'ref-cycle')
      expect(container.querySelector('form input')).toBeNull()
    },
  )
})
