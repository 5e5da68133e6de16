// @vitest-environment node
// Size budgets (min+gzip, esbuild), enforced exactly on every run of the suite.
import { measureSizes, type Sizes } from '../scripts/bench/size'

const KB = 1024
/**
 * 8 KB, raised by exactly what two features measured, each with the reason:
 * - data collections, +471 B: the client's `dataCollection(key).list/search` with its response check,
 *   `useDataCollection` with its options factory and debounce, and their `actionKeys`;
 * - run logs and connection health, +1,293 B (9,950 B with both): `client.act`, `client.runLogs`,
 *   `client.connection(c).get` with their shape checks, `useRunAction`'s `/act` transport, the run's log written
 *   into the cached run-log lists (no refetch after a run), and `useActionRunLogs` / `useActionRunLog` /
 *   `useConnection` with their options factories.
 * The design keeps every hook in the root entry; a host that imports only some of them tree-shakes the rest.
 */
const ROOT_ENTRY_BUDGET = 8 * KB + 471 + 1293
/**
 * 30 KB for the list (its virtualizer included), runner, dialogs and the form's eager shell, raised to 35 KB by what
 * two component families measured when they joined the entry (35,555 B with both): the tool-call approval UI
 * (`ToolCallApproval`, `useToolCalls` with the tools entry's call parsing and result messages), 3,727 B; run logs
 * and connection health (`ActionRunLog`, `ReplayRunDialog`, `ConnectionStatus`, the runner's inline Reconnect and
 * their labels in English and German), about 2.8 KB. A host that imports neither tree-shakes them away (the typical
 * app's first-paint budget below is unchanged). Then +114 B: the tool-call arguments' `pattern` checks run in RE2
 * (linear time, no catastrophic backtracking), whose engine adapter and on-demand load of re2js the approval UI
 * carries; re2js itself is loaded only when a tool's schema holds a pattern.
 */
const COMPONENTS_EAGER_BUDGET = 35 * KB + 114
let sizes: Sizes

beforeAll(async () => {
  sizes = await measureSizes()
}, 120_000)

describe('size budgets (min+gzip)', () => {
  it('root entry (client, provider, hooks) with peers external: at most 8 KB + 1,764 B (data collections, run logs)', () => {
    expect(sizes.rootEntry).toBeLessThanOrEqual(ROOT_ENTRY_BUDGET)
  })

  it('eager part of the components entry, with peers, rjsf and Radix external: at most 35 KB + 114 B', () => {
    expect(sizes.componentsEager).toBeLessThanOrEqual(COMPONENTS_EAGER_BUDGET)
  })

  it('eager part of the list, runner, form shell, dialogs and output (the virtualizer counts): at most 30 KB', () => {
    expect(sizes.coreComponentsEager).toBeLessThanOrEqual(30 * KB)
  })

  it('keeps the form engine out of the eager components code', () => {
    // The lazy chunk exists and holds the form; without the split, everything would be eager.
    expect(sizes.componentsLazy).toBeGreaterThan(0)
  })

  it('typical app (provider, ActionList, ActionRunner) at first paint: at most 60 KB', () => {
    expect(sizes.typicalAppFirstPaint).toBeLessThanOrEqual(60 * KB)
    // First paint must not contain rjsf: it is smaller than the form engine alone.
    expect(sizes.typicalAppFirstPaint).toBeLessThan(sizes.rjsfWithAjv)
  })

  it('tools entry with ajv external: at most 8 KB; with ajv and ajv-formats bundled: at most 52 KB', () => {
    expect(sizes.toolsEntry).toBeLessThanOrEqual(8 * KB)
    expect(sizes.toolsEntryWithAjv).toBeLessThanOrEqual(52 * KB)
  })

  it("the kit's own cost in the typical app's total: at most 35 KB above the floors", () => {
    expect(sizes.kitOwnCost).toBeLessThanOrEqual(35 * KB)
  })
})
