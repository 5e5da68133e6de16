import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { SetupActionButton } from 'react-action-instances/components'
import { outdateContactActions } from './support/scenarios'

const meta = {
  title: 'Components/SetupActionButton',
  component: SetupActionButton,
  args: { connection: 'hubspot', action: 'create-contact' },
} satisfies Meta<typeof SetupActionButton>

export default meta
type Story = StoryObj<typeof meta>

/** Sets the action up again: dependencies re-fetched, dynamic fields recalculated. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Refresh setup' })).toBeInTheDocument()
  },
}

/** A new contact property left the action outdated; a setup brings it up to date. */
export const Outdated: Story = {
  parameters: { referenceApi: { prepare: outdateContactActions } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByText(/^Update available/)).toBeInTheDocument()
    await userEvent.click(canvas.getByRole('button', { name: 'Refresh setup' }))
    await waitFor(() => expect(canvas.queryByText(/^Update available/)).not.toBeInTheDocument())
  },
}
