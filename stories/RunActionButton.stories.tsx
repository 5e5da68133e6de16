import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { useActionRuns } from 'react-action-instances'
import type { ActionSelector } from 'react-action-instances'
import { ActionInputForm, ActionOutput, RunActionButton } from 'react-action-instances/components'
import type { RunActionButtonProps } from 'react-action-instances/components'
import { fillContactAndRun } from './support/fillContact'
import { injectFault } from './support/scenarios'
import { pattern, storyLabels } from './support/storyLabels'

/** The latest run's result, read from the run history the hooks keep. */
function LatestRun(selector: ActionSelector) {
  const [latest] = useActionRuns(selector)
  if (!latest || latest.status === 'pending') return null
  return <ActionOutput output={latest.output} logs={latest.logs} error={latest.error} />
}

/** The button inside an `ActionInputForm`, with the output beside it: a custom layout built from the parts. */
function RunInForm(props: RunActionButtonProps) {
  const selector = { connection: props.connection, action: props.action }
  return (
    <div style={{ display: 'grid', gap: '1rem', maxWidth: 560 }}>
      <ActionInputForm {...selector}>
        <RunActionButton {...props} />
      </ActionInputForm>
      <LatestRun {...selector} />
    </div>
  )
}

const meta = {
  title: 'Components/RunActionButton',
  component: RunActionButton,
  args: { connection: 'hubspot', action: 'create-contact' },
  render: (args) => <RunInForm {...args} />,
} satisfies Meta<typeof RunActionButton>

export default meta
type Story = StoryObj<typeof meta>

/** Fill in a contact and run: the created contact appears as the output. */
export const Succeeded: Story = {
  play: async ({ canvasElement, globals }) => {
    const labels = storyLabels(globals)
    await fillContactAndRun(canvasElement, 'grace@example.com', labels.runButton)
    const output = await within(canvasElement).findByRole('region', { name: labels.outputTitle })
    await expect(output).toHaveTextContent('grace@example.com')
  },
}

/** A slow app (8 s): the elapsed time counts up and the run can be cancelled. */
export const Running: Story = {
  parameters: {
    referenceApi: { prepare: injectFault({ kind: 'latency', ms: 8_000, operation: 'run' }) },
  },
  play: async ({ canvasElement, globals }) => {
    const labels = storyLabels(globals)
    await fillContactAndRun(canvasElement, 'grace@example.com', labels.runButton)
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('button', { name: labels.runCancel })).toBeInTheDocument()
    // The pending text without the elapsed time, which counts up: "Running…".
    const running = labels.runPending(0).replace(/\s*\d.*$/, '')
    await expect(canvas.getByRole('button', { name: pattern`${running}` })).toBeDisabled()
  },
}

/** The API refuses the input (a 400 with field errors): the message lands on the field it concerns. */
export const FailedWithFieldErrors: Story = {
  parameters: {
    referenceApi: {
      prepare: injectFault({
        kind: 'status',
        status: 400,
        operation: 'run',
        body: {
          type: 'bad_request',
          key: 'invalid_input',
          message: 'The input does not match the action input schema.',
          data: { errors: [{ path: '/email', message: 'This address is on the suppression list.' }] },
        },
      }),
    },
  },
  play: async ({ canvasElement, globals }) => {
    await fillContactAndRun(canvasElement, 'bounced@example.com', storyLabels(globals).runButton)
    const email = within(canvasElement).getByRole('textbox', { name: /Email/ })
    await within(canvasElement).findAllByText('This address is on the suppression list.')
    await expect(email).toHaveAttribute('aria-invalid', 'true')
    await expect(email).toHaveAccessibleDescription(/suppression list/)
  },
}
