import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { ResetActionDialog } from 'react-action-instances/components'
import { customizeCreateContact } from './support/scenarios'

const meta = {
  title: 'Components/ResetActionDialog',
  component: ResetActionDialog,
  args: { connection: 'hubspot', action: 'create-contact', defaultOpen: true },
  parameters: { referenceApi: { prepare: customizeCreateContact } },
} satisfies Meta<typeof ResetActionDialog>

export default meta
type Story = StoryObj<typeof meta>

/** Says exactly what a reset erases; focus starts on Cancel, a click outside does not close it. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('alertdialog')
    await waitFor(() => expect(dialog).toHaveTextContent('(4 fields)'))
    await expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
  },
}

/** Confirming resets the action; the dialog closes and the trigger button remains. */
export const Confirmed: Story = {
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body)
    const dialog = await body.findByRole('alertdialog')
    await waitFor(() => expect(dialog).toHaveTextContent('(4 fields)'))
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reset' }))
    await waitFor(() => expect(body.queryByRole('alertdialog')).not.toBeInTheDocument())
    await expect(body.getByRole('button', { name: 'Reset to default' })).toBeInTheDocument()
  },
}
