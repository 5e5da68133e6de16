import { QueryClient } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import { ActionsProvider, createActionsClient } from 'react-action-instances'
import { ActionList } from 'react-action-instances/components'
import { DATA_API_URI } from './support/dataWrapper'

/** A client whose server answers every request 200 with `body` (serialized as given). */
function clientAnswering(body: unknown) {
  const requests: string[] = []
  const client = createActionsClient({
    apiUri: DATA_API_URI,
    token: 't',
    fetch: async (input, init) => {
      requests.push(`${init?.method ?? 'GET'} ${String(input)}`)
      return new Response(JSON.stringify(body), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      })
    },
  })
  return { client, requests }
}

describe('response shapes', () => {
  it.each([
    [[], 'the list is an array, not { items, cursor? }'],
    [{}, "the list's `items` is a undefined, not an array"],
    [{ items: null }, "the list's `items` is null, not an array"],
    [{ items: [null] }, 'item 0 is null, not an action instance'],
    [{ items: [{ name: 'No id' }] }, 'item 0 has no string `id`'],
    [{ items: [{ id: 'a', name: 5 }] }, "item 0's `name` is a number"],
    [{ items: [{ id: 'a', config: 'x' }] }, "item 0's `config` is a string"],
    [{ items: [], cursor: 7 }, "the list's `cursor` is a number, not a string"],
  ])('rejects a 200 list body %j with invalid_response', async (body, problem) => {
    const { client } = clientAnswering(body)
    await expect(client.connection('hubspot').actions.list()).rejects.toMatchObject({
      status: 200,
      type: 'invalid_response',
      message: `The server answered 200 with a body the kit cannot use: ${problem}`,
    })
  })

  it('accepts an instance with only an id, as the OpenAPI allows', async () => {
    const { client } = clientAnswering({ items: [{ id: 'only-id' }] })
    await expect(client.connection('hubspot').actions.list()).resolves.toEqual({ items: [{ id: 'only-id' }] })
  })

  it.each([
    ['get', (c: ReturnType<typeof clientAnswering>['client']) => c.connection('h').action('a').get()],
    ['patch', (c: ReturnType<typeof clientAnswering>['client']) => c.connection('h').action('a').patch({})],
    ['setup', (c: ReturnType<typeof clientAnswering>['client']) => c.connection('h').action('a').setup()],
    ['reset', (c: ReturnType<typeof clientAnswering>['client']) => c.connection('h').action('a').reset()],
  ])('rejects a %s answer that is not an instance', async (_name, send) => {
    const { client } = clientAnswering({ items: [] })
    await expect(send(client)).rejects.toMatchObject({
      type: 'invalid_response',
      message: 'The server answered 200 with a body the kit cannot use: the instance has no string `id`',
    })
  })

  it('rejects a run answer that is not an object, and never sends the run twice', async () => {
    const { client, requests } = clientAnswering(['not', 'a', 'result'])
    await expect(client.connection('h').action('a').run({})).rejects.toMatchObject({
      type: 'invalid_response',
      message:
        'The server answered 200 with a body the kit cannot use: the run result is an array, not { output }',
    })
    expect(requests).toEqual([`POST ${DATA_API_URI}/connections/h/actions/a/run`])
  })

  it('shows a wrong list body in ActionList as its error with Retry, without crashing the page', async () => {
    const { client } = clientAnswering({ items: [null] })
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    render(
      <main>
        <h1>Host page</h1>
        <ActionsProvider client={client} queryClient={queryClient}>
          <ActionList connection="hubspot" aria-label="Actions" />
        </ActionsProvider>
      </main>,
    )
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('item 0 is null, not an action instance')
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeEnabled()
    expect(screen.getByRole('heading', { name: 'Host page' })).toBeInTheDocument()
  })

  it('renders a listed instance that carries only an id, named by its id', async () => {
    const first = { id: 'instance-only-id' }
    const { client } = clientAnswering({ items: [first] })
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    render(
      <ActionsProvider client={client} queryClient={queryClient}>
        <ActionList connection="hubspot" aria-label="Actions" />
      </ActionsProvider>,
    )
    expect(await screen.findByRole('option', { name: first.id })).toBeInTheDocument()
  })

  it.each([
    [
      'a cycle',
      () => {
        const input: { self?: unknown } = {}
        input.self = input
        return input
      },
    ],
    [
      'nesting too deep for the stack',
      () => {
        let input: object = {}
        for (let i = 0; i < 20_000; i++) input = { a: input }
        return input
      },
    ],
  ])('refuses a run input with %s as invalid_request, before anything is sent', async (_name, make) => {
    const { client, requests } = clientAnswering({ output: {} })
    await expect(client.connection('h').action('a').run(make())).rejects.toMatchObject({
      status: 0,
      type: 'invalid_request',
      message: 'The request body cannot be sent as JSON',
    })
    expect(requests).toEqual([])
    await expect(client.connection('h').action('a').run(make())).rejects.toHaveProperty('cause')
  })
})
