// Timings in a real browser: each `window.bench.*` mounts one thing into a fresh root and returns milliseconds.
import Form from '@rjsf/core'
import validator from '@rjsf/validator-ajv8'
import { QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot, type Root } from 'react-dom/client'
import {
  ActionsProvider,
  actionDetailQueryOptions,
  actionListQueryOptions,
  createActionsClient,
  type ActionInstance,
  type JsonSchema,
} from 'react-action-instances'
import { ActionInputForm, ActionList, preloadActionForm } from 'react-action-instances/components'
import '../../../src/styles.css'

const connection = 'bench'
const client = createActionsClient({
  apiUri: 'http://bench.invalid',
  token: 'unused',
  fetch: () => Promise.reject(new Error('the bench page never fetches')),
})

function instance(index: number, inputSchema: JsonSchema = { type: 'object' }): ActionInstance {
  return {
    id: `instance-${index}`,
    key: `action-${index}`,
    name: `Action number ${index}`,
    type: 'create-data-record',
    state: 'READY',
    userId: 'bench',
    connectionId: 'connection',
    integrationId: 'integration',
    parentId: `parent-${index}`,
    revision: '1',
    isCustomized: index % 7 === 0,
    isOutdated: index % 11 === 0,
    inputSchema,
    outputSchema: { type: 'object' },
    config: {},
    dependencies: [],
    errors: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  }
}

export function wideSchema(fields: number): JsonSchema {
  const properties: Record<string, JsonSchema> = {}
  for (let i = 0; i < fields; i += 1) properties[`field${i}`] = { type: 'string', title: `Field ${i}` }
  return { type: 'object', properties }
}

let root: Root | undefined
const container = document.getElementById('root') as HTMLElement

function mount(node: ReactNode): number {
  root?.unmount()
  root = createRoot(container)
  const start = performance.now()
  flushSync(() => root!.render(node))
  return performance.now() - start
}

function primed(build: (queryClient: QueryClient) => void) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } })
  build(queryClient)
  return queryClient
}

function keystroke(): number {
  const input = container.querySelector('input') as HTMLInputElement
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
  const start = performance.now()
  setValue.call(input, `${input.value}a`)
  input.dispatchEvent(new Event('input', { bubbles: true }))
  return performance.now() - start
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))
// Long enough for React's scheduled work (effects, deferred renders) to finish, as between two page calls.
const settled = () => new Promise<void>((resolve) => setTimeout(resolve, 10))

type Mount = 'kitList' | 'bareList' | 'kitForm' | 'bareForm'

/**
 * Scrolls a mounted list's scroll box from top to bottom one viewport a frame, recording every long task
 * (> 50 ms) and which rows were in view (or in the DOM, for the windowed list) on the way.
 */
async function scrollThrough(box: HTMLElement, positionsOf: () => number[]) {
  const longTasks: number[] = []
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration)
  })
  observer.observe({ type: 'longtask', buffered: false })
  const reached = new Set<number>()
  const start = performance.now()
  for (;;) {
    for (const position of positionsOf()) reached.add(position)
    if (box.scrollTop + box.clientHeight >= box.scrollHeight - 1) break
    box.scrollTop += box.clientHeight
    await nextFrame()
  }
  await nextFrame()
  for (const position of positionsOf()) reached.add(position)
  const ms = performance.now() - start
  observer.disconnect()
  return { ms, reached: reached.size, longTasks: longTasks.length, maxLongTaskMs: Math.max(0, ...longTasks) }
}

const bench = {
  ready: () => preloadActionForm(),
  kitList(count: number) {
    const items = Array.from({ length: count }, (_, i) => instance(i))
    const queryClient = primed((qc) => {
      const { queryKey } = actionListQueryOptions(client, { connection, limit: count })
      qc.setQueryData(queryKey, { pages: [{ items }], pageParams: [undefined] })
    })
    return mount(
      <ActionsProvider client={client} queryClient={queryClient}>
        <ActionList connection={connection} pageSize={count} />
      </ActionsProvider>,
    )
  },
  bareList(count: number) {
    const items = Array.from({ length: count }, (_, i) => instance(i))
    return mount(
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            {item.name} <small>{item.type}</small>
          </li>
        ))}
      </ul>,
    )
  },
  kitForm(fields: number) {
    const schema = wideSchema(fields)
    const queryClient = primed((qc) => {
      qc.setQueryData(
        actionDetailQueryOptions(client, { connection, action: 'wide' }).queryKey,
        instance(0, schema),
      )
    })
    return mount(
      <ActionsProvider client={client} queryClient={queryClient}>
        <ActionInputForm connection={connection} action="wide" />
      </ActionsProvider>,
    )
  },
  bareForm(fields: number) {
    return mount(<Form schema={wideSchema(fields)} validator={validator} />)
  },
  keystroke,
  /** The mean of `times` mounts, each into a fresh root, with the page settled between them. */
  async meanMount(what: Mount, size: number, times: number) {
    let total = 0
    for (let i = 0; i < times; i += 1) {
      total += bench[what](size)
      await settled()
    }
    return total / times
  },
  /** The mean of `times` keystrokes, each the first into a freshly mounted and settled form. */
  async meanKeystroke(what: 'kitForm' | 'bareForm', fields: number, times: number) {
    let total = 0
    for (let i = 0; i < times; i += 1) {
      bench[what](fields)
      await settled()
      total += keystroke()
      await settled()
    }
    return total / times
  },
  async kitScroll(count: number) {
    bench.kitList(count)
    await nextFrame()
    const box = container.querySelector('[role="listbox"]') as HTMLElement
    return scrollThrough(box, () =>
      [...box.querySelectorAll('[role="option"]')].map((row) => Number(row.getAttribute('aria-posinset'))),
    )
  },
  async bareScroll(count: number) {
    bench.bareList(count)
    const list = container.querySelector('ul') as HTMLElement
    list.style.cssText = 'max-height: 480px; overflow: auto'
    await nextFrame()
    return scrollThrough(list, () => {
      // Every row of a bare list is in the DOM; count those in view.
      const top = list.scrollTop
      const seen: number[] = []
      for (let i = 0; i < list.children.length; i += 1) {
        const row = list.children[i] as HTMLElement
        if (row.offsetTop + row.offsetHeight >= top && row.offsetTop <= top + list.clientHeight)
          seen.push(i + 1)
      }
      return seen
    })
  },
}

declare global {
  interface Window {
    bench: typeof bench
  }
}
window.bench = bench
