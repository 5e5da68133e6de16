import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createActionsClient } from 'react-action-instances'
import { ActionList, CustomizeActionDialog, ResetActionDialog } from 'react-action-instances/components'
import { createReferenceApi } from 'react-action-instances/testing'
import type { ReferenceApi } from 'react-action-instances/testing'
import { expectNoAxeViolations } from './support/axe'
import { renderWithApi, TEST_API_URI } from './support/renderWithApi'

const selector = { connection: 'hubspot', action: 'create-contact' } as const

async function clientFor(api: ReferenceApi) {
  return createActionsClient({
    token: await api.mintToken({ id: 'customer-1' }),
    fetch: api.fetch,
    apiUri: TEST_API_URI,
  })
}

// "Create contact" is a prefix of "Create contact property", so the type ends the match.
const contactRow = () => screen.getByRole('option', { name: /^Create contact Create record/ })

async function openCustomize() {
  const trigger = screen.getByRole('button', { name: 'Customize' })
  await userEvent.click(trigger)
  const dialog = await screen.findByRole('dialog', { name: 'Customize' })
  await within(dialog).findByLabelText('First name', {}, { timeout: 5000 })
  return { trigger, dialog }
}

describe('CustomizeActionDialog', () => {
  describe('given an action with the default settings', () => {
    it('edits the default input without required fields and saves it with PATCH', async () => {
      const onCustomizeSuccess = vi.fn()
      const { api } = await renderWithApi(
        <CustomizeActionDialog {...selector} onCustomizeSuccess={onCustomizeSuccess} />,
      )
      const { trigger, dialog } = await openCustomize()
      expect(dialog).toHaveAccessibleDescription(
        'Set the default input that every run of “Create contact” uses.',
      )
      expect(within(dialog).getByText('This action uses the default settings.')).toBeInTheDocument()
      expect(within(dialog).getByLabelText('Email')).not.toBeRequired()
      expect(within(dialog).queryByText(/required/i)).not.toBeInTheDocument()
      expect(within(dialog).queryByRole('button', { name: 'Run' })).not.toBeInTheDocument()
      await expectNoAxeViolations(dialog)

      await userEvent.type(within(dialog).getByLabelText('First name'), 'Ada')
      // Saving with Email empty is fine: a default input fills in only what the customer chose.
      await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }))
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
      expect(trigger).toHaveFocus()
      expect(api.countRequests({ operation: 'patch' })).toBe(1)
      expect(onCustomizeSuccess).toHaveBeenCalledWith(expect.objectContaining({ isCustomized: true }))
      const saved = await (await clientFor(api)).connection('hubspot').action('create-contact').get()
      expect(saved.config?.defaultInput).toMatchObject({ firstName: 'Ada' })
      expect(saved.config?.defaultInput).not.toHaveProperty('email')
    })

    it('validates formats on the client and sends nothing while a field is invalid', async () => {
      const { api } = await renderWithApi(<CustomizeActionDialog {...selector} />)
      const { dialog } = await openCustomize()
      const email = within(dialog).getByLabelText('Email')
      await userEvent.type(email, 'not-an-email')
      await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }))
      await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'))
      expect(api.countRequests({ operation: 'patch' })).toBe(0)
      expect(screen.getByRole('dialog')).toBeInTheDocument()
      await expectNoAxeViolations(dialog)
    })
  })

  describe('given a customized action', () => {
    it('starts from the saved default input and says the action is customized', async () => {
      const api = createReferenceApi()
      await (
        await clientFor(api)
      )
        .connection('hubspot')
        .action('create-contact')
        .patch({ config: { defaultInput: { firstName: 'Grace', company: { name: 'Navy' } } } })
      await renderWithApi(<CustomizeActionDialog {...selector} />, { api })
      const { dialog } = await openCustomize()
      expect(dialog).toHaveAttribute('data-customized')
      expect(within(dialog).getByText('This action is customized.')).toBeInTheDocument()
      expect(within(dialog).getByLabelText('First name')).toHaveValue('Grace')
      expect(within(dialog).getByLabelText('Company name')).toHaveValue('Navy')
      await expectNoAxeViolations(dialog)
    })
  })

  describe('after a failed save', () => {
    it('keeps the edits, shows the error, and saves them on the next try', async () => {
      const api = createReferenceApi()
      await renderWithApi(<CustomizeActionDialog {...selector} />, { api })
      const { dialog } = await openCustomize()
      await userEvent.type(within(dialog).getByLabelText('Last name'), 'Hopper')
      api.injectFault({
        operation: 'patch',
        kind: 'status',
        status: 403,
        body: { type: 'access_denied', key: 'denied', message: 'Customizing is turned off.' },
      })
      await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }))
      const alert = await within(dialog).findByText('The customization could not be saved')
      expect(alert.closest('[role="alert"]')).toHaveTextContent('Customizing is turned off.')
      expect(screen.getByRole('dialog')).toBeInTheDocument()
      expect(within(dialog).getByLabelText('Last name')).toHaveValue('Hopper')
      await expectNoAxeViolations(dialog)

      await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }))
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
      const saved = await (await clientFor(api)).connection('hubspot').action('create-contact').get()
      expect(saved.config?.defaultInput).toMatchObject({ lastName: 'Hopper' })
      expect(api.countRequests({ operation: 'patch' })).toBe(2)
    })
  })

  describe('given controlled props without a trigger', () => {
    it('opens from the open prop, reports Escape through onOpenChange, and renders no trigger', async () => {
      const onOpenChange = vi.fn()
      const { rerenderWithApi } = await renderWithApi(
        <CustomizeActionDialog {...selector} open trigger={null} onOpenChange={onOpenChange} />,
      )
      expect(screen.queryByRole('button', { name: 'Customize' })).not.toBeInTheDocument()
      const dialog = await screen.findByRole('dialog', { name: 'Customize' })
      await within(dialog).findByLabelText('First name', {}, { timeout: 5000 })
      await userEvent.keyboard('{Escape}')
      expect(onOpenChange).toHaveBeenCalledWith(false)
      expect(screen.getByRole('dialog')).toBeInTheDocument()
      rerenderWithApi(
        <CustomizeActionDialog {...selector} open={false} trigger={null} onOpenChange={onOpenChange} />,
      )
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    })
  })

  describe('together with the list and the reset dialog', () => {
    it('shows the Customized badge after saving and removes it after a reset', async () => {
      const { container } = await renderWithApi(
        <>
          <ActionList connection="hubspot" />
          <CustomizeActionDialog {...selector} />
          <ResetActionDialog {...selector} />
        </>,
      )
      await screen.findAllByRole('option')
      expect(within(contactRow()).queryByText('Customized')).not.toBeInTheDocument()

      const { dialog } = await openCustomize()
      await userEvent.type(within(dialog).getByLabelText('First name'), 'Ada')
      await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }))
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
      expect(within(contactRow()).getByText('Customized')).toBeInTheDocument()
      await expectNoAxeViolations(container)

      await userEvent.click(screen.getByRole('button', { name: 'Reset to default' }))
      const reset = await screen.findByRole('alertdialog')
      await userEvent.click(within(reset).getByRole('button', { name: 'Reset' }))
      await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument())
      await waitFor(() => expect(within(contactRow()).queryByText('Customized')).not.toBeInTheDocument())

      const reopened = await openCustomize()
      expect(within(reopened.dialog).getByText('This action uses the default settings.')).toBeInTheDocument()
      expect(within(reopened.dialog).getByLabelText('First name')).toHaveValue('')
      await waitFor(() => expect(container.querySelector('.rai-list')).not.toHaveAttribute('aria-busy'))
    })
  })
})
