import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ActionBadges, ActionList, ActionsLabelsProvider, deLabels } from 'react-action-instances/components'
import { actionKeys, createActionsClient } from 'react-action-instances'
import { createReferenceApi } from 'react-action-instances/testing'
import { expectNoAxeViolations } from './support/axe'
import { renderWithApi, TEST_API_URI } from './support/renderWithApi'

const options = () => screen.getAllByRole('option')
const optionNames = () =>
  options().map((option) => option.querySelector('.rai-list-option-name')?.textContent)

describe('ActionList', () => {
  describe('given the hubspot connection of the default seed', () => {
    it('lists every action with its name and type, then says how many there are', async () => {
      const { container } = await renderWithApi(<ActionList connection="hubspot" />)
      const listbox = await screen.findByRole('listbox', { name: 'Actions' })
      expect(within(listbox).getAllByRole('option')).toHaveLength(6)
      expect(
        within(listbox).getByRole('option', { name: /^Create contact Create record$/ }),
      ).toHaveTextContent('Create record')
      expect(screen.getByText('6 actions')).toBeInTheDocument()
      expect(listbox.closest('.rai-list')).toHaveAttribute('data-state', 'success')
      await expectNoAxeViolations(container)
    })

    it('shows skeleton rows while the first page loads', async () => {
      const api = createReferenceApi({ latencyMs: 200 })
      const { container } = await renderWithApi(<ActionList connection="hubspot" />, { api })
      expect(screen.getByRole('status')).toHaveTextContent('Loading…')
      expect(container.querySelectorAll('.rai-list-skeleton-row')).toHaveLength(5)
      expect(container.querySelector('.rai-list')).toHaveAttribute('data-state', 'pending')
      expect(screen.queryByRole('listbox')).not.toBeInTheDocument()
      await expectNoAxeViolations(container)
      expect(await screen.findAllByRole('option')).toHaveLength(6)
    })

    it('shows the error with a Retry button that loads the list', async () => {
      const api = createReferenceApi()
      // 403 is not retried by the kit's retry policy, so the error shows at once.
      api.injectFault({
        operation: 'list',
        kind: 'status',
        status: 403,
        body: { type: 'access_denied', key: 'denied', message: 'The connection is disabled.' },
      })
      const { container } = await renderWithApi(<ActionList connection="hubspot" />, { api })
      const alert = await screen.findByRole('alert')
      expect(alert).toHaveTextContent('The actions could not be loaded')
      expect(alert).toHaveTextContent('The connection is disabled.')
      expect(container.querySelector('.rai-list')).toHaveAttribute('data-state', 'error')
      await expectNoAxeViolations(container)
      await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
      expect(await screen.findAllByRole('option')).toHaveLength(6)
      expect(screen.queryByRole('alert')).not.toBeInTheDocument()
      expect(api.countRequests({ operation: 'list' })).toBe(2)
    })
  })

  describe('given a search', () => {
    it('sends one debounced server-side request for a typed word and shows only the matches', async () => {
      const { api, container } = await renderWithApi(<ActionList connection="hubspot" />)
      await screen.findAllByRole('option')
      expect(api.countRequests({ operation: 'list' })).toBe(1)
      await userEvent.type(screen.getByRole('searchbox', { name: 'Search actions' }), 'delete')
      // Typing is faster than the debounce, so no request has been sent for any prefix.
      expect(api.countRequests({ operation: 'list' })).toBe(1)
      await waitFor(() => expect(options()).toHaveLength(1))
      expect(optionNames()).toEqual(['Delete contact'])
      expect(api.countRequests({ operation: 'list' })).toBe(2)
      const lists = api.requests.filter((request) => request.operation === 'list')
      expect(new URLSearchParams(lists[1]?.search).get('search')).toBe('delete')
      await expectNoAxeViolations(container)
    })

    it('says that nothing matches when the server finds nothing', async () => {
      const { api, container } = await renderWithApi(
        <ActionList connection="hubspot" searchDebounceMs={50} />,
      )
      await screen.findAllByRole('option')
      await userEvent.type(screen.getByRole('searchbox'), 'zzz')
      expect(await screen.findByText('No actions match “zzz”.')).toBeInTheDocument()
      expect(screen.queryByRole('listbox')).not.toBeInTheDocument()
      expect(api.countRequests({ operation: 'list' })).toBe(2)
      await expectNoAxeViolations(container)
    })
  })

  describe('given a new connection', () => {
    it("never shows the previous connection's rows while the new list loads", async () => {
      const { api, rerenderWithApi } = await renderWithApi(<ActionList connection="hubspot" />)
      expect(await screen.findAllByRole('option')).toHaveLength(6)
      api.setLatency(100)
      rerenderWithApi(<ActionList connection="slack" />)
      expect(screen.queryByRole('listbox')).not.toBeInTheDocument()
      expect(screen.getByRole('status')).toHaveTextContent('Loading…')
      await waitFor(() => expect(optionNames()).toEqual(['Send message', 'List channels']))
    })
  })

  describe('given more actions than one page', () => {
    it('loads the next page with "Load more" until there is none', async () => {
      const { api, container } = await renderWithApi(<ActionList connection="hubspot" pageSize={4} />)
      expect(await screen.findAllByRole('option')).toHaveLength(4)
      await expectNoAxeViolations(container)
      await userEvent.click(screen.getByRole('button', { name: 'Load more' }))
      await waitFor(() => expect(options()).toHaveLength(6))
      expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument()
      expect(api.countRequests({ operation: 'list' })).toBe(2)
      expect(new Set(optionNames()).size).toBe(6)
    })
  })

  describe('given the keyboard', () => {
    it('moves with the arrows, Home and End, and selects with Enter and Space', async () => {
      const onChange = vi.fn()
      const { container } = await renderWithApi(
        <ActionList connection="hubspot" onSelectedActionChange={onChange} />,
      )
      await screen.findAllByRole('option')
      const user = userEvent.setup()
      await user.click(screen.getByRole('searchbox'))
      await user.tab()
      const all = options()
      expect(all[0]).toHaveFocus()
      expect(all.filter((option) => option.tabIndex === 0)).toHaveLength(1)
      await user.keyboard('{ArrowDown}')
      expect(all[1]).toHaveFocus()
      await user.keyboard('{End}')
      expect(all[5]).toHaveFocus()
      await user.keyboard('{ArrowDown}')
      expect(all[5]).toHaveFocus()
      await user.keyboard('{Home}')
      expect(all[0]).toHaveFocus()
      await user.keyboard('{ArrowUp}{ArrowDown}{ArrowDown}')
      expect(all[2]).toHaveFocus()
      expect(all[2]).toHaveAttribute('tabindex', '0')
      expect(all[0]).toHaveAttribute('tabindex', '-1')
      await user.keyboard('{Enter}')
      expect(all[2]).toHaveAttribute('aria-selected', 'true')
      expect(onChange).toHaveBeenLastCalledWith(
        all[2]?.dataset.actionId,
        expect.objectContaining({ key: 'update-contact' }),
      )
      await user.keyboard('{ArrowUp}[Space]')
      expect(all[1]).toHaveAttribute('aria-selected', 'true')
      expect(all[2]).toHaveAttribute('aria-selected', 'false')
      expect(onChange).toHaveBeenCalledTimes(2)
      // Tab leaves the list and Shift+Tab comes back to the last active row.
      await user.tab({ shift: true })
      expect(screen.getByRole('searchbox')).toHaveFocus()
      await user.tab()
      expect(all[1]).toHaveFocus()
      await expectNoAxeViolations(container)
    })
  })

  describe('given selection props', () => {
    it('starts uncontrolled on defaultSelectedAction and moves the selection on click', async () => {
      const api = createReferenceApi()
      const client = createActionsClient({
        token: await api.mintToken({ id: 'customer-1' }),
        fetch: api.fetch,
        apiUri: TEST_API_URI,
      })
      const { items } = await client.connection('slack').actions.list()
      await renderWithApi(<ActionList connection="slack" defaultSelectedAction={items[1]?.id} />, { api })
      await screen.findAllByRole('option')
      const [first, second] = options() as [HTMLElement, HTMLElement]
      expect(second).toHaveAttribute('aria-selected', 'true')
      // Tab focus starts on the selected row.
      expect(second).toHaveAttribute('tabindex', '0')
      await userEvent.click(first)
      expect(first).toHaveAttribute('aria-selected', 'true')
      expect(second).toHaveAttribute('aria-selected', 'false')
      expect(first).toHaveFocus()
    })

    it('follows selectedAction when controlled and only reports clicks', async () => {
      const onChange = vi.fn()
      const { rerenderWithApi } = await renderWithApi(
        <ActionList connection="slack" selectedAction={null} onSelectedActionChange={onChange} />,
      )
      await screen.findAllByRole('option')
      const [first, second] = options() as [HTMLElement, HTMLElement]
      await userEvent.click(second)
      expect(onChange).toHaveBeenCalledWith(
        second.dataset.actionId,
        expect.objectContaining({ key: 'list-channels' }),
      )
      expect(second).toHaveAttribute('aria-selected', 'false')
      rerenderWithApi(
        <ActionList
          connection="slack"
          selectedAction={first.dataset.actionId}
          onSelectedActionChange={onChange}
        />,
      )
      expect(first).toHaveAttribute('aria-selected', 'true')
      expect(second).toHaveAttribute('aria-selected', 'false')
    })
  })

  describe('given hover and focus', () => {
    it('seeds the action of a hovered or focused row from the fresh list, with no request', async () => {
      const { api, queryClient } = await renderWithApi(<ActionList connection="github" />)
      await screen.findAllByRole('option')
      const [first, second] = options() as [HTMLElement, HTMLElement]
      const cached = (action: string) => queryClient.getQueryData(actionKeys.detail('github', action))
      expect(cached('list-issues')).toBeUndefined()
      await userEvent.hover(second)
      await waitFor(() => expect(cached('list-issues')).toMatchObject({ key: 'list-issues' }))
      act(() => first.focus())
      await waitFor(() => expect(cached('create-issue')).toMatchObject({ key: 'create-issue' }))
      expect(api.countRequests({ operation: 'get' })).toBe(0)
    })

    it('fetches the action of a hovered row once when the list is stale', async () => {
      const { api, queryClient } = await renderWithApi(<ActionList connection="github" />)
      await screen.findAllByRole('option')
      const [listKey, list] = queryClient.getQueriesData({ queryKey: actionKeys.lists('github') })[0]!
      queryClient.setQueryData(listKey, list, { updatedAt: Date.now() - 10 * 60_000 })
      const [, second] = options() as [HTMLElement, HTMLElement]
      await userEvent.hover(second)
      await waitFor(() => expect(api.countRequests({ operation: 'get' })).toBe(1))
      expect(api.requests.at(-1)?.path).toContain('list-issues')
      await userEvent.unhover(second)
      await userEvent.hover(second)
      expect(api.countRequests({ operation: 'get' })).toBe(1)
    })
  })

  describe('given hostile action names', () => {
    it('renders them as text, never as markup', async () => {
      const api = createReferenceApi({
        seed: {
          integrations: [
            {
              key: 'evil',
              name: 'Evil',
              actions: [
                {
                  key: 'xss',
                  name: '<img src=x onerror="window.__pwned = true">',
                  description: '<script>window.__pwned = true</script>',
                  type: 'connector-operation',
                  inputSchema: { type: 'object' },
                  outputSchema: { type: 'object' },
                },
              ],
            },
          ],
        },
      })
      const { container } = await renderWithApi(<ActionList connection="evil" />, { api })
      const [option] = await screen.findAllByRole('option')
      expect(option).toHaveTextContent('<img src=x onerror="window.__pwned = true">')
      expect(container.querySelector('img')).toBeNull()
      expect((window as { __pwned?: boolean }).__pwned).toBeUndefined()
    })
  })

  describe('given the German labels', () => {
    it('renders every text of the list in German', async () => {
      await renderWithApi(<ActionList connection="slack" />, {
        wrap: (ui) => <ActionsLabelsProvider labels={deLabels}>{ui}</ActionsLabelsProvider>,
      })
      expect(await screen.findByRole('listbox', { name: deLabels.listLabel })).toBeInTheDocument()
      expect(screen.getByRole('searchbox', { name: deLabels.listSearchLabel })).toBeInTheDocument()
      expect(screen.getByText(deLabels.listCount(2))).toBeInTheDocument()
    })
  })
})

describe('ActionBadges', () => {
  it('shows a badge per flag and nothing for a ready default instance', async () => {
    const { container, rerender } = render(
      <ActionBadges action={{ isCustomized: true, isOutdated: true, state: 'SETUP_FAILED' }} />,
    )
    const badges = container.querySelector('.rai-badges')
    expect(badges).toHaveAttribute('data-customized')
    expect(badges).toHaveAttribute('data-outdated')
    expect(badges).toHaveAttribute('data-error')
    expect(badges).toHaveTextContent('Customized Outdated Setup failed')
    await expectNoAxeViolations(container)
    rerender(
      <ActionBadges action={{ isCustomized: false, isOutdated: false, state: 'CONFIGURATION_ERROR' }} />,
    )
    expect(container).toHaveTextContent(/^Configuration error$/)
    rerender(<ActionBadges action={{ isCustomized: false, isOutdated: false, state: 'READY' }} />)
    expect(container).toBeEmptyDOMElement()
  })
})
