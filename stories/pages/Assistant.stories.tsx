import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { pattern, storyLabels } from '../support/storyLabels'
import { DEMO_CUSTOMER } from '../support/withReferenceApi'
import { AssistantPage } from './AssistantPage'

const meta = {
  title: 'Pages/Assistant',
  // A page has no props of its own: no autodocs page.
  tags: ['!autodocs'],
  component: AssistantPage,
  args: { customer: DEMO_CUSTOMER },
} satisfies Meta<typeof AssistantPage>

export default meta
type Story = StoryObj<typeof meta>

/**
 * A scripted agent replays recorded tool calls (OpenAI, Anthropic, MCP, AI SDK) one turn at a time; each waits for
 * approval as the action's form, pre-filled with the model's arguments. The page starts untouched.
 */
export const Default: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement)
    const call = await canvas.findByRole('article', {
      name: pattern`${storyLabels(globals).toolCallTitle('Send message')}`,
    })
    await expect(await within(call).findByRole('textbox', { name: /Text/ })).toHaveValue(
      'Deploy of v2.3 finished.',
    )
  },
}

/** The person approves the first call, fixes the typo in the second and approves it, and denies the third. */
export const Reviewed: Story = {
  parameters: { referenceApi: { latencyMs: 20 } },
  play: async ({ canvasElement, globals }) => {
    const labels = storyLabels(globals)
    const canvas = within(canvasElement)
    const region = (action: string) =>
      canvas.findByRole('article', { name: pattern`${labels.toolCallTitle(action)}` })
    const send = await region('Send message')
    await within(send).findByRole('textbox', { name: /Text/ })
    await userEvent.click(within(send).getByRole('button', { name: labels.toolCallApprove }))
    await waitFor(() => expect(send).toHaveAttribute('data-state', 'succeeded'))

    const issue = await region('Create issue')
    const title = await within(issue).findByRole('textbox', { name: /Title/ })
    // The reference fields show their records' labels once looked up; edit after that.
    await waitFor(() =>
      expect(within(issue).getByRole('combobox', { name: /Repository/ })).toHaveValue('acme/web'),
    )
    await userEvent.clear(title)
    await userEvent.type(title, 'Flaky login test')
    await userEvent.click(within(issue).getByRole('button', { name: labels.toolCallApprove }))
    await waitFor(() => expect(issue).toHaveAttribute('data-state', 'succeeded'))

    const remove = await region('Delete contact')
    await within(remove).findByRole('textbox', { name: /Contact id/ })
    await userEvent.click(within(remove).getByRole('button', { name: labels.toolCallDeny }))
    await userEvent.type(
      within(remove).getByRole('textbox', { name: labels.toolCallDenyReason }),
      'Keep it for the demo',
    )
    await userEvent.click(within(remove).getByRole('button', { name: labels.toolCallConfirmDeny }))
    await waitFor(() => expect(remove).toHaveAttribute('data-state', 'denied'))
    await expect(await region('List channels')).toBeInTheDocument()
  },
}
