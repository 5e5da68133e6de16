import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { IntegrationSettingsPage } from './IntegrationSettingsPage'

const meta = {
  title: 'Pages/Integration settings',
  // A page has no props of its own: no autodocs page.
  tags: ['!autodocs'],
  component: IntegrationSettingsPage,
  render: (args, { globals }) => (
    <IntegrationSettingsPage {...args} locale={globals.locale === 'de' ? 'de' : args.locale} />
  ),
} satisfies Meta<typeof IntegrationSettingsPage>

export default meta
type Story = StoryObj<typeof meta>

/**
 * The whole page: a tab per connected app (arrow keys move between them), the app's actions, and the selected
 * action's runner. The play function only checks the first view, so the page starts untouched.
 */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('tab', { name: 'HubSpot' })).toHaveAttribute('aria-selected', 'true')
    await expect(canvas.getByRole('heading', { name: 'Pick an action' })).toBeInTheDocument()
    await expect(
      await canvas.findByRole('option', { name: /^Create contact Create record/ }),
    ).toBeInTheDocument()
  },
}

/** The dark theme, with `Create contact` picked. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(await canvas.findByRole('option', { name: /^Create contact Create record/ }))
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
