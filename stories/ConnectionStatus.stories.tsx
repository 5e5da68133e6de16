import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { ConnectionStatus } from 'react-action-instances/components'
import type { ActionsLabels, ConnectionStatusProps } from 'react-action-instances/components'
import { hubspotDefunct, injectFault } from './support/scenarios'
import { storyLabels } from './support/storyLabels'
import { useDemoReconnect } from './support/withReferenceApi'

/** The status with the host's reconnect flow, as a host page wires it. */
function HostedConnectionStatus(props: ConnectionStatusProps) {
  const reconnect = useDemoReconnect()
  return <ConnectionStatus onReconnect={reconnect} {...props} />
}

const meta = {
  title: 'Components/ConnectionStatus',
  component: ConnectionStatus,
  args: { connection: 'hubspot', style: { maxWidth: 720 } },
  render: (args) => <HostedConnectionStatus {...args} />,
} satisfies Meta<typeof ConnectionStatus>

export default meta
type Story = StoryObj<typeof meta>

const status = (canvasElement: HTMLElement, labels: ActionsLabels) =>
  within(canvasElement).findByRole('region', { name: labels.connectionLabel('HubSpot') })

/** The connection works. */
export const Connected: Story = {
  play: async ({ canvasElement, globals }) => {
    const labels = storyLabels(globals)
    await expect(
      await within(await status(canvasElement, labels)).findByText(labels.connectionConnected),
    ).toBeInTheDocument()
  },
}

/** The access expired: the reason and Reconnect, which runs the host's connect flow and shows it connected again. */
export const Defunct: Story = {
  parameters: { referenceApi: { prepare: hubspotDefunct } },
  play: async ({ canvasElement, globals }) => {
    const labels = storyLabels(globals)
    const region = await status(canvasElement, labels)
    await expect(await within(region).findByText(labels.connectionDefunct)).toBeInTheDocument()
    await expect(within(region).getByRole('button', { name: labels.reconnectButton })).toBeInTheDocument()
  },
}

/** Reconnect pressed: the host's flow runs, then the connection reads healthy again. */
export const Reconnected: Story = {
  parameters: { referenceApi: { prepare: hubspotDefunct } },
  play: async ({ canvasElement, globals }) => {
    const labels = storyLabels(globals)
    const region = await status(canvasElement, labels)
    await userEvent.click(await within(region).findByRole('button', { name: labels.reconnectButton }))
    await expect(
      await within(region).findByText(labels.connectionConnected, {}, { timeout: 5000 }),
    ).toBeInTheDocument()
  },
}

/** Without a host flow, Reconnect opens the platform's connect page (`clientAction.uiUrl`). */
export const DefunctWithConnectPage: Story = {
  render: (args) => <ConnectionStatus {...args} />,
  parameters: {
    referenceApi: {
      prepare: injectFault({
        kind: 'defunct',
        connection: 'hubspot',
        uiUrl: 'https://example.com/connect/hubspot',
      }),
    },
  },
  play: async ({ canvasElement, globals }) => {
    const labels = storyLabels(globals)
    const region = await status(canvasElement, labels)
    await expect(
      await within(region).findByRole('button', { name: labels.reconnectButton }),
    ).toBeInTheDocument()
  },
}

/** The connection cannot be read (the network stays down through every retry). */
export const Error: Story = {
  parameters: {
    referenceApi: {
      latencyMs: 20,
      prepare: injectFault({ kind: 'network', operation: 'getConnection', times: 4 }),
    },
  },
  play: async ({ canvasElement, globals }) => {
    const alert = await within(canvasElement).findByRole('alert', {}, { timeout: 15_000 })
    await expect(within(alert).getByRole('button', { name: storyLabels(globals).retry })).toBeInTheDocument()
  },
}
