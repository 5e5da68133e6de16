import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createActionsClient } from 'react-action-instances'
import {
  ActionList,
  ActionsLabelsProvider,
  ArchiveActionDialog,
  deLabels,
  ResetActionDialog,
} from 'react-action-instances/components'
import { createReferenceApi } from 'react-action-instances/testing'
import type { ReferenceApi } from 'react-action-instances/testing'
import { expectNoAxeViolations } from './support/axe'
import { renderWithApi, TEST_API_URI } from './support/renderWithApi'

const selector = { connection: 'hubspot', action: 'create-contact' } as const

async function customize(api: ReferenceApi) {
  const client = createActionsClient({
    token: await api.mintToken({ id: 'customer-1' }),
    fetch: api.fetch,
    apiUri: TEST_API_URI,
  })
  await client
    .connection('hubspot')
    .action('create-contact')
    .patch({
      config: { defaultInput: { firstName: 'Ada', lastName: 'Lovelace', company: { name: 'ACME' } } },
    })
}

// "Create contact" is a prefix of "Create contact property", so the type ends the match.
const contactRow = () => screen.getByRole('option', { name: /^Create contact Create record/ })

describe('ResetActionDialog', () => {
  describe('given a customized action', () => {
    it('opens as an alert dialog with focus on Cancel and says exactly what will be erased', async () => {
      const api = createReferenceApi()
      await customize(api)
      await renderWithApi(<ResetActionDialog {...selector} />, { api })
      const trigger = screen.getByRole('button', { name: 'Reset to default' })
      await userEvent.click(trigger)
      const dialog = await screen.findByRole('alertdialog', { name: 'Reset to default' })
      expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
      await waitFor(() =>
        expect(dialog).toHaveAccessibleDescription(
          'Resetting erases your default input for “Create contact” (3 fields).',
        ),
      )
      await expectNoAxeViolations(dialog)
    })

    it('stays open on a click outside, closes on Escape and gives focus back to the trigger', async () => {
      const api = createReferenceApi()
      await renderWithApi(<ResetActionDialog {...selector} />, { api })
      const trigger = screen.getByRole('button', { name: 'Reset to default' })
      await userEvent.click(trigger)
      const dialog = await screen.findByRole('alertdialog')
      fireEvent.pointerDown(document.body)
      expect(dialog).toBeInTheDocument()
      await userEvent.keyboard('{Escape}')
      await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument())
      expect(trigger).toHaveFocus()
      expect(api.countRequests({ operation: 'reset' })).toBe(0)
    })

    it('resets on confirm: the badge disappears, the dialog closes and focus returns', async () => {
      const api = createReferenceApi()
      await customize(api)
      const onResetSuccess = vi.fn()
      const { container } = await renderWithApi(
        <>
          <ActionList connection="hubspot" />
          <ResetActionDialog {...selector} onResetSuccess={onResetSuccess} />
        </>,
        { api },
      )
      await screen.findAllByRole('option')
      expect(within(contactRow()).getByText('Customized')).toBeInTheDocument()
      const trigger = screen.getByRole('button', { name: 'Reset to default' })
      await userEvent.click(trigger)
      const dialog = await screen.findByRole('alertdialog')
      await userEvent.click(within(dialog).getByRole('button', { name: 'Reset' }))
      await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument())
      expect(trigger).toHaveFocus()
      expect(within(contactRow()).queryByText('Customized')).not.toBeInTheDocument()
      expect(onResetSuccess).toHaveBeenCalledWith(expect.objectContaining({ isCustomized: false }))
      expect(api.countRequests({ operation: 'reset' })).toBe(1)
      // The reset refreshes the connection's lists; let that refetch settle inside the test.
      await waitFor(() => expect(container.querySelector('.rai-list')).not.toHaveAttribute('aria-busy'))
      await expectNoAxeViolations(container)
    })

    it('keeps the dialog open and shows the error when the reset fails', async () => {
      const api = createReferenceApi()
      await customize(api)
      await renderWithApi(<ResetActionDialog {...selector} defaultOpen trigger={null} />, { api })
      const dialog = await screen.findByRole('alertdialog')
      api.injectFault({
        operation: 'reset',
        kind: 'status',
        status: 403,
        body: { type: 'access_denied', key: 'denied', message: 'Resetting is not allowed.' },
      })
      await userEvent.click(within(dialog).getByRole('button', { name: 'Reset' }))
      const alert = await within(dialog).findByRole('alert')
      expect(alert).toHaveTextContent('The action could not be reset')
      expect(alert).toHaveTextContent('Resetting is not allowed.')
      expect(dialog).toHaveAttribute('data-status', 'error')
      expect(screen.queryByRole('button', { name: 'Reset to default' })).not.toBeInTheDocument()
      await expectNoAxeViolations(dialog)
    })
  })

  describe('given an action that was never customized', () => {
    it('says there is nothing to erase', async () => {
      await renderWithApi(<ResetActionDialog {...selector} defaultOpen />)
      const dialog = await screen.findByRole('alertdialog')
      await waitFor(() =>
        expect(dialog).toHaveAccessibleDescription('“Create contact” already uses the default settings.'),
      )
    })
  })

  describe('given only the keyboard', () => {
    it('opens with Enter, moves from Cancel to Reset with Tab and resets with Enter', async () => {
      const api = createReferenceApi()
      await customize(api)
      await renderWithApi(<ResetActionDialog {...selector} />, { api })
      const user = userEvent.setup()
      await user.tab()
      const trigger = screen.getByRole('button', { name: 'Reset to default' })
      expect(trigger).toHaveFocus()
      await user.keyboard('{Enter}')
      const dialog = await screen.findByRole('alertdialog')
      expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
      await user.tab()
      expect(within(dialog).getByRole('button', { name: 'Reset' })).toHaveFocus()
      // Focus is trapped: Tab from the last button wraps to the first.
      await user.tab()
      expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
      await user.tab({ shift: true })
      await user.keyboard('{Enter}')
      await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument())
      expect(trigger).toHaveFocus()
      expect(api.countRequests({ operation: 'reset' })).toBe(1)
    })
  })

  describe('given the German labels', () => {
    it('asks in German, with the field count as a plural', async () => {
      const api = createReferenceApi()
      await customize(api)
      await renderWithApi(<ResetActionDialog {...selector} hasCustomSchema />, {
        api,
        wrap: (ui) => <ActionsLabelsProvider labels={deLabels}>{ui}</ActionsLabelsProvider>,
      })
      await userEvent.click(screen.getByRole('button', { name: 'Auf Standard zurücksetzen' }))
      const dialog = await screen.findByRole('alertdialog', { name: 'Auf Standard zurücksetzen' })
      expect(within(dialog).getByRole('button', { name: 'Abbrechen' })).toHaveFocus()
      await waitFor(() =>
        expect(dialog).toHaveAccessibleDescription(
          'Beim Zurücksetzen werden Ihre Standardeingabe für „Create contact“ (3 Felder) und das angepasste Eingabeschema gelöscht.',
        ),
      )
      expect(within(dialog).getByRole('button', { name: 'Zurücksetzen' })).toBeInTheDocument()
      await expectNoAxeViolations(dialog)
    })
  })

  describe('given controlled props and a custom trigger', () => {
    it('reports open changes and uses the custom trigger', async () => {
      const onOpenChange = vi.fn()
      const { rerenderWithApi } = await renderWithApi(
        <ResetActionDialog
          {...selector}
          open={false}
          onOpenChange={onOpenChange}
          trigger={<button type="button">Undo</button>}
        />,
      )
      await userEvent.click(screen.getByRole('button', { name: 'Undo' }))
      expect(onOpenChange).toHaveBeenCalledWith(true)
      expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
      rerenderWithApi(
        <ResetActionDialog
          {...selector}
          open
          onOpenChange={onOpenChange}
          trigger={<button type="button">Undo</button>}
        />,
      )
      expect(await screen.findByRole('alertdialog')).toBeInTheDocument()
    })
  })
})

