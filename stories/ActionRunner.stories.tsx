import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, screen, userEvent, within } from 'storybook/test'
import { ActionRunner } from 'react-action-instances/components'
import { fillContactAndRun } from './support/fillContact'
import {
  createExistingContact,
  customizeCreateContact,
  networkDown,
  outdateContactActions,
} from './support/scenarios'
import { pattern, storyLabels } from './support/storyLabels'

const meta = {
  title: 'Components/ActionRunner',
  component: ActionRunner,
  args: { connection: 'hubspot', action: 'create-contact', style: { maxWidth: 720 } },
} satisfies Meta<typeof ActionRunner>

export default meta
type Story = StoryObj<typeof meta>

const heading = (canvasElement: HTMLElement) =>
  within(canvasElement).findByRole('heading', { name: 'Create contact' })

/** The drop-in composite: header, form, run, output, history, and customize / reset / setup / archive. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await heading(canvasElement)
    await expect(await within(canvasElement).findByRole('textbox', { name: /Email/ })).toBeInTheDocument()
  },
}

/** While the action loads (the API never answers here). */
export const Loading: Story = {
  parameters: { referenceApi: { latencyMs: 86_400_000 } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.rai-runner')).toHaveAttribute('aria-busy', 'true')
  },
}

/** The network stays down through every retry: the error and a Retry button that recovers. */
export const Error: Story = {
  parameters: { referenceApi: { latencyMs: 20, prepare: networkDown('get') } },
  play: async ({ canvasElement, globals }) => {
    const alert = await within(canvasElement).findByRole('alert', {}, { timeout: 15_000 })
    await expect(within(alert).getByRole('button', { name: storyLabels(globals).retry })).toBeInTheDocument()
  },
}

/** A customized action: the badge, and the form pre-filled with the saved default input. */
export const Customized: Story = {
  parameters: { referenceApi: { prepare: customizeCreateContact } },
  play: async ({ canvasElement, globals }) => {
    await expect(await heading(canvasElement)).toBeInTheDocument()
    await expect(within(canvasElement).getByText(storyLabels(globals).badgeCustomized)).toBeInTheDocument()
    await expect(await within(canvasElement).findByRole('textbox', { name: /Last name/ })).toHaveValue('Doe')
  },
}

/** A new contact property made the action outdated: badge and an "Update available" setup button. */
export const Outdated: Story = {
  parameters: { referenceApi: { prepare: outdateContactActions } },
  play: async ({ canvasElement, globals }) => {
    await heading(canvasElement)
    await expect(within(canvasElement).getByText(storyLabels(globals).setupOutdatedHint)).toBeInTheDocument()
  },
}

/** A run that went through: the created contact as output and a succeeded entry in the history. */
export const Succeeded: Story = {
  play: async ({ canvasElement, globals }) => {
    const labels = storyLabels(globals)
    await fillContactAndRun(canvasElement, 'grace@example.com', labels.runButton)
    const output = await within(canvasElement).findByRole('region', { name: labels.outputTitle })
    await expect(await within(output).findByText(/grace@example\.com/)).toBeInTheDocument()
    const history = within(canvasElement).getByRole('region', { name: labels.historyTitle })
    await expect(
      await within(history).findByText(pattern`^${labels.historyStatus('success')} ·`),
    ).toBeInTheDocument()
  },
}

/** HubSpot already has this contact: the app rejects the run, readably. */
export const RejectedByApp: Story = {
  parameters: { referenceApi: { prepare: createExistingContact } },
  play: async ({ canvasElement, globals }) => {
    const labels = storyLabels(globals)
    await fillContactAndRun(canvasElement, 'ada@example.com', labels.runButton)
    const output = await within(canvasElement).findByRole('region', { name: labels.outputTitle })
    await expect(await within(output).findByText(labels.errorTitle('action_run', 400))).toBeInTheDocument()
  },
}

/** After Archive: the runner says so, and "Use it again" starts over with a fresh default copy. */
export const Archived: Story = {
  play: async ({ canvasElement, globals }) => {
    const labels = storyLabels(globals)
    const canvas = within(canvasElement)
    await heading(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: labels.archiveTitle }))
    const confirm = await screen.findByRole('alertdialog')
    await userEvent.click(within(confirm).getByRole('button', { name: labels.archiveConfirm }))
    await expect(await canvas.findByText(labels.runnerArchived('Create contact'))).toBeInTheDocument()
    await expect(canvas.getByRole('button', { name: labels.runnerUseAgain })).toBeInTheDocument()
  },
}

/** The dark theme (also the system's choice when the theme is "auto"). */
export const Dark: Story = {
  globals: { theme: 'dark' },
  parameters: { referenceApi: { prepare: customizeCreateContact } },
  play: Default.play,
}

/** Without the kit's stylesheet: plain HTML that still works and reads in order. */
export const Unstyled: Story = {
  parameters: { referenceApi: { unstyled: true } },
  play: Default.play,
}

/** Every string of the kit from `deLabels`. */
export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    await heading(canvasElement)
    await expect(await within(canvasElement).findByRole('button', { name: 'Ausführen' })).toBeInTheDocument()
  },
}

/**
 * `onRunSuccess` typed by the generated registry (`npm run typegen` → `test/fixtures/actionRegistry.d.ts`):
 * `response.output` is HubSpot's created contact, so `output.id` and `output.lifecycleStage` need no casts.
 */
function TypedCallbackDemo() {
  const [created, setCreated] = useState<string>()
  return (
    <div style={{ maxWidth: 720 }}>
      <ActionRunner
        connection="hubspot"
        action="create-contact"
        onRunSuccess={({ output }, input) =>
          setCreated(`Created ${input.firstName}: contact ${output.id}, stage ${output.lifecycleStage}.`)
        }
      />
      <p role="status">{created}</p>
    </div>
  )
}

/** The host's `onRunSuccess`, typed from the registry, reads the created contact's fields. */
export const TypedCallback: Story = {
  render: () => <TypedCallbackDemo />,
  play: async ({ canvasElement, globals }) => {
    await fillContactAndRun(canvasElement, 'grace@example.com', storyLabels(globals).runButton)
    await expect(
      await within(canvasElement).findByText(/^Created Ada: contact \S+, stage lead\.$/),
    ).toBeInTheDocument()
  },
}
