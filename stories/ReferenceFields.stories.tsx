import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { ActionInputForm } from 'react-action-instances/components'
import type { ReferenceApi } from 'react-action-instances/testing'
import { storyLabels } from './support/storyLabels'

/**
 * Fields of the platform's DataSchema: `referenceCollection` (choices read from a data collection of the
 * connection, with search and paging), `referenceRecords` (a fixed picklist), `allowCustom` (typed values
 * accepted), parameters that depend on other fields (`$var`), and `isSensitive` (a masked input).
 */
const meta = {
  title: 'Components/ReferenceFields',
  component: ActionInputForm,
  args: {
    connection: 'slack',
    action: 'send-message',
    style: { maxWidth: 560, minHeight: 420 },
    children: (
      <button type="submit" className="rai-button" data-variant="primary">
        Check input
      </button>
    ),
  },
} satisfies Meta<typeof ActionInputForm>

export default meta
type Story = StoryObj<typeof meta>

const slow = { timeout: 5000 }

async function openField(canvasElement: HTMLElement, name: RegExp) {
  const field = await within(canvasElement).findByRole('combobox', { name }, slow)
  await userEvent.click(field)
  return field
}

/** The channel of `send-message`: nothing is read until the field opens. */
export const Closed: Story = {
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByRole('combobox', { name: /Channel/ }, slow),
    ).toHaveAttribute('aria-expanded', 'false')
  },
}

/** Open: the first page of 252 channels, "showing N of more" and a button that loads the next page. */
export const Open: Story = {
  play: async ({ canvasElement, globals }) => {
    const labels = storyLabels(globals)
    await openField(canvasElement, /Channel/)
    const canvas = within(canvasElement)
    await expect(await canvas.findByText(labels.referenceShowingMore(50), {}, slow)).toBeInTheDocument()
    await expect(canvas.getByRole('button', { name: labels.referenceLoadMore })).toBeInTheDocument()
  },
}

/** While the choices load. */
export const Loading: Story = {
  parameters: {
    referenceApi: {
      prepare: (api: ReferenceApi) =>
        api.injectFault({ kind: 'latency', ms: 86_400_000, operation: 'listRecords', times: 100 }),
    },
  },
  play: async ({ canvasElement, globals }) => {
    await openField(canvasElement, /Channel/)
    await expect(
      await within(canvasElement).findByText(storyLabels(globals).referenceLoading, {}, slow),
    ).toBeInTheDocument()
  },
}

/** A search that finds nothing. */
export const Empty: Story = {
  play: async ({ canvasElement, globals }) => {
    await openField(canvasElement, /Channel/)
    await userEvent.keyboard('zzzz')
    await expect(
      await within(canvasElement).findByText(storyLabels(globals).referenceEmptySearch('zzzz'), {}, slow),
    ).toBeInTheDocument()
  },
}

/** The choices failed to load: the error, with a retry. */
export const Error: Story = {
  parameters: {
    referenceApi: {
      prepare: (api: ReferenceApi) =>
        api.injectFault({ kind: 'status', status: 503, operation: 'listRecords', times: 100 }),
    },
  },
  play: async ({ canvasElement, globals }) => {
    await openField(canvasElement, /Channel/)
    const alert = await within(canvasElement).findByRole('alert', {}, slow)
    await expect(within(alert).getByRole('button', { name: storyLabels(globals).retry })).toBeInTheDocument()
  },
}

/** Typing searches the whole collection on the server (debounced), not only the loaded page. */
export const Search: Story = {
  play: async ({ canvasElement }) => {
    await openField(canvasElement, /Channel/)
    await userEvent.keyboard('resea')
    await expect(
      await within(canvasElement).findByRole('option', { name: 'finance-research' }, slow),
    ).toBeVisible()
  },
}

/** Records with an `iconUri` show their icon: HubSpot owners. */
export const Icons: Story = {
  args: { connection: 'hubspot', action: 'create-contact' },
  play: async ({ canvasElement }) => {
    await openField(canvasElement, /Owner/)
    await expect(
      await within(canvasElement).findByRole('option', { name: 'Ada Lovelace' }, slow),
    ).toBeVisible()
  },
}

/** Labels depend on the repository (`{ "$var": "$.input.repository" }`): they wait until one is chosen. */
export const DependsOnAnotherField: Story = {
  args: { connection: 'github', action: 'create-issue' },
  play: async ({ canvasElement, globals }) => {
    const labels = await within(canvasElement).findByRole('combobox', { name: /Labels/ }, slow)
    await expect(labels).toBeDisabled()
    await expect(labels).toHaveAttribute(
      'placeholder',
      storyLabels(globals).referenceNeedsParent('Repository'),
    )
  },
}

/** An array of references is a multi-select: chosen values are chips, each with its own remove button. */
export const MultiSelect: Story = {
  args: {
    connection: 'github',
    action: 'create-issue',
    defaultFormData: { repository: 'acme/web', title: 'Broken link', labels: ['bug', 'frontend'] },
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement)
    await expect(
      await canvas.findByRole('button', { name: storyLabels(globals).referenceRemove('frontend') }, slow),
    ).toBeInTheDocument()
    await openField(canvasElement, /Labels/)
    await waitFor(() =>
      expect(canvas.getByRole('option', { name: 'bug' })).toHaveAttribute('aria-selected', 'true'),
    )
  },
}

/** `allowCustom`: a value that is not one of the records can be used as typed. */
export const Creatable: Story = {
  args: { connection: 'github', action: 'create-issue', defaultFormData: { repository: 'acme/web' } },
  play: async ({ canvasElement, globals }) => {
    await openField(canvasElement, /Assignees/)
    await userEvent.keyboard('newcomer')
    await expect(
      await within(canvasElement).findByRole(
        'option',
        { name: storyLabels(globals).referenceCreate('newcomer') },
        slow,
      ),
    ).toBeVisible()
  },
}

/** `referenceRecords`: a fixed picklist with labels, read from the schema without a request. */
export const Picklist: Story = {
  args: { connection: 'github', action: 'create-issue' },
  play: async ({ canvasElement }) => {
    await openField(canvasElement, /Type/)
    await expect(within(canvasElement).getByRole('option', { name: 'Feature request' })).toBeVisible()
  },
}

/** `isSensitive`: the user token is masked, with a button that reveals it. */
export const Sensitive: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement)
    const token = await canvas.findByLabelText(/User token/, {}, slow)
    await userEvent.type(token, 'xoxp-1234')
    await expect(token).toHaveAttribute('type', 'password')
    await expect(canvas.getByRole('button', { name: storyLabels(globals).sensitiveShow })).toHaveAttribute(
      'aria-pressed',
      'false',
    )
  },
}
