// Model-based property test of the cache: random interleavings of writes, reads, refetches and a change of
// customer, with random latencies and injected failures, through the hooks against the reference API.
// After everything settles, the cache must equal the server, hold nothing of another customer, and no
// instance may exist that the sequence did not ask for.
import { render } from '@testing-library/react'
import { QueryClient } from '@tanstack/react-query'
import fc from 'fast-check'
import { useLayoutEffect } from 'react'
import {
  actionKeys,
  ActionsProvider,
  createActionsClient,
  useAction,
  useActions,
  useArchiveAction,
  usePatchAction,
  useResetAction,
  useRunAction,
  useSetupAction,
} from 'react-action-instances'
import type { ActionInstance, ActionsClient, ActionListData } from 'react-action-instances'
import { createReferenceApi } from 'react-action-instances/testing'
import type { ReferenceApi } from 'react-action-instances/testing'
import { DATA_API_URI, dataSleep } from './support/dataWrapper'

const SEED = 20261128
const RUNS = 200
const ACTIONS = ['create-contact', 'get-contact'] as const
const CUSTOMERS = ['customer-a', 'customer-b'] as const
type Action = (typeof ACTIONS)[number]
type WriteKind = 'patch' | 'setup' | 'reset' | 'archive' | 'run'
type Fault = 'none' | 'fail' | number

function useActionHooks(action: Action) {
  const selector = { connection: 'hubspot', action }
  return {
    detail: useAction(selector),
    patch: usePatchAction(selector),
    setup: useSetupAction(selector),
    reset: useResetAction(selector),
    archive: useArchiveAction(selector),
    run: useRunAction(selector),
  }
}

type PageHooks = { list: ReturnType<typeof useActions> } & Record<Action, ReturnType<typeof useActionHooks>>

/** Model: which customer is in view, and per customer and action how many new instances the user asked for. */
interface Model {
  customer: number
  archived: Array<Record<Action, boolean>>
  allowed: Array<Record<Action, number>>
}

interface Real {
  api: ReferenceApi
  clients: ActionsClient[]
  queryClient: QueryClient
  hooks: { current: PageHooks | undefined }
  show(customer: number): void
  pending: Array<Promise<unknown>>
}

const faultOperation = {
  patch: 'patch',
  setup: 'setup',
  reset: 'reset',
  archive: 'archive',
  run: 'run',
} as const

function inject(api: ReferenceApi, operation: WriteKind | 'get' | 'list', fault: Fault) {
  if (fault === 'fail') api.injectFault({ kind: 'status', status: 500, operation })
  else if (typeof fault === 'number') api.injectFault({ kind: 'latency', ms: fault, operation })
}

/** The user may create an instance by using an action they archived. */
function askFor(model: Model, action: Action) {
  if (model.archived[model.customer]![action]) model.allowed[model.customer]![action] += 1
  model.archived[model.customer]![action] = false
}

class WriteCommand implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly kind: WriteKind,
    readonly action: Action,
    readonly fault: Fault,
    readonly awaited: boolean,
  ) {}
  check = () => true
  async run(model: Model, real: Real) {
    if (this.kind === 'archive') model.archived[model.customer]![this.action] = true
    else askFor(model, this.action)
    inject(real.api, faultOperation[this.kind], this.fault)
    const hooks = real.hooks.current![this.action]
    const call = (): Promise<unknown> => {
      switch (this.kind) {
        case 'patch':
          return hooks.patch.mutateAsync({ config: { defaultInput: { note: String(Math.random()) } } })
        case 'setup':
          return hooks.setup.mutateAsync()
        case 'reset':
          return hooks.reset.mutateAsync()
        case 'archive':
          return hooks.archive.mutateAsync()
        case 'run':
          return hooks.run.mutateAsync({})
      }
    }
    const promise = call().catch(() => undefined)
    real.pending.push(promise)
    if (this.awaited) await promise
  }
  toString = () => `${this.kind}(${this.action}, fault=${this.fault}${this.awaited ? ', awaited' : ''})`
}

