import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReferenceSeed, SeedAction } from 'react-action-instances/testing'

/** The key of the `index`th action of `bulkSeed`. */
export const bulkKey = (index: number) => `action-${String(index).padStart(5, '0')}`

/** A reference API seed with one integration, `bulk`, of `count` actions named `Action 0`, `Action 1`, … */
export function bulkSeed(count: number): ReferenceSeed {
  return {
    integrations: [
      {
        key: 'bulk',
        name: 'Bulk',
        actions: Array.from({ length: count }, (_, index): SeedAction => ({
          key: bulkKey(index),
          name: `Action ${index}`,
          description: `Generated action ${index}`,
          type: 'connector-operation',
          inputSchema: { type: 'object', properties: { note: { type: 'string' } } },
          outputSchema: { type: 'object' },
        })),
      },
    ],
  }
}

/** Clicks "Load more" until the list has no further page; the reference API serves at most 1,000 a page. */
export async function loadEveryPage(count: number) {
  const status = () => document.querySelector('.rai-list-count')?.textContent ?? ''
  const total = `${count} actions`
  for (;;) {
    const more = screen.queryByRole('button', { name: 'Load more' })
    if (!more) break
    const before = status()
    await userEvent.click(more)
    await waitFor(() => expect(status()).not.toBe(before), { timeout: 10_000 })
  }
  expect(status()).toBe(total)
}
