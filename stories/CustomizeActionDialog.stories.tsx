import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { CustomizeActionDialog } from 'react-action-instances/components'
import { customizeCreateContact, injectFault } from './support/scenarios'
import { storyLabels } from './support/storyLabels'

const meta = {
  title: 'Components/CustomizeActionDialog',
  component: CustomizeActionDialog,
  args: { connection: 'hubspot', action: 'create-contact', defaultOpen: true },
} satisfies Meta<typeof CustomizeActionDialog>

export default meta
type Story = StoryObj<typeof meta>

/** The default-input editor of an action that still uses the default settings. */
export const Default: Story = {
  play: async ({ canvasElement, globals }) => {
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog')
    await expect(dialog).toHaveTextContent(storyLabels(globals).customizeIsDefault)
    await expect(await within(dialog).findByRole('textbox', { name: /First name/ })).toBeInTheDocument()
  },
}

/** An action the customer customized: the saved default input fills the form. */
export const Customized: Story = {
  parameters: { referenceApi: { prepare: customizeCreateContact } },
  play: async ({ canvasElement, globals }) => {
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog')
    await expect(
      await within(dialog).findByText(storyLabels(globals).customizeIsCustomized),
    ).toBeInTheDocument()
    await expect(await within(dialog).findByRole('textbox', { name: /Last name/ })).toHaveValue('Doe')
  },
}

/** The save fails on the server: the error shows and the edits stay in the form. */
export const SaveFailed: Story = {
  parameters: {
    referenceApi: {
      prepare: injectFault({ kind: 'status', status: 503, operation: 'patch', times: 5 }),
    },
  },
  play: async ({ canvasElement, globals }) => {
    const labels = storyLabels(globals)
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog')
    const lastName = await within(dialog).findByRole('textbox', { name: /Last name/ })
    await userEvent.type(lastName, 'Doe')
    await userEvent.click(within(dialog).getByRole('button', { name: labels.customizeSave }))
    await expect(await within(dialog).findByText(labels.customizeSaveError)).toBeInTheDocument()
    await expect(lastName).toHaveValue('Doe')
  },
}
