// @vitest-environment node
// Size budgets (min+gzip, esbuild), enforced exactly on every run of the suite.
import { measureSizes, type Sizes } from '../scripts/bench/size'

const KB = 1024
/**
 * Raised from 8 KB by exactly what run logs and connection health measured (8,176 B before, 9,469 B after, +1,293 B):
 * `client.act`, `client.runLogs`, `client.connection(c).get` with their shape checks, `useRunAction`'s `/act`
 * transport, the run's log written into the cached run-log lists (no refetch after a run), and
 * `useActionRunLogs` / `useActionRunLog` / `useConnection` with their options factories. The design keeps every hook
 * in the root entry, and the cache write belongs to the run mutation there.
 */
const ROOT_ENTRY_BUDGET = 8 * KB + 1293
let sizes: Sizes

beforeAll(async () => {
  sizes = await measureSizes()
}, 120_000)

describe('size budgets (min+gzip)', () => {
  it('root entry (client, provider, hooks) with peers external: at most 8 KB + 1,293 B (run logs)', () => {
    expect(sizes.rootEntry).toBeLessThanOrEqual(ROOT_ENTRY_BUDGET)
  })

  it('eager part of the components entry, with peers, rjsf and Radix external: at most 30 KB', () => {
    expect(sizes.componentsEager).toBeLessThanOrEqual(30 * KB)
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

  it("the kit's own cost in the typical app's total: at most 35 KB above the floors", () => {
    expect(sizes.kitOwnCost).toBeLessThanOrEqual(35 * KB)
  })
})
