import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { ActionInputForm } from 'react-action-instances/components'
import { customizeCreateContact } from './support/scenarios'
import { pattern, storyLabels } from './support/storyLabels'

const meta = {
  title: 'Components/ActionInputForm',
  component: ActionInputForm,
  args: {
    connection: 'hubspot',
    action: 'create-contact',
    style: { maxWidth: 560 },
    children: (
      <button type="submit" className="rai-button" data-variant="primary">
        Check input
      </button>
    ),
  },
} satisfies Meta<typeof ActionInputForm>

export default meta
type Story = StoryObj<typeof meta>

/** The form generated from `create-contact`'s input schema. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('textbox', { name: /Email/ })).toBeInTheDocument()
  },
}

/** A skeleton with the form's shape while the action loads. */
export const Loading: Story = {
  parameters: { referenceApi: { latencyMs: 86_400_000 } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveAttribute('aria-busy', 'true')
  },
}

/** Pre-filled from the customer's customization (`config.defaultInput`). */
export const Customized: Story = {
  parameters: { referenceApi: { prepare: customizeCreateContact } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('textbox', { name: /Last name/ })).toHaveValue('Doe')
  },
}

/** Submitting an incomplete form: every invalid field is marked and described, the summary is announced. */
export const ValidationErrors: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement)
    const email = await canvas.findByRole('textbox', { name: /Email/ })
    await userEvent.type(email, 'not-an-email')
    await userEvent.click(canvas.getByRole('button', { name: 'Check input' }))
    await expect(email).toHaveAttribute('aria-invalid', 'true')
    await expect(email).toHaveAccessibleDescription(pattern`${storyLabels(globals).formFieldEmail}`)
  },
}

/** A hostile schema (a `$ref` cycle) shows a clear error in place instead of crashing the page. */
export const BrokenSchema: Story = {
  args: {
    schema: {
      type: 'object',
      properties: { node: { $ref: '#/definitions/node' } },
      definitions: { node: { $ref: '#/definitions/node' } },
    },
  },
  play: async ({ canvasElement, globals }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent(
      storyLabels(globals).formSchemaError,
    )
  },
}
