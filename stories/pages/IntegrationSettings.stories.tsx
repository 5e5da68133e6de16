import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import type { ActionsLabels } from 'react-action-instances/components'
import { IntegrationSettingsPage } from './IntegrationSettingsPage'
import type { IntegrationSettingsPageProps } from './IntegrationSettingsPage'
import { hubspotDefunct, runTwiceOneFailure } from '../support/scenarios'
import { pattern, storyLabels, storyPageText } from '../support/storyLabels'
import { useDemoReconnect } from '../support/withReferenceApi'

/** The page as its host wires it, with the host's reconnect flow. */
function HostedPage(props: IntegrationSettingsPageProps) {
  return <IntegrationSettingsPage onReconnect={useDemoReconnect()} {...props} />
}

const meta = {
  title: 'Pages/Integration settings',
  // A page has no props of its own: no autodocs page.
  tags: ['!autodocs'],
  component: IntegrationSettingsPage,
  render: (args, { globals }) => (
    <HostedPage {...args} locale={globals.locale === 'de' ? 'de' : args.locale} />
  ),
} satisfies Meta<typeof IntegrationSettingsPage>

export default meta
type Story = StoryObj<typeof meta>

/** The name of the `Create contact` row in the list: its name, then its type. */
const createContact = (labels: ActionsLabels) =>
  pattern`^Create contact ${labels.actionType('create-data-record')}`

/**
 * The whole page: a tab per connected app (arrow keys move between them), the app's actions, and the selected
 * action's runner. The play function only checks the first view, so the page starts untouched.
 */
export const Default: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('tab', { name: 'HubSpot' })).toHaveAttribute('aria-selected', 'true')
    await expect(canvas.getByRole('heading', { name: storyPageText(globals).emptyTitle })).toBeInTheDocument()
    await expect(
      await canvas.findByRole('option', { name: createContact(storyLabels(globals)) }),
    ).toBeInTheDocument()
  },
}

/** The dark theme, with `Create contact` picked. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement)
    await userEvent.click(await canvas.findByRole('option', { name: createContact(storyLabels(globals)) }))
    await expect(await canvas.findByRole('heading', { name: 'Create contact' })).toBeInTheDocument()
  },
}

/** The page and the kit in German; the tabs are switched by keyboard to Slack. */
export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await canvas.findAllByRole('option', { name: /^Create contact/ })
    canvas.getByRole('tab', { name: 'HubSpot' }).focus()
    await userEvent.keyboard('{ArrowRight}')
    await expect(canvas.getByRole('tab', { name: 'Slack' })).toHaveFocus()
    await expect(await canvas.findByRole('option', { name: /^Send message / })).toBeInTheDocument()
    await expect(canvas.getByRole('heading', { name: 'Wähle eine Aktion' })).toBeInTheDocument()
  },
}

/** `Create contact` picked and its "Run history" tab open: the platform's log of a success and a failure, with Replay. */
export const RunHistory: Story = {
  parameters: { referenceApi: { prepare: runTwiceOneFailure } },
  play: async ({ canvasElement, globals }) => {
    const labels = storyLabels(globals)
    const canvas = within(canvasElement)
    await userEvent.click(await canvas.findByRole('option', { name: createContact(labels) }))
    await userEvent.click(await canvas.findByRole('tab', { name: storyPageText(globals).historyTab }))
    const history = await canvas.findByRole('region', { name: labels.runLogTitle })
    await expect(
      await within(history).findByRole('button', { name: pattern`^${labels.runLogStatus('error')} · ` }),
    ).toBeInTheDocument()
  },
}

/** HubSpot's access expired: the page shows the connection disconnected with Reconnect. */
export const ConnectionExpired: Story = {
  parameters: { referenceApi: { prepare: hubspotDefunct } },
  play: async ({ canvasElement, globals }) => {
    const labels = storyLabels(globals)
    const canvas = within(canvasElement)
    const status = await canvas.findByRole('region', { name: labels.connectionLabel('HubSpot') })
    await expect(
      await within(status).findByRole('button', { name: labels.reconnectButton }),
    ).toBeInTheDocument()
  },
}
