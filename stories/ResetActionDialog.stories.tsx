import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { ResetActionDialog, type ActionsLabels } from 'react-action-instances/components'
import { customizeCreateContact } from './support/scenarios'
import { storyLabels } from './support/storyLabels'

const meta = {
  title: 'Components/ResetActionDialog',
  component: ResetActionDialog,
  args: { connection: 'hubspot', action: 'create-contact', defaultOpen: true },
  parameters: { referenceApi: { prepare: customizeCreateContact } },
} satisfies Meta<typeof ResetActionDialog>

export default meta
type Story = StoryObj<typeof meta>

/** What the reset erases once the action is loaded: the customized default input's 4 fields. */
const erasedFields = (labels: ActionsLabels) => labels.resetDescription('Create contact', 4, false)

/** Says exactly what a reset erases; focus starts on Cancel, a click outside does not close it. */
export const Default: Story = {
  play: async ({ canvasElement, globals }) => {
    const labels = storyLabels(globals)
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('alertdialog')
    await waitFor(() => expect(dialog).toHaveTextContent(erasedFields(labels)))
    await expect(within(dialog).getByRole('button', { name: labels.cancel })).toHaveFocus()
  },
}

/** Confirming resets the action; the dialog closes and the trigger button remains. */
export const Confirmed: Story = {
  play: async ({ canvasElement, globals }) => {
    const labels = storyLabels(globals)
    const body = within(canvasElement.ownerDocument.body)
    const dialog = await body.findByRole('alertdialog')
    await waitFor(() => expect(dialog).toHaveTextContent(erasedFields(labels)))
    await userEvent.click(within(dialog).getByRole('button', { name: labels.resetConfirm }))
    await waitFor(() => expect(body.queryByRole('alertdialog')).not.toBeInTheDocument())
    await expect(body.getByRole('button', { name: labels.resetTitle })).toBeInTheDocument()
  },
}
