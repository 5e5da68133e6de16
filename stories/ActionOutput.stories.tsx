import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { ActionsApiError } from 'react-action-instances'
import { ActionOutput } from 'react-action-instances/components'
import { storyLabels } from './support/storyLabels'

const contact = {
  id: 'contact-1',
  email: 'ada@example.com',
  firstName: 'Ada',
  lastName: 'Lovelace',
  company: { name: 'Analytical Engines Ltd', domain: 'engines.example' },
  lifecycleStage: 'lead',
  tags: ['newsletter', 'beta'],
  createdAt: '2024-05-01T09:30:00.000Z',
}

const meta = {
  title: 'Components/ActionOutput',
  component: ActionOutput,
  args: { style: { maxWidth: 640 } },
} satisfies Meta<typeof ActionOutput>

export default meta
type Story = StoryObj<typeof meta>

/** A created contact with the run's logs; nested nodes expand, the JSON can be copied. */
export const Succeeded: Story = {
  args: { output: contact, logs: ['Created contact contact-1 (ada@example.com)'] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByText('Analytical Engines Ltd', { exact: false })).toBeInTheDocument()
    const toggle = canvas.getByRole('button', { name: /^company: / })
    await userEvent.click(toggle)
    await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  },
}

/** 2,500 records render in pages of 100 with "Show more"; deeper nodes start collapsed. */
export const LargeOutput: Story = {
  args: {
    output: {
      items: Array.from({ length: 2500 }, (_, index) => ({ ...contact, id: `contact-${index + 1}` })),
    },
  },
  play: async ({ canvasElement, globals }) => {
    const labels = storyLabels(globals)
    const canvas = within(canvasElement)
    const more = canvas.getByRole('button', { name: labels.outputShowMore(100, 2500) })
    await userEvent.click(more)
    await expect(more).toHaveTextContent(labels.outputShowMore(200, 2500))
  },
}

/** A 400 for invalid input: the readable title, the message and the failing fields. */
export const FailedWithFieldErrors: Story = {
  args: {
    error: new ActionsApiError({
      status: 400,
      type: 'bad_request',
      message: 'The input does not match the action input schema.',
      data: {
        errors: [
          { path: '/email', message: 'must match format "email"' },
          { path: '/firstName', message: 'must have required property firstName' },
        ],
      },
    }),
  },
  play: async ({ canvasElement, globals }) => {
    const alert = within(canvasElement).getByRole('alert')
    await expect(alert).toHaveTextContent(storyLabels(globals).errorTitle('bad_request', 400))
    await expect(within(alert).getAllByRole('listitem')).toHaveLength(2)
  },
}

/** The external app refused the run (a duplicate contact). */
export const RejectedByApp: Story = {
  args: {
    error: new ActionsApiError({
      status: 400,
      type: 'action_run',
      message: 'A contact with email "ada@example.com" already exists in HubSpot.',
    }),
  },
  play: async ({ canvasElement, globals }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent(
      storyLabels(globals).errorTitle('action_run', 400),
    )
  },
}
