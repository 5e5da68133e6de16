import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import type { Connection } from 'react-action-instances'
import {
  ActionRunLog,
  ActionRunner,
  ActionsLabelsProvider,
  ConnectionStatus,
  deLabels,
} from 'react-action-instances/components'
import { createReferenceApi } from 'react-action-instances/testing'
import type { ReferenceApi } from 'react-action-instances/testing'
import { expectNoAxeViolations } from './support/axe'
import { renderWithApi } from './support/renderWithApi'

const contact = { connection: 'hubspot', action: 'create-contact' }
const field = (name: RegExp, container: HTMLElement = document.body) =>
  within(container).findByRole('textbox', { name }, { timeout: 5000 })

/** The runner and the history as two tabs of a page: only one is shown at a time. */
function RunnerAndHistory({ onReconnect }: { onReconnect?: (connection: Connection) => unknown }) {
  const [tab, setTab] = useState<'run' | 'history'>('run')
  return (
    <>
      <button type="button" onClick={() => setTab(tab === 'run' ? 'history' : 'run')}>
        {tab === 'run' ? 'Show history' : 'Show runner'}
      </button>
      {tab === 'run' ? (
        <ActionRunner {...contact} onReconnect={onReconnect} />
      ) : (
        <ActionRunLog {...contact} />
      )}
    </>
  )
}

async function runContact(
  user: ReturnType<typeof userEvent.setup>,
  api: ReferenceApi,
  email: string,
  count: number,
) {
  const emailField = await field(/^Email/)
  await user.clear(emailField)
  await user.type(emailField, email)
  const firstName = await field(/^First name/)
  if ((firstName as HTMLInputElement).value === '') await user.type(firstName, 'Ada')
  await user.click(screen.getByRole('button', { name: 'Run' }))
  await waitFor(() => expect(api.countRequests({ operation: 'run' })).toBe(count))
}

