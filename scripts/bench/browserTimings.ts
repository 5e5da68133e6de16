// Mount and keystroke timings in real Chromium (median of several runs), each beside a bare baseline.
import { rmSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { launchChromium } from '../../test/e2e/support/browser'
import { buildPage } from '../../test/e2e/support/buildPage'
import { serveStatic } from '../../test/e2e/support/staticServer'

/** Samples of the kit and of the baseline whose median is reported. */
export const RUNS = 7
/** Samples of each taken first and thrown away, so the JIT has compiled both. */
export const WARM_UP = 5
/**
 * Mounts (or keystrokes) averaged into one sample. A single 10 ms mount in this browser varies from 5 to 45 ms
 * between samples (GC, JIT tiers, the shared machine), which made a median of 7 single mounts swing a ratio
 * between 0.7 and 1.9 from run to run; the mean of 10 narrows that spread for kit and baseline alike.
 */
export const BATCH = 10

export interface ScrollFigure {
  name: string
  ms: number
  reached: number
  count: number
  longTasks: number
  maxLongTaskMs: number
}

export interface TimingFigure {
  name: string
  kitMs: number
  baselineName: string
  baselineMs: number
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

/**
 * Medians of the kit's and the baseline's samples (each the mean of `BATCH`), taken alternately after a warm-up of
 * each (JIT, lazy chunks, styles). Timing all of one then all of the other let whichever went first pay for the JIT warming up, and let
 * the load of the shared machine change between the two; alternating gives both the same conditions.
 */
async function pairedMedians(page: Page, kit: () => Promise<number>, baseline: () => Promise<number>) {
  for (let i = 0; i < WARM_UP; i += 1) {
    await kit()
    await baseline()
  }
  const kitSamples: number[] = []
  const baselineSamples: number[] = []
  for (let i = 0; i < RUNS; i += 1) {
    kitSamples.push(await kit())
    baselineSamples.push(await baseline())
  }
  return { kitMs: median(kitSamples), baselineMs: median(baselineSamples) }
}

type Mount = 'kitList' | 'bareList' | 'kitForm' | 'bareForm'

const mounts = (page: Page, what: Mount, size: number) => async () =>
  (await page.evaluate(`window.bench.meanMount('${what}', ${size}, ${BATCH})`)) as number

// The first keystroke into a freshly mounted form.
const keystrokes = (page: Page, what: 'kitForm' | 'bareForm') => async () =>
  (await page.evaluate(`window.bench.meanKeystroke('${what}', 200, ${BATCH})`)) as number

/** Builds the bench page, opens it in Chromium and measures every timing figure. */
export async function measureBrowserTimings(): Promise<{ timings: TimingFigure[]; scrolls: ScrollFigure[] }> {
  const outDir = await buildPage('scripts/bench/page')
  const site = await serveStatic(outDir)
  const browser = await launchChromium()
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(site.url)
    await page.waitForFunction('window.bench !== undefined')
    await page.evaluate('window.bench.ready()')
    // The first mount of the form renders its skeleton while React reads the preloaded chunk.
    await page.evaluate('window.bench.kitForm(200)')
    await page.waitForFunction("document.querySelector('#root input') !== null")
    const figures: TimingFigure[] = []
    for (const count of [1_000, 10_000]) {
      figures.push({
        name: `mount ActionList, ${count.toLocaleString('en')} actions`,
        baselineName: `bare \`<ul>\` of ${count.toLocaleString('en')}`,
        ...(await pairedMedians(page, mounts(page, 'kitList', count), mounts(page, 'bareList', count))),
      })
    }
    figures.push({
      name: 'mount ActionInputForm, 200 fields',
      baselineName: 'bare rjsf Form, 200 fields',
      ...(await pairedMedians(page, mounts(page, 'kitForm', 200), mounts(page, 'bareForm', 200))),
    })
    figures.push({
      name: 'one keystroke, 200-field ActionInputForm',
      baselineName: 'one keystroke, bare rjsf Form',
      ...(await pairedMedians(page, keystrokes(page, 'kitForm'), keystrokes(page, 'bareForm'))),
    })
    const scrolls: ScrollFigure[] = []
    for (const [name, expression] of [
      ['ActionList', 'window.bench.kitScroll(10000)'],
      ['bare `<ul>` (baseline)', 'window.bench.bareScroll(10000)'],
    ] as const) {
      const result = (await page.evaluate(expression)) as Omit<ScrollFigure, 'name' | 'count'>
      scrolls.push({ name, count: 10_000, ...result })
    }
    return { timings: figures, scrolls }
  } finally {
    await browser.close()
    await site.close()
    rmSync(outDir, { recursive: true, force: true })
  }
}
