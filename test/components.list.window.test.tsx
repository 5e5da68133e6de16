import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ActionList } from 'react-action-instances/components'
import { createReferenceApi } from 'react-action-instances/testing'
import { expectNoAxeViolations } from './support/axe'
import { bulkSeed, loadEveryPage } from './support/bulkList'
import { renderWithApi } from './support/renderWithApi'

const COUNT = 10_000
const seed = bulkSeed(COUNT)
const rendered = () => document.querySelectorAll<HTMLElement>('[role="option"]')
const focused = () => document.activeElement as HTMLElement

describe('ActionList at 10,000 actions', () => {
  describe('given every page loaded', () => {
    it('renders only a window of the rows, each with its position in the whole list', async () => {
      const api = createReferenceApi({ seed })
      const { container } = await renderWithApi(<ActionList connection="bulk" pageSize={1000} />, { api })
      await screen.findAllByRole('option', {}, { timeout: 10_000 })
      // While pages remain, the size of the whole list is unknown.
      expect(rendered()[0]).toHaveAttribute('aria-setsize', '-1')
      await loadEveryPage(COUNT)
      const rows = [...rendered()]
      expect(rows.length).toBeGreaterThan(5)
      expect(rows.length).toBeLessThan(60)
      rows.forEach((row, index) => {
        expect(row).toHaveAttribute('aria-posinset', String(index + 1))
        expect(row).toHaveAttribute('aria-setsize', String(COUNT))
        expect(row).toHaveTextContent(`Action ${index}`)
      })
      expect(api.countRequests({ operation: 'list' })).toBe(COUNT / 1000)
      await expectNoAxeViolations(container)
    }, 60_000)

    it('reaches rows outside the window with ArrowDown, End and Home, and selects them', async () => {
      const onChange = vi.fn()
      await renderWithApi(
        <ActionList connection="bulk" pageSize={1000} onSelectedActionChange={onChange} />,
        { api: createReferenceApi({ seed }) },
      )
      await screen.findAllByRole('option', {}, { timeout: 10_000 })
      await loadEveryPage(COUNT)
      const user = userEvent.setup()
      await user.click(screen.getByRole('searchbox'))
      await user.tab()
      expect(focused()).toHaveAttribute('aria-posinset', '1')
      const lastOfWindow = Number(rendered()[rendered().length - 1]?.getAttribute('aria-posinset'))
      for (let i = 0; i < lastOfWindow + 5; i += 1) await user.keyboard('{ArrowDown}')
      expect(focused()).toHaveAttribute('aria-posinset', String(lastOfWindow + 6))
      expect(focused()).toHaveTextContent(`Action ${lastOfWindow + 5}`)
      await user.keyboard('{End}')
      expect(focused()).toHaveAttribute('role', 'option')
      expect(focused()).toHaveAttribute('aria-posinset', String(COUNT))
      expect(focused()).toHaveTextContent(`Action ${COUNT - 1}`)
      expect(focused()).toHaveAttribute('tabindex', '0')
      await user.keyboard('{ArrowUp}{Enter}')
      expect(focused()).toHaveAttribute('aria-posinset', String(COUNT - 1))
      expect(focused()).toHaveAttribute('aria-selected', 'true')
      expect(onChange).toHaveBeenCalledTimes(1)
      expect(onChange.mock.calls[0]?.[1]).toMatchObject({ name: `Action ${COUNT - 2}` })
      expect(rendered().length).toBeLessThan(60)
      await user.keyboard('{Home}')
      expect(focused()).toHaveAttribute('aria-posinset', '1')
      // The selected row, far from the window now, stays rendered only while it is the active one.
      expect(screen.queryByRole('option', { selected: true })).toBeNull()
    }, 60_000)
  })

  describe('after a search', () => {
    it('lists only the matches, from the top', async () => {
      await renderWithApi(<ActionList connection="bulk" pageSize={1000} />, {
        api: createReferenceApi({ seed }),
      })
      await screen.findAllByRole('option', {}, { timeout: 10_000 })
      await userEvent.type(screen.getByRole('searchbox'), 'Action 9999')
      await waitFor(() => expect(rendered()).toHaveLength(1), { timeout: 10_000 })
      const listbox = screen.getByRole('listbox')
      const [match] = within(listbox).getAllByRole('option')
      expect(match).toHaveTextContent('Action 9999')
      expect(match).toHaveAttribute('aria-posinset', '1')
      expect(match).toHaveAttribute('aria-setsize', '1')
    }, 60_000)
  })
})
