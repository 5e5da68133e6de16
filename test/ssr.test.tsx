// @vitest-environment node
import { QueryClient } from '@tanstack/react-query'
import { renderToString } from 'react-dom/server'
import {
  actionDetailQueryOptions,
  ActionsProvider,
  createActionsClient,
  useAction,
  useActionRuns,
  useActions,
  useArchiveAction,
  usePatchAction,
  useRunAction,
} from 'react-action-instances'
import { createReferenceApi } from 'react-action-instances/testing'

const contact = { connection: 'hubspot', action: 'create-contact' }

function Page() {
  const list = useActions({ connection: 'hubspot' })
  const action = useAction(contact)
  const run = useRunAction(contact)
  const runs = useActionRuns(contact)
  usePatchAction(contact)
  useArchiveAction(contact)
  return (
    <main data-list={list.status} data-action={action.status} data-run={run.status} data-runs={runs.length}>
      {action.data?.name ?? 'Loading'}
    </main>
  )
}

describe('server rendering', () => {
  it('renders the provider and hooks without window', () => {
    expect(typeof window).toBe('undefined')
    const api = createReferenceApi()
    const html = renderToString(
      <ActionsProvider clientOptions={{ token: 'token', fetch: api.fetch, apiUri: 'http://reference.test' }}>
        <Page />
      </ActionsProvider>,
    )
    expect(html).toContain('data-list="pending"')
    expect(html).toContain('data-run="idle"')
    expect(html).toContain('data-runs="0"')
    expect(html).toContain('Loading')
  })

  it('renders prefetched data from the host QueryClient', async () => {
    const api = createReferenceApi()
    const token = await api.mintToken()
    const client = createActionsClient({ token, fetch: api.fetch, apiUri: 'http://reference.test' })
    const queryClient = new QueryClient()
    await queryClient.prefetchQuery(actionDetailQueryOptions(client, contact))
    const html = renderToString(
      <ActionsProvider client={client} queryClient={queryClient}>
        <Page />
      </ActionsProvider>,
    )
    expect(html).toContain('data-action="success"')
    expect(html).toContain('Create contact')
  })
})