class OpenCommand implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly action: Action,
    readonly fault: Fault,
  ) {}
  check = () => true
  async run(model: Model, real: Real) {
    askFor(model, this.action)
    inject(real.api, 'get', this.fault)
    // Opening an archived action again is the user's request for a fresh instance.
    const queryKey = actionKeys.detail('hubspot', this.action)
    real.pending.push(real.queryClient.resetQueries({ queryKey }).catch(() => undefined))
  }
  toString = () => `open(${this.action}, fault=${this.fault})`
}

class ListCommand implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly next: boolean,
    readonly fault: Fault,
  ) {}
  check = () => true
  async run(_model: Model, real: Real) {
    inject(real.api, 'list', this.fault)
    const list = real.hooks.current!.list
    real.pending.push((this.next ? list.fetchNextPage() : list.refetch()).then(() => undefined))
  }
  toString = () => `list(${this.next ? 'next page' : 'refetch'}, fault=${this.fault})`
}

class RefetchCommand implements fc.AsyncCommand<Model, Real> {
  check = () => true
  async run(_model: Model, real: Real) {
    // What window focus or the host's invalidation does: background reads nobody asked to create anything.
    const queryKey = actionKeys.connection('hubspot')
    real.pending.push(real.queryClient.invalidateQueries({ queryKey }).catch(() => undefined))
  }
  toString = () => 'refetch(connection)'
}

class WaitCommand implements fc.AsyncCommand<Model, Real> {
  constructor(readonly ms: number) {}
  check = () => true
  async run() {
    await dataSleep(this.ms)
  }
  toString = () => `wait(${this.ms})`
}

class SwapCustomerCommand implements fc.AsyncCommand<Model, Real> {
  check = () => true
  async run(model: Model, real: Real) {
    model.customer = 1 - model.customer
    for (const action of ACTIONS) askFor(model, action)
    real.show(model.customer)
  }
  toString = () => 'swap customer'
}

const fault = fc.oneof(fc.constant<Fault>('none'), fc.constant<Fault>('fail'), fc.integer({ min: 1, max: 8 }))
const action = fc.constantFrom(...ACTIONS)
const commands = fc.commands(
  [
    fc
      .tuple(
        fc.constantFrom<WriteKind>('patch', 'setup', 'reset', 'archive', 'run'),
        action,
        fault,
        fc.boolean(),
      )
      .map(([kind, name, f, awaited]) => new WriteCommand(kind, name, f, awaited)),
    fc.tuple(action, fault).map(([name, f]) => new OpenCommand(name, f)),
    fc.tuple(fc.boolean(), fault).map(([next, f]) => new ListCommand(next, f)),
    fc.constant(new RefetchCommand()),
    fc.integer({ min: 0, max: 6 }).map((ms) => new WaitCommand(ms)),
    fc.constant(new SwapCustomerCommand()),
  ],
  { maxCommands: 8 },
)

async function settle(real: Real) {
  for (let quiet = 0; quiet < 2;) {
    await Promise.all(real.pending.splice(0))
    await dataSleep(5)
    const busy = real.queryClient.isFetching() + real.queryClient.isMutating() + real.pending.length
    quiet = busy === 0 ? quiet + 1 : 0
  }
}

async function instancesOf(client: ActionsClient) {
  return (await client.connection('hubspot').actions.list({ limit: 1000, includeArchived: true })).items
}

