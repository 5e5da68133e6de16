import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { ArchiveActionDialog } from 'react-action-instances/components'
import { storyLabels } from './support/storyLabels'

const meta = {
  title: 'Components/ArchiveActionDialog',
  component: ArchiveActionDialog,
  args: { connection: 'hubspot', action: 'create-contact', defaultOpen: true },
} satisfies Meta<typeof ArchiveActionDialog>

export default meta
type Story = StoryObj<typeof meta>

/** The confirmation before an action instance is archived. */
export const Default: Story = {
  play: async ({ canvasElement, globals }) => {
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('alertdialog')
    await expect(
      await within(dialog).findByText(storyLabels(globals).archiveDescription('Create contact')),
    ).toBeInTheDocument()
  },
}
