import { useState } from 'react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { ActionList, ActionRunner } from 'react-action-instances/components'
import {
  bulkSeed,
  customizeCreateContact,
  emptyLists,
  networkDown,
  outdateContactActions,
  prepareAll,
} from './support/scenarios'
import { pattern, storyLabels } from './support/storyLabels'

const meta = {
  title: 'Components/ActionList',
  component: ActionList,
  args: { connection: 'hubspot', style: { maxWidth: 420 } },
} satisfies Meta<typeof ActionList>

export default meta
type Story = StoryObj<typeof meta>

/** The hubspot connection's actions; click a row or use the arrow keys, Home/End and Enter. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const options = await canvas.findAllByRole('option')
    await expect(options.length).toBeGreaterThan(1)
  },
}

/** Skeleton rows while the first page loads (the API never answers here). */
export const Loading: Story = {
  parameters: { referenceApi: { latencyMs: 86_400_000 } },
  play: async ({ canvasElement, globals }) => {
    await expect(await within(canvasElement).findByRole('status')).toHaveTextContent(
      storyLabels(globals).loading,
    )
  },
}

/** A connection without actions. */
export const Empty: Story = {
  parameters: { referenceApi: { prepare: emptyLists } },
  play: async ({ canvasElement, globals }) => {
    await expect(await within(canvasElement).findByText(storyLabels(globals).listEmpty)).toBeInTheDocument()
  },
}

/** The network stays down through every retry: the message and a Retry button that recovers. */
export const Error: Story = {
  parameters: { referenceApi: { latencyMs: 20, prepare: networkDown('list') } },
  play: async ({ canvasElement, globals }) => {
    const alert = await within(canvasElement).findByRole('alert', {}, { timeout: 15_000 })
    await expect(within(alert).getByRole('button', { name: storyLabels(globals).retry })).toBeInTheDocument()
  },
}

/** Badges on a customized action and on actions left outdated by a new contact property. */
export const CustomizedAndOutdated: Story = {
  parameters: { referenceApi: { prepare: prepareAll(customizeCreateContact, outdateContactActions) } },
  play: async ({ canvasElement, globals }) => {
    const labels = storyLabels(globals)
    const canvas = within(canvasElement)
    const option = await canvas.findByRole('option', {
      name: pattern`Create contact ${labels.actionType('create-data-record')}`,
    })
    await expect(option).toHaveTextContent(labels.badgeCustomized)
    await expect(option).toHaveTextContent(labels.badgeOutdated)
  },
}

/** The search runs on the server, 250 ms after the last keystroke; the keyboard selects. */
export const SearchAndSelect: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement)
    await canvas.findAllByRole('option')
    await userEvent.type(
      canvas.getByRole('searchbox', { name: storyLabels(globals).listSearchLabel }),
      'contact',
    )
    await waitFor(() => expect(canvas.getAllByRole('option')).toHaveLength(6))
    await userEvent.click(canvas.getAllByRole('option')[0] as HTMLElement)
    await userEvent.keyboard('{ArrowDown}{Enter}')
    await expect(canvas.getAllByRole('option')[1]).toHaveAttribute('aria-selected', 'true')
  },
}

function BulkSettings() {
  const [selected, setSelected] = useState<{ id: string; key: string } | null>(null)
  return (
    <div style={{ display: 'grid', gridTemplateColumns: '360px 1fr', gap: 24, alignItems: 'start' }}>
      <ActionList
        connection="bulk"
        pageSize={1000}
        selectedAction={selected?.id ?? null}
        onSelectedActionChange={(id, action) => setSelected({ id, key: action.key ?? id })}
      />
      {selected && <ActionRunner connection="bulk" action={selected.key} />}
    </div>
  )
}

/**
 * 10,000 actions in pages of 1,000: only the rows in view are rendered. The arrow keys, Home and End move through
 * every loaded row, scrolling near the end loads the next page, and the selected action opens in a runner.
 */
export const TenThousandActions: Story = {
  parameters: { referenceApi: { latencyMs: 20, seed: bulkSeed(10_000) } },
  render: () => <BulkSettings />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const [first] = await canvas.findAllByRole('option', {}, { timeout: 15_000 })
    await expect(first).toHaveAttribute('aria-posinset', '1')
    await expect(canvas.getAllByRole('option').length).toBeLessThan(60)
  },
}