async function expectCoherent(model: Model, real: Real, initial: number[][]) {
  const client = real.clients[model.customer]!
  const all = await instancesOf(client)
  const live = all.filter((item) => !item.archivedAt)
  const userId = live[0]?.userId ?? all[0]!.userId
  const queries = real.queryClient.getQueryCache().findAll({ queryKey: actionKeys.connection('hubspot') })
  for (const query of queries) {
    const data = query.state.data as ActionInstance | ActionListData | undefined
    if (!data) continue
    if ('pages' in data) {
      const items = data.pages.flatMap((page) => page.items)
      expect(items, 'a cached list equals the server').toEqual(live.slice(0, items.length))
      for (const item of items) expect(item.userId).toBe(userId)
    } else {
      expect(data.userId, 'nothing of another customer').toBe(userId)
      const server = all.find((item) => item.id === data.id)
      if (data.archivedAt)
        expect(server?.archivedAt, 'an archived detail is archived').toEqual(expect.any(String))
      else expect(data, 'a cached detail equals the server').toEqual(server)
    }
  }
  for (const [index, customer] of real.clients.entries()) {
    const items = await instancesOf(customer)
    ACTIONS.forEach((name, which) => {
      const count = items.filter((item) => item.key === name).length
      expect(count, `instances of ${name} for customer ${index}`).toBeLessThanOrEqual(
        initial[index]![which]! + model.allowed[index]![name],
      )
    })
  }
}

describe('the cache under random interleavings (model-based)', () => {
  it(`stays equal to the server over ${RUNS} random sequences (seed ${SEED})`, async () => {
    const error = vi.spyOn(console, 'error')
    // Requests settle in the background while commands run, as in an app; React need not batch them in act().
    const actEnvironment = Reflect.get(globalThis, 'IS_REACT_ACT_ENVIRONMENT')
    Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', false)
    const startedAt = performance.now()
    await fc.assert(
      fc.asyncProperty(commands, async (sequence) => {
        const api = createReferenceApi()
        const clients = await Promise.all(
          CUSTOMERS.map(async (id) =>
            createActionsClient({
              apiUri: DATA_API_URI,
              token: await api.mintToken({ id }),
              fetch: api.fetch,
            }),
          ),
        )
        // Each customer opens both actions once before the sequence: those instances were asked for.
        for (const client of clients) {
          for (const name of ACTIONS) await client.connection('hubspot').action(name).get()
        }
        const initial = await Promise.all(
          clients.map(async (client) => {
            const items = await instancesOf(client)
            return ACTIONS.map((name) => items.filter((item) => item.key === name).length)
          }),
        )
        const queryClient = new QueryClient({
          // The kit's read retry policy stays on (a failed reconciling read is retried), just without waiting.
          defaultOptions: { queries: { retryDelay: 1, gcTime: Infinity } },
        })
        const hooksRef: Real['hooks'] = { current: undefined }
        function Page() {
          const current: PageHooks = {
            list: useActions({ connection: 'hubspot', limit: 2 }),
            'create-contact': useActionHooks('create-contact'),
            'get-contact': useActionHooks('get-contact'),
          }
          useLayoutEffect(() => {
            hooksRef.current = current
          })
          return null
        }
        const tree = (customer: number) => (
          <ActionsProvider client={clients[customer]} queryClient={queryClient}>
            <Page />
          </ActionsProvider>
        )
        const view = render(tree(0))
        const real: Real = {
          api,
          clients,
          queryClient,
          hooks: hooksRef,
          show: (c) => view.rerender(tree(c)),
          pending: [],
        }
        const model: Model = {
          customer: 0,
          archived: CUSTOMERS.map(() => ({ 'create-contact': false, 'get-contact': false })),
          allowed: CUSTOMERS.map(() => ({ 'create-contact': 0, 'get-contact': 0 })),
        }
        try {
          await settle(real)
          await fc.asyncModelRun(() => ({ model, real }), sequence)
          await settle(real)
          api.clearFaults()
          await expectCoherent(model, real, initial)
        } finally {
          view.unmount()
          queryClient.clear()
        }
      }),
      { numRuns: RUNS, seed: SEED, verbose: 1, endOnFailure: false },
    )
    const seconds = (performance.now() - startedAt) / 1000
    console.info(`property.cache: ${RUNS} runs, seed ${SEED}, ${seconds.toFixed(1)} s`)
    // One provider swaps its client: nothing is reported (two live providers would be).
    Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', actEnvironment)
    expect(error).not.toHaveBeenCalled()
    error.mockRestore()
  }, 240_000)
})
