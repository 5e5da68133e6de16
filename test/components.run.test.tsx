import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import {
  ActionInputForm,
  ActionsLabelsProvider,
  deLabels,
  RunActionButton,
} from 'react-action-instances/components'
import { createReferenceApi } from 'react-action-instances/testing'
import { expectNoAxeViolations } from './support/axe'
import { renderWithApi } from './support/renderWithApi'

const selector = { connection: 'hubspot', action: 'create-contact' }
const contact = { email: 'ada@example.com', firstName: 'Ada' }

describe('RunActionButton', () => {
  describe('outside a form', () => {
    it('runs with its input, shows the elapsed time while pending, then succeeds', async () => {
      const user = userEvent.setup()
      const onRunSuccess = vi.fn()
      const api = createReferenceApi({ latencyMs: 400 })
      const { container } = await renderWithApi(
        <RunActionButton {...selector} input={contact} onRunSuccess={onRunSuccess} />,
        { api },
      )
      const button = screen.getByRole('button', { name: 'Run' })
      expect(button).toHaveAttribute('data-state', 'idle')
      await expectNoAxeViolations(container)

      await user.click(button)
      expect(button).toBeDisabled()
      expect(button).toHaveAttribute('data-state', 'pending')
      expect(button).toHaveTextContent(/^Running… \d+\.\d s$/)
      expect(screen.getByRole('button', { name: 'Cancel run' })).toHaveFocus()
      await waitFor(() => expect(button).toHaveTextContent(/^Running… 0\.[1-9] s$/))
      await expectNoAxeViolations(container)

      await waitFor(() => expect(button).toHaveAttribute('data-state', 'success'))
      expect(button).toHaveTextContent('Run')
      expect(button).toHaveFocus()
      expect(screen.getByRole('status')).toHaveTextContent('The action ran successfully.')
      expect(onRunSuccess).toHaveBeenCalledTimes(1)
      expect(onRunSuccess.mock.calls[0]?.[0].output).toMatchObject({
        email: 'ada@example.com',
        firstName: 'Ada',
      })
      expect(screen.queryByRole('button', { name: 'Cancel run' })).not.toBeInTheDocument()
      await expectNoAxeViolations(container)
    })

    it('never sends twice', async () => {
      const user = userEvent.setup()
      const api = createReferenceApi({ latencyMs: 200 })
      await renderWithApi(<RunActionButton {...selector} input={contact} />, { api })
      const button = screen.getByRole('button', { name: 'Run' })
      await user.dblClick(button)
      button.click()
      await waitFor(() => expect(button).toHaveAttribute('data-state', 'success'))
      expect(api.countRequests({ operation: 'run' })).toBe(1)
    })

    it('cancels a pending run on the wire and returns to idle', async () => {
      const user = userEvent.setup()
      const onRunError = vi.fn()
      const api = createReferenceApi({ latencyMs: 10_000 })
      await renderWithApi(<RunActionButton {...selector} input={contact} onRunError={onRunError} />, { api })
      await user.click(screen.getByRole('button', { name: 'Run' }))
      await user.click(screen.getByRole('button', { name: 'Cancel run' }))
      const button = screen.getByRole('button', { name: 'Run' })
      expect(button).toBeEnabled()
      expect(button).toHaveAttribute('data-state', 'idle')
      expect(button).toHaveFocus()
      expect(screen.getByRole('status')).toHaveTextContent('The run was cancelled.')
      await waitFor(() =>
        expect(api.requests.find((request) => request.operation === 'run')?.aborted).toBe(true),
      )
      expect(onRunError).not.toHaveBeenCalled()
    })

    it('reports a rejected run by its type', async () => {
      const user = userEvent.setup()
      const onRunError = vi.fn()
      await renderWithApi(
        <RunActionButton {...selector} input={{ email: 'not-an-email' }} onRunError={onRunError} />,
      )
      const button = screen.getByRole('button', { name: 'Run' })
      await user.click(button)
      await waitFor(() => expect(button).toHaveAttribute('data-state', 'error'))
      expect(screen.getByRole('status')).toHaveTextContent('The input is invalid')
      expect(onRunError).toHaveBeenCalledTimes(1)
      expect(onRunError.mock.calls[0]?.[0].type).toBe('bad_request')
    })

    it('lets a user click handler prevent the run', async () => {
      const api = createReferenceApi()
      await renderWithApi(
        <RunActionButton {...selector} input={contact} onClick={(event) => event.preventDefault()} />,
        { api },
      )
      await userEvent.click(screen.getByRole('button', { name: 'Run' }))
      expect(api.countRequests({ operation: 'run' })).toBe(0)
    })
  })

  describe('inside an ActionInputForm', () => {
    async function renderFormWithButton() {
      const api = createReferenceApi()
      const result = await renderWithApi(
        <ActionInputForm {...selector}>
          <RunActionButton {...selector} />
        </ActionInputForm>,
        { api },
      )
      await screen.findByRole('textbox', { name: /^Email/ }, { timeout: 5000 })
      return result
    }

    it('validates first and sends nothing while the input is invalid', async () => {
      const user = userEvent.setup()
      const { api } = await renderFormWithButton()
      await user.click(screen.getByRole('button', { name: 'Run' }))
      expect(await screen.findByRole('alert')).toHaveTextContent('2 fields need attention.')
      expect(api.countRequests({ operation: 'run' })).toBe(0)
    })

    it('runs by keyboard alone with the form input', async () => {
      const user = userEvent.setup()
      const { api, container } = await renderFormWithButton()
      await user.click(screen.getByRole('textbox', { name: /^Email/ }))
      await user.keyboard('grace@example.com')
      await user.tab()
      expect(screen.getByRole('textbox', { name: /^First name/ })).toHaveFocus()
      await user.keyboard('Grace{Enter}')
      const button = screen.getByRole('button', { name: /Run/ })
      await waitFor(() => expect(button).toHaveAttribute('data-state', 'success'))
      expect(api.countRequests({ operation: 'run' })).toBe(1)
      await expectNoAxeViolations(container)
    })

    it('lets the form onSubmit prevent the run', async () => {
      const user = userEvent.setup()
      const api = createReferenceApi()
      const onSubmit = vi.fn((_input: unknown, event: { preventDefault(): void }) => event.preventDefault())
      await renderWithApi(
        <ActionInputForm {...selector} onSubmit={onSubmit}>
          <RunActionButton {...selector} />
        </ActionInputForm>,
        { api },
      )
      await user.type(
        await screen.findByRole('textbox', { name: /^Email/ }, { timeout: 5000 }),
        'a@example.com',
      )
      await user.type(screen.getByRole('textbox', { name: /^First name/ }), 'A')
      await user.click(screen.getByRole('button', { name: 'Run' }))
      expect(onSubmit).toHaveBeenCalledTimes(1)
      expect(api.countRequests({ operation: 'run' })).toBe(0)
    })

    it('shows the API field errors on the fields and keeps the input after a failed run', async () => {
      const user = userEvent.setup()
      const { api, container } = await renderFormWithButton()
      api.injectFault({
        kind: 'status',
        status: 400,
        operation: 'run',
        body: {
          type: 'bad_request',
          message: 'Input is invalid',
          data: { errors: [{ path: '/email', message: 'is blocked by HubSpot', keyword: 'format' }] },
        },
      })
      await user.type(screen.getByRole('textbox', { name: /^Email/ }), 'grace@example.com')
      await user.type(screen.getByRole('textbox', { name: /^First name/ }), 'Grace')
      await user.click(screen.getByRole('button', { name: 'Run' }))

      const email = screen.getByRole('textbox', { name: /^Email/ })
      await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'))
      expect(email).toHaveAccessibleDescription('Primary email address; unique. is blocked by HubSpot')
      expect(within(screen.getByRole('alert')).getByText(/is blocked by HubSpot/)).toBeInTheDocument()
      expect(email).toHaveValue('grace@example.com')
      expect(screen.getByRole('textbox', { name: /^First name/ })).toHaveValue('Grace')
      await expectNoAxeViolations(container)

      await user.click(screen.getByRole('button', { name: 'Run' }))
      await waitFor(() =>
        expect(screen.getByRole('button', { name: 'Run' })).toHaveAttribute('data-state', 'success'),
      )
      expect(email).not.toHaveAttribute('aria-invalid')
    })
  })

  it('speaks German', async () => {
    const api = createReferenceApi({ latencyMs: 300 })
    await renderWithApi(
      <ActionsLabelsProvider labels={deLabels}>
        <RunActionButton {...selector} input={contact} />
      </ActionsLabelsProvider>,
      { api },
    )
    await userEvent.click(screen.getByRole('button', { name: 'Ausführen' }))
    expect(screen.getByRole('button', { name: /^Läuft… \d+,\d s$/ })).toBeDisabled()
    expect(screen.getByRole('button', { name: 'Ausführung abbrechen' })).toBeInTheDocument()
    expect(await screen.findByText('Die Aktion wurde erfolgreich ausgeführt.')).toBeInTheDocument()
  })
})
