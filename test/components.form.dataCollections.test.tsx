import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { actionKeys } from 'react-action-instances'
import type { DataSchema } from 'react-action-instances'
import type { ReferenceSeed } from 'react-action-instances/testing'
import {
  ActionInputForm,
  ActionsLabelsProvider,
  deLabels,
  RunActionButton,
} from 'react-action-instances/components'
import { expectNoAxeViolations } from './support/axe'
import { renderWithApi } from './support/renderWithApi'

const slack = { connection: 'slack', action: 'send-message' }
const github = { connection: 'github', action: 'create-issue' }

async function renderForm(selector: { connection: string; action: string }, props = {}) {
  const onSubmit = vi.fn()
  const result = await renderWithApi(
    <ActionInputForm {...selector} onSubmit={onSubmit} {...props}>
      <RunActionButton {...selector} />
    </ActionInputForm>,
  )
  await screen.findByRole('form', {}, { timeout: 5000 })
  return { ...result, onSubmit, user: userEvent.setup() }
}

const listRequests = (api: { countRequests(f: { operation: 'listRecords' | 'searchRecords' }): number }) =>
  api.countRequests({ operation: 'listRecords' })
const searchRequests = (api: { countRequests(f: { operation: 'listRecords' | 'searchRecords' }): number }) =>
  api.countRequests({ operation: 'searchRecords' })

describe('reference fields (referenceCollection)', () => {
  describe('given send-message, whose channel comes from the channels collection', () => {
    it('reads nothing until the field opens, then one page with "showing N of more" and load more', async () => {
      const { api, user, container } = await renderForm(slack)
      const channel = screen.getByRole('combobox', { name: /^Channel/ })
      expect(channel).toHaveAttribute('aria-expanded', 'false')
      expect(listRequests(api)).toBe(0)
      await user.click(channel)
      expect(channel).toHaveAttribute('aria-expanded', 'true')
      const listbox = screen.getByRole('listbox', { name: 'Channel' })
      await waitFor(() => expect(within(listbox).getAllByRole('option')).toHaveLength(50))
      expect(listRequests(api)).toBe(1)
      expect(screen.getByText('Showing 50 of more')).toBeVisible()
      await expectNoAxeViolations(container)
      await user.click(screen.getByRole('button', { name: 'Load more' }))
      await waitFor(() => expect(within(listbox).getAllByRole('option')).toHaveLength(100))
      expect(listRequests(api)).toBe(2)
      expect(channel).toHaveFocus()
    })
  })

  it('finds a channel on page 3 by typing part of its name, keyboard only, and runs with its id', async () => {
    const { api, user } = await renderForm(slack)
    const channel = screen.getByRole('combobox', { name: /^Channel/ })
    channel.focus()
    await user.keyboard('{ArrowDown}')
    await screen.findAllByRole('option')
    await user.type(channel, 'resea')
    await waitFor(() =>
      expect(screen.getAllByRole('option').map((o) => o.textContent)).toContain('finance-research'),
    )
    expect(screen.getAllByRole('option')).toHaveLength(10)
    // Debounced: one search request for five typed characters, and the list request of the opening.
    expect(searchRequests(api)).toBe(1)
    expect(listRequests(api)).toBe(1)
    await user.keyboard('{End}')
    await user.keyboard('{ArrowDown}{Home}')
    for (let i = 0; i < 9; i += 1) await user.keyboard('{ArrowDown}')
    await user.keyboard('{Enter}')
    expect(channel).toHaveValue('finance-research')
    expect(channel).toHaveAttribute('aria-expanded', 'false')
    await user.type(screen.getByRole('textbox', { name: /^Text/ }), 'Hello')
    await user.click(screen.getByRole('button', { name: 'Run' }))
    await waitFor(() => expect(api.requests.some((r) => r.operation === 'run' && r.status)).toBe(true))
    const run = api.requests.find((r) => r.operation === 'run')
    expect(run?.status).toBe(201)
  })
})

