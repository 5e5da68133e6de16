// Mount and keystroke timings in real Chromium (median of several runs), each beside a bare baseline.
import { rmSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { launchChromium } from '../../test/e2e/support/browser'
import { buildPage } from '../../test/e2e/support/buildPage'
import { serveStatic } from '../../test/e2e/support/staticServer'

const RUNS = 7

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

async function medianOf(page: Page, expression: string): Promise<number> {
  await page.evaluate(expression) // warm-up: JIT, lazy chunks, styles
  const samples: number[] = []
  for (let i = 0; i < RUNS; i += 1) samples.push((await page.evaluate(expression)) as number)
  return median(samples)
}

async function keystrokeMedian(page: Page, mountExpression: string): Promise<number> {
  const samples: number[] = []
  await page.evaluate(mountExpression)
  await page.evaluate('window.bench.keystroke()')
  for (let i = 0; i < RUNS; i += 1) {
    await page.evaluate(mountExpression)
    samples.push((await page.evaluate('window.bench.keystroke()')) as number)
  }
  return median(samples)
}

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
    const figures: TimingFigure[] = []
    for (const count of [1_000, 10_000]) {
      figures.push({
        name: `mount ActionList, ${count.toLocaleString('en')} actions`,
        kitMs: await medianOf(page, `window.bench.kitList(${count})`),
        baselineName: `bare \`<ul>\` of ${count.toLocaleString('en')}`,
        baselineMs: await medianOf(page, `window.bench.bareList(${count})`),
      })
    }
    figures.push({
      name: 'mount ActionInputForm, 200 fields',
      kitMs: await medianOf(page, 'window.bench.kitForm(200)'),
      baselineName: 'bare rjsf Form, 200 fields',
      baselineMs: await medianOf(page, 'window.bench.bareForm(200)'),
    })
    figures.push({
      name: 'one keystroke, 200-field ActionInputForm',
      kitMs: await keystrokeMedian(page, 'window.bench.kitForm(200)'),
      baselineName: 'one keystroke, bare rjsf Form',
      baselineMs: await keystrokeMedian(page, 'window.bench.bareForm(200)'),
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