describe('ArchiveActionDialog', () => {
  it('archives on confirm: the action leaves the list and onArchiveSuccess is called', async () => {
    const onArchiveSuccess = vi.fn()
    const { api, container } = await renderWithApi(
      <>
        <ActionList connection="hubspot" />
        <ArchiveActionDialog {...selector} onArchiveSuccess={onArchiveSuccess} />
      </>,
    )
    await screen.findAllByRole('option')
    expect(contactRow()).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Archive' }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Archive' })
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
    await waitFor(() =>
      expect(dialog).toHaveAccessibleDescription(/^Archiving “Create contact” removes it from the list\./),
    )
    await expectNoAxeViolations(dialog)
    await userEvent.click(within(dialog).getByRole('button', { name: 'Archive' }))
    await waitFor(() => expect(onArchiveSuccess).toHaveBeenCalledTimes(1))
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(5))
    expect(screen.queryByRole('option', { name: /^Create contact Create record/ })).not.toBeInTheDocument()
    expect(api.countRequests({ operation: 'archive' })).toBe(1)
    await expectNoAxeViolations(container)
  })

  it('keeps the dialog open and shows the error when archiving fails', async () => {
    const api = createReferenceApi()
    api.injectFault({ operation: 'archive', kind: 'network' })
    await renderWithApi(<ArchiveActionDialog {...selector} defaultOpen />, { api })
    const dialog = await screen.findByRole('alertdialog')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Archive' }))
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('The action could not be archived')
    expect(dialog).toHaveAttribute('data-status', 'error')
    await expectNoAxeViolations(dialog)
  })
})