describe('reference fields (keyboard during a search)', () => {
  it('keeps the highlight on its record when the search results replace the list before Enter', async () => {
    const { user } = await renderForm(slack)
    const channel = screen.getByRole('combobox', { name: /^Channel/ })
    channel.focus()
    await user.keyboard('{ArrowDown}')
    const listbox = screen.getByRole('listbox', { name: 'Channel' })
    await waitFor(() => expect(within(listbox).getAllByRole('option')).toHaveLength(50))
    // Typed, then an arrow key within the search's debounce: the highlight lands on the list still shown.
    await user.type(channel, 'resea')
    await user.keyboard('{ArrowDown}')
    const highlighted = () => {
      const id = channel.getAttribute('aria-activedescendant')
      return id ? document.getElementById(id)?.textContent : undefined
    }
    const options = () => within(listbox).getAllByRole('option')
    const resultsArrived = () =>
      waitFor(() => expect(options().map((o) => o.textContent)).toContain('finance-research'))
    const first = highlighted()
    expect(first).toBeDefined()
    expect(first).not.toMatch(/research/)
    // The results arrive; the highlighted channel is not among them, so nothing else became highlighted.
    await resultsArrived()
    expect(highlighted()).toBeUndefined()
    // Enter with nothing highlighted picks nothing (Downshift closes the list); before, it picked the first result.
    await user.keyboard('{Enter}')
    expect(channel).toHaveValue('')
    expect(channel).toHaveAttribute('aria-expanded', 'false')
    // Searching again, an arrow key highlights a result, and Enter picks that one.
    await user.type(channel, 'resea')
    await resultsArrived()
    await user.keyboard('{ArrowDown}')
    const chosen = highlighted()
    expect(chosen).toMatch(/research/)
    await user.keyboard('{Enter}')
    expect(channel).toHaveValue(chosen)
  })
})

describe('reference fields (network)', () => {
  it('a form with 3 reference fields reads each collection once, only when its field opens', async () => {
    const { api, user } = await renderForm(github)
    const repository = screen.getByRole('combobox', { name: /^Repository/ })
    const labels = screen.getByRole('combobox', { name: /^Labels/ })
    const assignees = screen.getByRole('combobox', { name: /^Assignees/ })
    expect(labels).toBeDisabled()
    expect(labels).toHaveAttribute('placeholder', 'Choose Repository first')
    expect(listRequests(api)).toBe(0)

    await user.click(repository)
    await user.click(await screen.findByRole('option', { name: 'acme/web' }))
    expect(listRequests(api)).toBe(1)
    await user.click(assignees)
    await screen.findByRole('option', { name: 'octocat' })
    expect(listRequests(api)).toBe(2)
    await user.keyboard('{Escape}')
    await user.click(labels)
    await user.click(await screen.findByRole('option', { name: 'frontend' }))
    expect(listRequests(api)).toBe(3)
    // Opening again reads nothing: the pages are cached.
    await user.click(repository)
    await screen.findByRole('option', { name: 'acme/api' })
    expect(listRequests(api)).toBe(3)
    await user.keyboard('{Escape}')

    // Typing a 5-character search: one search request after the debounce.
    await user.click(assignees)
    await user.keyboard('monal')
    await screen.findByRole('option', { name: 'monalisa' })
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)))
    expect(searchRequests(api)).toBe(1)
    expect(listRequests(api)).toBe(3)
  })

  it('looks a value up once at mount when it needs its label, and shows it even off the loaded page', async () => {
    const { api } = await renderForm(github, {
      defaultFormData: { repository: 'acme/api', labels: ['backend'], assignees: ['hubot'], title: 'x' },
    })
    await waitFor(() => expect(screen.getByRole('combobox', { name: /^Repository/ })).toHaveValue('acme/api'))
    await screen.findByText('backend')
    await screen.findByText('hubot')
    expect(listRequests(api)).toBe(3)
    expect(api.requests.filter((r) => r.operation === 'listRecords').map((r) => r.path)).toEqual(
      expect.arrayContaining([
        '/connections/github/data/repositories/list',
        '/connections/github/data/labels/list',
        '/connections/github/data/collaborators/list',
      ]),
    )
  })

  it('keeps a chosen value and its label across a refetch of the collection', async () => {
    const { api, user, queryClient } = await renderForm(slack)
    const channel = screen.getByRole('combobox', { name: /^Channel/ })
    await user.click(channel)
    await user.keyboard('oncall')
    await user.click(await screen.findByRole('option', { name: 'finance-oncall' }))
    expect(channel).toHaveValue('finance-oncall')
    await act(() =>
      queryClient.invalidateQueries({ queryKey: actionKeys.dataCollection('slack', 'channels') }),
    )
    await act(() => queryClient.resetQueries({ queryKey: actionKeys.dataCollection('slack', 'channels') }))
    expect(channel).toHaveValue('finance-oncall')
    // The label was remembered when it was picked: no lookup needed.
    expect(listRequests(api)).toBe(1)
  })

  it('shows the label of a channel that is not on the first page', async () => {
    const { api } = await renderForm(slack, { defaultFormData: { channel: 'C0200', text: 'x' } })
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: /^Channel/ })).toHaveValue('finance-research'),
    )
    expect(listRequests(api)).toBe(1)
  })
})

