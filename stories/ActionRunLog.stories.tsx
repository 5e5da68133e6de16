import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, screen, userEvent, within } from 'storybook/test'
import { ActionRunLog, type ActionsLabels } from 'react-action-instances/components'
import { injectFault, runTwiceOneFailure } from './support/scenarios'
import { pattern, storyLabels } from './support/storyLabels'

const meta = {
  title: 'Components/ActionRunLog',
  component: ActionRunLog,
  args: { connection: 'hubspot', action: 'create-contact', style: { maxWidth: 720 } },
} satisfies Meta<typeof ActionRunLog>

export default meta
type Story = StoryObj<typeof meta>

const history = (canvasElement: HTMLElement, labels: ActionsLabels) =>
  within(canvasElement).findByRole('region', { name: labels.runLogTitle })

/** The name of the button that opens a failed run: its status, then its time. */
const failedRun = (labels: ActionsLabels) => pattern`^${labels.runLogStatus('error')} · `

/** No run of the action has been logged yet. */
export const Empty: Story = {
  play: async ({ canvasElement, globals }) => {
    const labels = storyLabels(globals)
    await expect(
      await within(await history(canvasElement, labels)).findByText(labels.runLogEmpty),
    ).toBeInTheDocument()
  },
}

/** The platform's log of two runs, newest first: a failure (a duplicate contact) and a success. */
export const WithRuns: Story = {
  parameters: { referenceApi: { prepare: runTwiceOneFailure } },
  play: async ({ canvasElement, globals }) => {
    const labels = storyLabels(globals)
    const region = await history(canvasElement, labels)
    await expect(await within(region).findByRole('button', { name: failedRun(labels) })).toBeInTheDocument()
  },
}

/** A failed run opened: its input and its error. */
export const Expanded: Story = {
  parameters: { referenceApi: { prepare: runTwiceOneFailure } },
  play: async ({ canvasElement, globals }) => {
    const labels = storyLabels(globals)
    const region = await history(canvasElement, labels)
    await userEvent.click(await within(region).findByRole('button', { name: failedRun(labels) }))
    await expect(await within(region).findByRole('alert')).toBeInTheDocument()
  },
}

/** Replay of the failed run: the logged input in the action's form, to edit before running again. */
export const Replay: Story = {
  parameters: { referenceApi: { prepare: runTwiceOneFailure } },
  play: async ({ canvasElement, globals }) => {
    const labels = storyLabels(globals)
    const region = await history(canvasElement, labels)
    await within(region).findByRole('button', { name: failedRun(labels) })
    const [failed] = within(region).getAllByRole('listitem')
    await userEvent.click(within(failed as HTMLElement).getByRole('button', { name: labels.replayButton }))
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
  play: async ({ canvasElement, globals }) => {
    const labels = storyLabels(globals)
    const region = await history(canvasElement, labels)
    await expect(
      await within(region).findByRole('button', { name: labels.runLogLoadMore }),
    ).toBeInTheDocument()
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
  play: async ({ canvasElement, globals }) => {
    const alert = await within(canvasElement).findByRole('alert', {}, { timeout: 15_000 })
    await expect(within(alert).getByRole('button', { name: storyLabels(globals).retry })).toBeInTheDocument()
  },
}
