import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ActionRunner, ActionsLabelsProvider, deLabels } from 'react-action-instances/components'
import { createReferenceApi } from 'react-action-instances/testing'
import { expectNoAxeViolations } from './support/axe'
import { renderWithApi } from './support/renderWithApi'

const selector = { connection: 'hubspot', action: 'create-contact' }

async function renderRunner(options: Parameters<typeof renderWithApi>[1] = {}, onArchiveSuccess = vi.fn()) {
  const result = await renderWithApi(
    <ActionRunner {...selector} onArchiveSuccess={onArchiveSuccess} />,
    options,
  )
  await screen.findByRole('textbox', { name: /^Email/ }, { timeout: 5000 })
  return { ...result, onArchiveSuccess }
}

async function fillContact(email: string) {
  const user = userEvent.setup()
  await user.type(screen.getByRole('textbox', { name: /^Email/ }), email)
  await user.type(screen.getByRole('textbox', { name: /^First name/ }), 'Ada')
  return user
}

describe('ActionRunner', () => {
  describe('while loading', () => {
    it('shows placeholders, then the header, form, and manage actions', async () => {
      const { container } = await renderWithApi(<ActionRunner {...selector} />)
      const runner = container.firstElementChild
      expect(runner).toHaveAttribute('data-state', 'loading')
      expect(runner).toHaveAttribute('aria-busy', 'true')
      await expectNoAxeViolations(container)

      expect(await screen.findByRole('heading', { level: 2, name: 'Create contact' })).toBeInTheDocument()
      expect(runner).toHaveAttribute('data-state', 'ready')
      expect(screen.getByRole('region', { name: 'Create contact' })).toBe(runner)
      expect(screen.getByText('Creates a contact in HubSpot.')).toBeInTheDocument()
      const manage = screen.getByRole('group', { name: 'Manage action' })
      for (const name of ['Customize', 'Reset to default', 'Refresh setup', 'Archive']) {
        expect(within(manage).getByRole('button', { name })).toBeInTheDocument()
      }
      await screen.findByRole('textbox', { name: /^Email/ }, { timeout: 5000 })
      expect(screen.getByRole('button', { name: 'Run' })).toBeInTheDocument()
      expect(screen.getByText('No runs yet.')).toBeInTheDocument()
      await expectNoAxeViolations(container)
    })
  })

  describe('after a successful run', () => {
    it('shows the output and records the run in the history', async () => {
      const onArchiveSuccess = vi.fn()
      const { container } = await renderRunner({}, onArchiveSuccess)
      const user = await fillContact('ada@example.com')
      await user.click(screen.getByRole('button', { name: 'Run' }))

      const output = await screen.findByRole('region', { name: 'Output' })
      expect(output).toHaveAttribute('data-state', 'success')
      expect(within(output).getByText('"ada@example.com"')).toBeInTheDocument()
      const history = screen.getByRole('region', { name: 'Run history' })
      const entries = within(history).getAllByRole('listitem')
      expect(entries).toHaveLength(1)
      expect(entries[0]).toHaveAttribute('data-status', 'success')
      const toggle = within(history).getByRole('button', { name: /^Succeeded · / })
      expect(toggle).toHaveAttribute('aria-expanded', 'false')
      await expectNoAxeViolations(container)

      await user.click(toggle)
      expect(toggle).toHaveAttribute('aria-expanded', 'true')
      const entryOutput = within(history).getByRole('region', { name: /^Succeeded · / })
      expect(within(entryOutput).getByText('"ada@example.com"')).toBeInTheDocument()
      await expectNoAxeViolations(container)
    })
  })

  describe('after a run the app rejects', () => {
    it('explains the error, keeps the input and records the failure', async () => {
      const { container } = await renderRunner()
      const user = await fillContact('ada@example.com')
      await user.click(screen.getByRole('button', { name: 'Run' }))
      await screen.findByRole('region', { name: 'Output' })
      await user.click(screen.getByRole('button', { name: 'Run' }))

      await waitFor(() =>
        expect(screen.getByRole('region', { name: 'Output' })).toHaveAttribute('data-state', 'error'),
      )
      const output = screen.getByRole('region', { name: 'Output' })
      expect(within(output).getByText('The app rejected the action')).toBeInTheDocument()
      expect(screen.getByRole('textbox', { name: /^Email/ })).toHaveValue('ada@example.com')
      const entries = within(screen.getByRole('region', { name: 'Run history' })).getAllByRole('listitem')
      expect(entries.map((entry) => entry.getAttribute('data-status'))).toEqual(['error', 'success'])
      await expectNoAxeViolations(container)
    })
  })

  describe('when the action cannot be loaded', () => {
    it('shows the error and recovers with Retry', async () => {
      const api = createReferenceApi()
      api.injectFault({ kind: 'status', status: 404, operation: 'get' })
      const { container } = await renderWithApi(<ActionRunner {...selector} />, { api })
      const alert = await screen.findByRole('alert')
      expect(container.firstElementChild).toHaveAttribute('data-state', 'error')
      expect(alert).toHaveTextContent('Not found')
      await expectNoAxeViolations(container)
      await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
      expect(await screen.findByRole('heading', { level: 2, name: 'Create contact' })).toBeInTheDocument()
    })
  })

  describe('customize and reset', () => {
    it('moves untouched fields to the saved default and back on reset', async () => {
      const { container } = await renderRunner()
      const user = userEvent.setup()
      await user.type(screen.getByRole('textbox', { name: /^Email/ }), 'mine@example.com')
      await user.click(screen.getByRole('button', { name: 'Customize' }))
      const dialog = await screen.findByRole('dialog', { name: 'Customize' })
      const lastName = await within(dialog).findByRole('textbox', { name: /^Last name/ }, { timeout: 5000 })
      await user.type(lastName, 'Lovelace')
      await user.click(within(dialog).getByRole('button', { name: 'Save' }))
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())

      expect(container.firstElementChild).toHaveAttribute('data-customized', '')
      expect(screen.getByText('Customized')).toBeInTheDocument()
      expect(screen.getByRole('textbox', { name: /^Last name/ })).toHaveValue('Lovelace')
      expect(screen.getByRole('textbox', { name: /^Email/ })).toHaveValue('mine@example.com')
      await expectNoAxeViolations(container)

      await user.click(screen.getByRole('button', { name: 'Reset to default' }))
      const confirm = await screen.findByRole('alertdialog')
      expect(confirm).toHaveTextContent(
        /Resetting erases your default input for “Create contact” \(1 field\)\./,
      )
      await user.click(within(confirm).getByRole('button', { name: 'Reset' }))
      await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument())
      expect(container.firstElementChild).not.toHaveAttribute('data-customized')
      expect(screen.queryByText('Customized')).not.toBeInTheDocument()
      expect(screen.getByRole('textbox', { name: /^Last name/ })).toHaveValue('')
      expect(screen.getByRole('textbox', { name: /^Email/ })).toHaveValue('mine@example.com')
    })
  })

  describe('archive', () => {
    it('calls onArchiveSuccess after the confirmation', async () => {
      const { onArchiveSuccess, api } = await renderRunner()
      const user = userEvent.setup()
      await user.click(screen.getByRole('button', { name: 'Archive' }))
      const confirm = await screen.findByRole('alertdialog')
      await user.click(within(confirm).getByRole('button', { name: 'Archive' }))
      await waitFor(() => expect(onArchiveSuccess).toHaveBeenCalledTimes(1))
      expect(api.countRequests({ operation: 'archive' })).toBe(1)
    })

    it('says the action was archived without fetching it again, and starts over on request', async () => {
      const { api, container } = await renderRunner()
      const user = userEvent.setup()
      await user.click(screen.getByRole('button', { name: 'Archive' }))
      await user.click(
        within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Archive' }),
      )
      const notice = await screen.findByText('“Create contact” is archived.')
      expect(container.firstElementChild).toHaveAttribute('data-state', 'archived')
      expect(screen.queryByRole('form')).not.toBeInTheDocument()
      expect(screen.queryByRole('group', { name: 'Manage action' })).not.toBeInTheDocument()
      expect(api.countRequests({ operation: 'get' })).toBe(1)
      await expectNoAxeViolations(container)

      await user.click(
        within(notice.parentElement as HTMLElement).getByRole('button', { name: 'Use it again' }),
      )
      await screen.findByRole('textbox', { name: /^Email/ }, { timeout: 5000 })
      expect(container.firstElementChild).toHaveAttribute('data-state', 'ready')
      expect(api.countRequests({ operation: 'get' })).toBe(2)
    })
  })

  describe('in German', () => {
    it('renders every part with the German labels', async () => {
      const { container } = await renderWithApi(
        <ActionsLabelsProvider labels={deLabels}>
          <ActionRunner {...selector} />
        </ActionsLabelsProvider>,
      )
      await screen.findByRole('textbox', { name: /^Email/ }, { timeout: 5000 })
      const manage = screen.getByRole('group', { name: 'Aktion verwalten' })
      for (const name of [
        'Anpassen',
        'Auf Standard zurücksetzen',
        'Einrichtung aktualisieren',
        'Archivieren',
      ]) {
        expect(within(manage).getByRole('button', { name })).toBeInTheDocument()
      }
      expect(screen.getByRole('button', { name: 'Ausführen' })).toBeInTheDocument()
      expect(screen.getByRole('region', { name: 'Bisherige Ausführungen' })).toHaveTextContent(
        'Noch keine Ausführungen.',
      )
      await expectNoAxeViolations(container)
    })
  })
})