describe('ActionRunLog', () => {
  describe('given two runs, one failed', () => {
    it('opens the history with 1 request, and replays the failed run after an edit with 1 run and no refetch', async () => {
      const { api } = await renderWithApi(<RunnerAndHistory />)
      const user = userEvent.setup()
      await runContact(user, api, 'ada@example.com', 1)
      await runContact(user, api, 'ada@example.com', 2)
      await screen.findAllByText('The app rejected the action')

      api.clearRequests()
      await user.click(screen.getByRole('button', { name: 'Show history' }))
      const history = await screen.findByRole('region', { name: 'Run history' })
      await waitFor(() => expect(history).toHaveAttribute('data-count', '2'))
      expect(api.requests.map((r) => r.operation)).toEqual(['listRunLogs'])
      const entries = within(history).getAllByRole('listitem')
      expect(entries.map((entry) => entry.getAttribute('data-status'))).toEqual(['error', 'success'])
      await expectNoAxeViolations(document.body)

      // Details on demand: the failed run's input and error.
      await user.click(within(entries[0] as HTMLElement).getByRole('button', { name: /^Failed · / }))
      expect(
        within(entries[0] as HTMLElement).getByText(
          'A contact with email "ada@example.com" already exists in HubSpot.',
        ),
      ).toBeInTheDocument()

      api.clearRequests()
      await user.click(within(entries[0] as HTMLElement).getByRole('button', { name: 'Replay' }))
      const dialog = await screen.findByRole('dialog', { name: 'Replay “Create contact”' })
      const email = await field(/^Email/, dialog)
      expect(email).toHaveValue('ada@example.com')
      expect(await field(/^First name/, dialog)).toHaveValue('Ada')
      await expectNoAxeViolations(document.body)
      await user.clear(email)
      await user.type(email, 'grace@example.com')
      await user.click(within(dialog).getByRole('button', { name: 'Run again' }))
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
      await waitFor(() => expect(history).toHaveAttribute('data-count', '3'))
      expect(api.requests.map((r) => r.operation)).toEqual(['run'])
      const [newest] = within(history).getAllByRole('listitem')
      expect(newest).toHaveAttribute('data-status', 'success')
      await user.click(within(newest as HTMLElement).getByRole('button', { name: /^Succeeded · / }))
      expect(within(newest as HTMLElement).getAllByText('"grace@example.com"').length).toBeGreaterThan(0)
    })
  })

  it('is empty before any run', async () => {
    await renderWithApi(<ActionRunLog connection="hubspot" />)
    const history = await screen.findByRole('region', { name: 'Run history' })
    expect(await within(history).findByText('No runs logged yet.')).toBeInTheDocument()
  })

  it('shows a whole connection’s history and pages older runs', async () => {
    const api = createReferenceApi()
    const token = await api.mintToken({ id: 'customer-1' })
    for (const body of [{}, { search: 'x' }, {}]) {
      await api.fetch('/connections/hubspot/actions/list-contacts/run', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
    }
    await renderWithApi(<ActionRunLog connection="hubspot" pageSize={2} />, { api })
    const history = await screen.findByRole('region', { name: 'Run history' })
    await waitFor(() => expect(history).toHaveAttribute('data-count', '2'))
    await userEvent.setup().click(within(history).getByRole('button', { name: 'Load older runs' }))
    await waitFor(() => expect(history).toHaveAttribute('data-count', '3'))
    expect(within(history).queryByRole('button', { name: 'Load older runs' })).not.toBeInTheDocument()
  })
})

describe('ConnectionStatus and Reconnect', () => {
  it('a run on a defunct connection fails with Reconnect inline; after reconnecting the same input runs', async () => {
    const api = createReferenceApi()
    const reconnected: string[] = []
    const onReconnect = (connection: Connection) => {
      reconnected.push(connection.id)
      api.reconnect('hubspot')
    }
    await renderWithApi(
      <>
        <ConnectionStatus connection="hubspot" onReconnect={onReconnect} />
        <RunnerAndHistory onReconnect={onReconnect} />
      </>,
      { api },
    )
    const status = await screen.findByRole('region', { name: 'Connection to HubSpot' })
    await waitFor(() => expect(status).toHaveAttribute('data-state', 'connected'))
    api.injectFault({ kind: 'defunct', connection: 'hubspot' })
    const user = userEvent.setup()
    await runContact(user, api, 'ada@example.com', 1)
    expect((await screen.findAllByText('The connection to the app no longer works')).length).toBeGreaterThan(
      0,
    )
    await waitFor(() => expect(status).toHaveAttribute('data-state', 'defunct'))
    expect(within(status).getByText(/The access to the app expired or was revoked/)).toBeInTheDocument()
    await expectNoAxeViolations(document.body)

    const runner = screen.getByRole('region', { name: 'Create contact' })
    await user.click(within(runner).getByRole('button', { name: 'Reconnect' }))
    await waitFor(() => expect(status).toHaveAttribute('data-state', 'connected'))
    expect(reconnected).toHaveLength(1)
    // The form kept the input: run again without retyping.
    expect(await field(/^Email/)).toHaveValue('ada@example.com')
    await user.click(within(runner).getByRole('button', { name: 'Run' }))
    await waitFor(() => expect(api.countRequests({ operation: 'run' })).toBe(2))
    await screen.findByText(/"ada@example.com"|ada@example\.com/, { selector: '.rai-output *' })
    expect(screen.queryByRole('button', { name: 'Reconnect' })).not.toBeInTheDocument()
  })

  it('without onReconnect, Reconnect opens the clientAction uiUrl; without one there is no button', async () => {
    const api = createReferenceApi()
    api.injectFault({ kind: 'defunct', connection: 'hubspot', uiUrl: 'https://connect.example/hubspot' })
    api.injectFault({ kind: 'defunct', connection: 'slack' })
    const open = vi.spyOn(window, 'open').mockReturnValue(null)
    await renderWithApi(
      <>
        <ConnectionStatus connection="hubspot" />
        <ConnectionStatus connection="slack" />
      </>,
      { api },
    )
    const hubspot = await screen.findByRole('region', { name: 'Connection to HubSpot' })
    await waitFor(() => expect(hubspot).toHaveAttribute('data-state', 'defunct'))
    await userEvent.setup().click(within(hubspot).getByRole('button', { name: 'Reconnect' }))
    expect(open).toHaveBeenCalledWith('https://connect.example/hubspot', '_blank', 'noopener')
    const slack = await screen.findByRole('region', { name: 'Connection to Slack' })
    await waitFor(() => expect(slack).toHaveAttribute('data-state', 'defunct'))
    expect(within(slack).queryByRole('button')).not.toBeInTheDocument()
    open.mockRestore()
  })

  it('never opens a uiUrl that is not http(s): no Reconnect button for javascript:, data: or relative URLs', async () => {
    const api = createReferenceApi()
    const hostile = [
      'javascript:alert(document.cookie)',
      'data:text/html,<script>alert(1)</script>',
      '/connect',
    ]
    const connections = ['hubspot', 'slack', 'github']
    hostile.forEach((uiUrl, index) =>
      api.injectFault({ kind: 'defunct', connection: connections[index]!, uiUrl }),
    )
    const open = vi.spyOn(window, 'open').mockReturnValue(null)
    await renderWithApi(
      <>
        {connections.map((connection) => (
          <ConnectionStatus key={connection} connection={connection} />
        ))}
      </>,
      { api },
    )
    for (const name of ['HubSpot', 'Slack', 'GitHub']) {
      const region = await screen.findByRole('region', { name: `Connection to ${name}` })
      await waitFor(() => expect(region).toHaveAttribute('data-state', 'defunct'))
      expect(within(region).queryByRole('button')).not.toBeInTheDocument()
    }
    expect(open).not.toHaveBeenCalled()
    open.mockRestore()
  })

  it('speaks German', async () => {
    const api = createReferenceApi()
    api.injectFault({ kind: 'defunct', connection: 'hubspot' })
    await renderWithApi(
      <ConnectionStatus connection="hubspot" onReconnect={() => api.reconnect('hubspot')} />,
      {
        api,
        wrap: (ui) => <ActionsLabelsProvider labels={deLabels}>{ui}</ActionsLabelsProvider>,
      },
    )
    const status = await screen.findByRole('region', { name: 'Verbindung zu HubSpot' })
    expect(await within(status).findByText('Getrennt')).toBeInTheDocument()
    expect(within(status).getByRole('button', { name: 'Neu verbinden' })).toBeInTheDocument()
  })
})
