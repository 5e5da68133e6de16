import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { SetupActionButton } from 'react-action-instances/components'
import { outdateContactActions } from './support/scenarios'
import { storyLabels } from './support/storyLabels'

const meta = {
  title: 'Components/SetupActionButton',
  component: SetupActionButton,
  args: { connection: 'hubspot', action: 'create-contact' },
} satisfies Meta<typeof SetupActionButton>

export default meta
type Story = StoryObj<typeof meta>

/** Sets the action up again: dependencies re-fetched, dynamic fields recalculated. */
export const Default: Story = {
  play: async ({ canvasElement, globals }) => {
    await expect(
      within(canvasElement).getByRole('button', { name: storyLabels(globals).setupButton }),
    ).toBeInTheDocument()
  },
}

/** A new contact property left the action outdated; a setup brings it up to date. */
export const Outdated: Story = {
  parameters: { referenceApi: { prepare: outdateContactActions } },
  play: async ({ canvasElement, globals }) => {
    const labels = storyLabels(globals)
    const canvas = within(canvasElement)
    await expect(await canvas.findByText(labels.setupOutdatedHint)).toBeInTheDocument()
    await userEvent.click(canvas.getByRole('button', { name: labels.setupButton }))
    await waitFor(() => expect(canvas.queryByText(labels.setupOutdatedHint)).not.toBeInTheDocument())
  },
}
