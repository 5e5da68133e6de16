import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { ActionRunner } from 'react-action-instances/components'

/** Actions whose input has reference fields, in a runner: choose, run and see the output. */
const meta = {
  title: 'Components/ReferenceFields/Runner',
  component: ActionRunner,
  args: { connection: 'slack', action: 'send-message', style: { maxWidth: 640, minHeight: 640 } },
} satisfies Meta<typeof ActionRunner>

export default meta
type Story = StoryObj<typeof meta>

/** Slack's send-message: the channel comes from 252 channels, paged and searched on the server. */
export const SendMessage: Story = {
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByRole('combobox', { name: /Channel/ }, { timeout: 5000 }),
    ).toBeInTheDocument()
  },
}

/** GitHub's create-issue: labels come from the chosen repository and follow it. */
export const CreateIssue: Story = {
  args: { connection: 'github', action: 'create-issue' },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByRole('combobox', { name: /Repository/ }, { timeout: 5000 }),
    ).toBeInTheDocument()
  },
}