describe('dependent reference fields', () => {
  it('clears the labels that the newly chosen repository does not have', async () => {
    const { user, onSubmit } = await renderForm(github)
    const repository = screen.getByRole('combobox', { name: /^Repository/ })
    await user.click(repository)
    await user.click(await screen.findByRole('option', { name: 'acme/web' }))
    const labels = screen.getByRole('combobox', { name: /^Labels/ })
    expect(labels).toBeEnabled()
    await user.click(labels)
    await user.click(await screen.findByRole('option', { name: 'frontend' }))
    await user.click(await screen.findByRole('option', { name: 'documentation' }))
    const chips = screen.getByRole('list', { name: 'Labels' })
    expect(
      within(chips)
        .getAllByRole('listitem')
        .map((chip) => chip.textContent),
    ).toEqual(['frontend×', 'documentation×'])
    await user.keyboard('{Escape}')
    await user.click(repository)
    await user.click(await screen.findByRole('option', { name: 'acme/docs' }))
    await waitFor(() =>
      expect(within(screen.getByRole('list', { name: 'Labels' })).getAllByRole('listitem')).toHaveLength(1),
    )
    expect(screen.getByRole('list', { name: 'Labels' })).toHaveTextContent('documentation')
    expect(labels).toBeEnabled()
    await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'Broken link')
    await user.click(screen.getByRole('button', { name: 'Run' }))
    await waitFor(() => expect(onSubmit).toHaveBeenCalled())
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ repository: 'acme/docs', labels: ['documentation'] })

    // Without a repository there are no labels to choose, and none stay chosen.
    await user.click(screen.getByRole('button', { name: 'Clear' }))
    expect(labels).toBeDisabled()
    expect(labels).toHaveAttribute('placeholder', 'Choose Repository first')
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Labels' })).not.toBeInTheDocument())
  })
})

describe('reference field states', () => {
  it('shows an error with a retry that loads the choices', async () => {
    const { api, user, container } = await renderWithApiAndFault()
    const owner = screen.getByRole('combobox', { name: /^Owner/ })
    await user.click(owner)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The choices could not be loaded')
    await expectNoAxeViolations(container)
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('option', { name: 'Ada Lovelace' })).toBeInTheDocument()
    expect(owner).toHaveAttribute('aria-expanded', 'true')
    expect(listRequests(api)).toBe(2)
    const owners = screen.getByRole('listbox', { name: 'Owner' })
    expect(within(owners).getAllByRole('option')[0]?.querySelector('img')).toHaveAttribute('alt', '')

    async function renderWithApiAndFault() {
      const result = await renderForm({ connection: 'hubspot', action: 'create-contact' })
      result.api.injectFault({ kind: 'status', status: 500, operation: 'listRecords' })
      return result
    }
  })

  it('says so when a search finds nothing', async () => {
    const { user } = await renderForm(slack)
    await user.click(screen.getByRole('combobox', { name: /^Channel/ }))
    await user.keyboard('zzzz')
    expect(await screen.findByText('Nothing matches “zzzz”.')).toBeVisible()
    expect(screen.getByRole('listbox', { hidden: true })).not.toBeVisible()
  })

  it('accepts a typed value where allowCustom is set', async () => {
    const { user, onSubmit } = await renderForm(github, {
      defaultFormData: { repository: 'acme/web', title: 'x' },
    })
    const assignees = screen.getByRole('combobox', { name: /^Assignees/ })
    await user.click(assignees)
    await user.keyboard('newcomer')
    const create = await screen.findByRole('option', { name: 'Use “newcomer”' })
    await user.keyboard('{ArrowDown}{Enter}')
    expect(create).not.toBeInTheDocument()
    expect(screen.getByRole('list', { name: 'Assignees' })).toHaveTextContent('newcomer')
    await user.keyboard('{Backspace}')
    expect(screen.queryByRole('list', { name: 'Assignees' })).not.toBeInTheDocument()
    await user.keyboard('hub')
    await waitFor(() => expect(screen.queryByRole('option', { name: 'octocat' })).not.toBeInTheDocument())
    await screen.findByRole('option', { name: 'hubot' })
    // The typed text comes first ("Use “hub”"), the matching collaborator next.
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}')
    await user.keyboard('{Escape}')
    await user.click(screen.getByRole('button', { name: 'Run' }))
    await waitFor(() => expect(onSubmit).toHaveBeenCalled())
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ assignees: ['hubot'] })
  })
})

