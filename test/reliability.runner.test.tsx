import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ActionRunner } from 'react-action-instances/components'
import { createReferenceApi } from 'react-action-instances/testing'
import { armedClientOptions, faultCases, trackUnhandledRejections } from './support/reliabilityFaults'
import type { FaultContext } from './support/reliabilityFaults'
import { spyOnConsole } from './support/reliabilityHooks'
import { renderWithApi } from './support/renderWithApi'

const selector = { connection: 'hubspot', action: 'create-contact' }
const unhandled = trackUnhandledRejections()
afterAll(() => unhandled.stop())
let consoleSpy: ReturnType<typeof spyOnConsole>
beforeEach(() => {
  consoleSpy = spyOnConsole()
})
afterEach(() => consoleSpy.restore())

/** Client options and faults of a case, with fetchToken healthy until the case arms it. */
async function setUp(fault: (typeof faultCases)[number], operation: 'run' | 'get') {
  const api = createReferenceApi()
  const token = await api.mintToken({ id: 'customer-1' })
  const shortToken = await api.mintToken({ id: 'customer-1', expiresIn: 10 })
  const context: FaultContext = { api, operation, token, tokenCalls: { count: 0 } }
  const caseOptions = fault.client?.(context)
  const state = { armed: operation === 'get' }
  const clientOptions = { token, ...armedClientOptions(caseOptions, shortToken, () => state.armed) }
  return { api, token, context, state, clientOptions }
}

const runFaults = faultCases.filter((fault) => fault.name !== 'abort part-way')

describe('ActionRunner when a run fails', () => {
  it.each(runFaults)('$name: a readable error, the typed input kept, nothing printed', async (fault) => {
    const { api, token, context, state, clientOptions } = await setUp(fault, 'run')
    const { container } = await renderWithApi(<ActionRunner {...selector} />, { api, clientOptions })
    const email = await screen.findByRole('textbox', { name: /^Email/ }, { timeout: 5_000 })
    const user = userEvent.setup()
    await user.type(email, 'kept@example.com')
    await user.type(screen.getByRole('textbox', { name: /^First name/ }), 'Kept')
    fault.prepare?.(context)
    state.armed = true
    await user.click(screen.getByRole('button', { name: 'Run' }))

    const output = await screen.findByRole('region', { name: 'Output' }, { timeout: 3_000 })
    const expected = fault.expect('run')
    if ('ok' in expected) {
      expect(output).toHaveAttribute('data-state', 'success')
    } else {
      await waitFor(() => expect(output).toHaveAttribute('data-state', 'error'))
      const alert = within(output).getByRole('alert')
      expect(alert).toHaveAttribute('data-error-type', expected.type)
      expect(alert.textContent?.length).toBeGreaterThan(20)
      expect(container.textContent).not.toContain(token)
    }
    expect(screen.getByRole('textbox', { name: /^Email/ })).toHaveValue('kept@example.com')
    expect(screen.getByRole('textbox', { name: /^First name/ })).toHaveValue('Kept')
    expect(screen.getByRole('button', { name: 'Run' })).toBeEnabled()
    expect(unhandled.reasons).toEqual([])
    expect(consoleSpy.messages()).toEqual([])
  })
})

describe('ActionRunner when the action cannot be loaded', () => {
  // The kit retries a failed read; the test keeps to faults that fail at once (4xx, invalid bodies, tokens).
  const loadFaults = runFaults.filter((fault) => {
    const expected = fault.expect('get')
    return (
      'type' in expected &&
      expected.status < 500 &&
      ['invalid_response', 'not_authenticated', 'token_error'].includes(expected.type)
    )
  })

  it.each(loadFaults)('$name: an error with Retry, then the form', async (fault) => {
    const { api, token, context, state, clientOptions } = await setUp(fault, 'get')
    fault.prepare?.(context)
    const { container } = await renderWithApi(<ActionRunner {...selector} />, { api, clientOptions })
    const alert = await screen.findByRole('alert', {}, { timeout: 3_000 })
    expect(container.firstElementChild).toHaveAttribute('data-state', 'error')
    expect(container.textContent).not.toContain(token)
    state.armed = false
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('textbox', { name: /^Email/ }, { timeout: 5_000 })).toBeInTheDocument()
    expect(consoleSpy.messages()).toEqual([])
  })
})

describe('ActionRunner unmounted and mounted again while a run is in flight', () => {
  it('the run finishes, its result shows after remount, nothing printed', async () => {
    const api = createReferenceApi()
    const { rerenderWithApi } = await renderWithApi(<ActionRunner {...selector} />, { api })
    const user = userEvent.setup()
    await user.type(
      await screen.findByRole('textbox', { name: /^Email/ }, { timeout: 5_000 }),
      'away@example.com',
    )
    await user.type(screen.getByRole('textbox', { name: /^First name/ }), 'Away')
    api.injectFault({ kind: 'latency', ms: 100, operation: 'run' })
    await user.click(screen.getByRole('button', { name: 'Run' }))
    rerenderWithApi(<p>elsewhere</p>)
    rerenderWithApi(<ActionRunner {...selector} />)
    const history = await screen.findByRole('region', { name: 'Run history' }, { timeout: 5_000 })
    await waitFor(() =>
      expect(within(history).getAllByRole('listitem')[0]).toHaveAttribute('data-status', 'success'),
    )
    expect(api.countRequests({ operation: 'run' })).toBe(1)
    expect(unhandled.reasons).toEqual([])
    expect(consoleSpy.messages()).toEqual([])
  })
})
