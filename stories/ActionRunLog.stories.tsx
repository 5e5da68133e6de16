import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, screen, userEvent, within } from 'storybook/test'
import { ActionRunLog } from 'react-action-instances/components'
import { injectFault, runTwiceOneFailure } from './support/scenarios'

const meta = {
  title: 'Components/ActionRunLog',
  component: ActionRunLog,
  args: { connection: 'hubspot', action: 'create-contact', style: { maxWidth: 720 } },
} satisfies Meta<typeof ActionRunLog>

export default meta
type Story = StoryObj<typeof meta>

const history = (canvasElement: HTMLElement) =>
  within(canvasElement).findByRole('region', { name: /Run history|Ausführungsprotokoll/ })

/** No run of the action has been logged yet. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    await expect(
      await within(await history(canvasElement)).findByText('No runs logged yet.'),
    ).toBeInTheDocument()
  },
}

/** The platform's log of two runs, newest first: a failure (a duplicate contact) and a success. */
export const WithRuns: Story = {
  parameters: { referenceApi: { prepare: runTwiceOneFailure } },
  play: async ({ canvasElement }) => {
    const region = await history(canvasElement)
    await expect(await within(region).findByRole('button', { name: /^Failed · / })).toBeInTheDocument()
  },
}

/** A failed run opened: its input and its error. */
export const Expanded: Story = {
  parameters: { referenceApi: { prepare: runTwiceOneFailure } },
  play: async ({ canvasElement }) => {
    const region = await history(canvasElement)
    await userEvent.click(await within(region).findByRole('button', { name: /^Failed · / }))
    await expect(await within(region).findByRole('alert')).toBeInTheDocument()
  },
}

/** Replay of the failed run: the logged input in the action's form, to edit before running again. */
export const Replay: Story = {
  parameters: { referenceApi: { prepare: runTwiceOneFailure } },
  play: async ({ canvasElement }) => {
    const region = await history(canvasElement)
    await within(region).findByRole('button', { name: /^Failed · / })
    const [failed] = within(region).getAllByRole('listitem')
    await userEvent.click(within(failed as HTMLElement).getByRole('button', { name: 'Replay' }))
    const dialog = await screen.findByRole('dialog')
    await expect(
      await within(dialog).findByRole('textbox', { name: /Email/ }, { timeout: 5000 }),
    ).toHaveValue('ada@example.com')
  },
}

/** Every run on the connection, two per page. */
export const WholeConnection: Story = {
  args: { action: undefined, pageSize: 1 },
  parameters: { referenceApi: { prepare: runTwiceOneFailure } },
  play: async ({ canvasElement }) => {
    const region = await history(canvasElement)
    await expect(await within(region).findByRole('button', { name: 'Load older runs' })).toBeInTheDocument()
  },
}

/** The log cannot be read (the network stays down through every retry). */
export const Error: Story = {
  parameters: {
    referenceApi: {
      latencyMs: 20,
      prepare: injectFault({ kind: 'network', operation: 'listRunLogs', times: 4 }),
    },
  },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert', {}, { timeout: 15_000 })
    await expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument()
  },
}