describe('referenceRecords and isSensitive', () => {
  it('offers a fixed picklist with its labels, without a request', async () => {
    const { api, user, onSubmit } = await renderForm(github, {
      defaultFormData: { repository: 'acme/web', title: 'x' },
    })
    const type = screen.getByRole('combobox', { name: /^Type/ })
    await user.click(type)
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Bug',
      'Feature request',
      'Task',
    ])
    await user.keyboard('feat{ArrowDown}{Enter}')
    expect(type).toHaveValue('Feature request')
    await user.click(screen.getByRole('button', { name: 'Run' }))
    await waitFor(() => expect(onSubmit).toHaveBeenCalled())
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ type: 'feature' })
    expect(api.requests.filter((r) => r.path.endsWith('/list') || r.path.endsWith('/search'))).toHaveLength(1)
  })

  it('masks a sensitive value, with a toggle that reveals it', async () => {
    const { user, container } = await renderForm(slack)
    const token = screen.getByLabelText(/^User token/)
    expect(token).toHaveAttribute('type', 'password')
    await user.type(token, 'xoxp-secret')
    const toggle = screen.getByRole('button', { name: 'Show' })
    expect(toggle).toHaveAttribute('aria-pressed', 'false')
    await user.click(toggle)
    expect(token).toHaveAttribute('type', 'text')
    expect(screen.getByRole('button', { name: 'Hide' })).toHaveAttribute('aria-pressed', 'true')
    await expectNoAxeViolations(container)
  })

  it('speaks German with the German labels', async () => {
    await renderWithApi(<ActionInputForm {...github} />, {
      wrap: (ui) => <ActionsLabelsProvider labels={deLabels}>{ui}</ActionsLabelsProvider>,
    })
    const labels = await screen.findByRole('combobox', { name: /^Labels/ }, { timeout: 5000 })
    expect(labels).toHaveAttribute('placeholder', 'Zuerst Repository wählen')
  })
})

describe('records from the API', () => {
  it('shows icons only from http(s) or inline images, and record names only as text', async () => {
    const seed: ReferenceSeed = {
      integrations: [
        {
          key: 'app',
          name: 'App',
          dataCollections: {
            things: {
              records: () => [
                { id: 'a', name: '<img src=x onerror=alert(1)>', iconUri: 'javascript:alert(1)' },
                { id: 'b', name: 'Safe', iconUri: 'https://example.com/b.png' },
              ],
            },
          },
          actions: [
            {
              key: 'pick',
              name: 'Pick',
              description: 'Picks a thing.',
              type: 'connector-operation',
              inputSchema: {
                type: 'object',
                properties: {
                  thing: { type: 'string', title: 'Thing', referenceCollection: { key: 'things' } },
                },
              } as DataSchema,
              outputSchema: { type: 'object' },
            },
          ],
        },
      ],
    }
    const user = userEvent.setup()
    await renderWithApi(<ActionInputForm connection="app" action="pick" />, { apiOptions: { seed } })
    await user.click(await screen.findByRole('combobox', { name: /^Thing/ }, { timeout: 5000 }))
    const listbox = screen.getByRole('listbox', { name: 'Thing' })
    const options = await within(listbox).findAllByRole('option')
    expect(options.map((option) => option.textContent)).toEqual(['<img src=x onerror=alert(1)>', 'Safe'])
    expect(options[0]?.querySelector('img')).toBeNull()
    expect(options[1]?.querySelector('img')).toHaveAttribute('src', 'https://example.com/b.png')
  })
})
