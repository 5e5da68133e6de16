import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import {
  DEFAULT_WORKSPACE_KEY,
  DEFAULT_WORKSPACE_SECRET,
  mintCustomerToken,
} from 'react-action-instances/testing'
import { LiveApiPage } from './LiveApiPage'

const meta = {
  title: 'Pages/Live API',
  // A page has no props of its own: no autodocs page.
  tags: ['!autodocs'],
  component: LiveApiPage,
  // The page brings its own client and provider, talking to a real server.
  parameters: { referenceApi: { disabled: true } },
} satisfies Meta<typeof LiveApiPage>

export default meta
type Story = StoryObj<typeof meta>

/** Enter the API URL and a customer token (`npm run api` prints one), then Connect. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('textbox', { name: 'API URL' })).toHaveValue('http://127.0.0.1:4010')
    await expect(canvas.getByLabelText('Customer token')).toHaveAttribute('type', 'password')
  },
}

/** A server that cannot be reached: a clear message, the form stays. */
export const Unreachable: Story = {
  args: { defaultApiUri: 'http://127.0.0.1:9' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByLabelText('Customer token'), 'not-a-real-token')
    await userEvent.click(canvas.getByRole('button', { name: 'Connect' }))
    await expect(await canvas.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
      'Could not reach http://127.0.0.1:9',
    )
  },
}

/**
 * Against `npm run api` with its default development secret: a token is minted in the browser and typed in.
 * Needs the server, so the story tests skip it.
 */
export const Connected: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const token = await mintCustomerToken({
      secret: DEFAULT_WORKSPACE_SECRET,
      workspaceKey: DEFAULT_WORKSPACE_KEY,
      id: 'demo-customer',
      name: 'Demo Customer',
      expiresIn: 3600,
    })
    await userEvent.click(canvas.getByLabelText('Customer token'))
    await userEvent.paste(token)
    await userEvent.click(canvas.getByRole('button', { name: 'Connect' }))
    await expect(await canvas.findByRole('tablist', {}, { timeout: 10_000 })).toBeInTheDocument()
  },
}
