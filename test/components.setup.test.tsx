import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createActionsClient } from 'react-action-instances'
import { SetupActionButton } from 'react-action-instances/components'
import { createReferenceApi } from 'react-action-instances/testing'
import { expectNoAxeViolations } from './support/axe'
import { renderWithApi, TEST_API_URI } from './support/renderWithApi'

const selector = { connection: 'hubspot', action: 'create-contact' } as const

describe('SetupActionButton', () => {
  describe('given an up-to-date action', () => {
    it('refreshes the setup on click and reports it', async () => {
      const onSetupSuccess = vi.fn()
      const { api, container } = await renderWithApi(
        <SetupActionButton {...selector} onSetupSuccess={onSetupSuccess} />,
      )
      const button = screen.getByRole('button', { name: 'Refresh setup' })
      await waitFor(() => expect(api.countRequests({ operation: 'get' })).toBe(1))
      expect(button).not.toHaveAttribute('data-outdated')
      // Nothing to refresh: a quiet, secondary button.
      expect(button).toHaveAttribute('data-variant', 'ghost')
      expect(screen.queryByText(/^Update available/)).not.toBeInTheDocument()
      expect(button).toHaveAttribute('data-state', 'idle')
      await expectNoAxeViolations(container)
      await userEvent.click(button)
      await waitFor(() => expect(button).toHaveAttribute('data-state', 'success'))
      expect(screen.getByRole('status')).toHaveTextContent('Setup refreshed.')
      expect(onSetupSuccess).toHaveBeenCalledWith(
        expect.objectContaining({ key: 'create-contact', isOutdated: false }),
      )
      expect(api.countRequests({ operation: 'setup' })).toBe(1)
      await expectNoAxeViolations(container)
    })
  })

  describe('given an outdated action (a contact property was added)', () => {
    it('is highlighted with an "Update available" hint until the setup adds the field', async () => {
      const api = createReferenceApi()
      const client = createActionsClient({
        token: await api.mintToken({ id: 'customer-1' }),
        fetch: api.fetch,
        apiUri: TEST_API_URI,
      })
      await client.connection('hubspot').action('create-contact').get()
      await client
        .connection('hubspot')
        .action('create-contact-property')
        .run({ name: 'favorite_color', label: 'Favorite color', type: 'string' })
      const { container } = await renderWithApi(<SetupActionButton {...selector} />, { api })
      const button = screen.getByRole('button', { name: 'Refresh setup' })
      await waitFor(() => expect(button).toHaveAttribute('data-outdated'))
      expect(button).toHaveAttribute('data-variant', 'primary')
      expect(button).toHaveAccessibleDescription(
        'Update available: the connected app changed since this action was set up.',
      )
      await expectNoAxeViolations(container)
      await userEvent.click(button)
      await waitFor(() => expect(button).not.toHaveAttribute('data-outdated'))
      expect(button).toHaveAttribute('data-variant', 'ghost')
      expect(screen.queryByText(/^Update available/)).not.toBeInTheDocument()
      const instance = await client.connection('hubspot').action('create-contact').get()
      expect(instance.inputSchema?.properties).toHaveProperty('favorite_color')
    })
  })

  describe('given a failing setup', () => {
    it('shows the error next to the button and lets the user try again', async () => {
      const api = createReferenceApi()
      api.injectFault({
        operation: 'setup',
        kind: 'status',
        status: 403,
        body: { type: 'access_denied', key: 'denied', message: 'The connection is disabled.' },
      })
      const { container } = await renderWithApi(<SetupActionButton {...selector} />, { api })
      const button = screen.getByRole('button', { name: 'Refresh setup' })
      await userEvent.click(button)
      const alert = await screen.findByRole('alert')
      expect(alert).toHaveTextContent('The setup could not be refreshed')
      expect(within(alert).getByText('The connection is disabled.')).toBeInTheDocument()
      expect(button).toHaveAttribute('data-state', 'error')
      await expectNoAxeViolations(container)
      await userEvent.click(button)
      await waitFor(() => expect(button).toHaveAttribute('data-state', 'success'))
      expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    })
  })

  describe('given a user onClick that prevents the default', () => {
    it('skips the setup', async () => {
      const { api } = await renderWithApi(
        <SetupActionButton {...selector} onClick={(event) => event.preventDefault()} />,
      )
      await userEvent.click(screen.getByRole('button', { name: 'Refresh setup' }))
      expect(api.countRequests({ operation: 'setup' })).toBe(0)
    })
  })
})
