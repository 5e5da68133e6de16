import { createRequire } from 'node:module'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './support/browser'
import { serveStatic, type RunningServer } from './support/staticServer'

// The documentation in Storybook: the docs/*.md pages and a props table for every component, checked in Chromium.
const root = fileURLToPath(new URL('../..', import.meta.url))
const staticDir = join(root, 'storybook-static')
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

interface IndexEntry {
  id: string
  type: string
  title: string
}
const docsEntries: IndexEntry[] = existsSync(join(staticDir, 'index.json'))
  ? Object.values(
      (
        JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8')) as {
          entries: Record<string, IndexEntry>
        }
      ).entries,
    ).filter((entry) => entry.type === 'docs')
  : []

interface AxeResults {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[]
}

describe('the documentation pages in Chromium', () => {
  let site: RunningServer
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    if (!existsSync(join(staticDir, 'iframe.html'))) {
      throw new Error('storybook-static is missing: run `npm run build-storybook` (npm run test:e2e does).')
    }
    site = await serveStatic(staticDir)
    browser = await launchChromium()
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  })

  afterAll(async () => {
    await browser?.close()
    await site?.close()
  })

  it('has a page for every docs/*.md file and a props page for every component', () => {
    const titles = docsEntries.map((entry) => entry.title)
    expect(titles).toEqual(
      expect.arrayContaining([
        'Docs/Hooks and the client',
        'Docs/Components',
        'Docs/The reference API',
        'Docs/Reliability and security',
        'Docs/Performance',
        'Docs/Data collections',
        'Components/ActionRunner',
        'Components/ActionList',
      ]),
    )
    // Pages have no props of their own, so no autodocs page.
    expect(titles.filter((title) => title.startsWith('Pages/'))).toEqual([])
  })

  it('shows the props table of ActionRunner with its documented props', async () => {
    const entry = docsEntries.find((candidate) => candidate.title === 'Components/ActionRunner')
    await page.goto(`${site.url}/iframe.html?id=${entry?.id}&viewMode=docs`)
    const table = page.locator('#storybook-docs table.docblock-argstable')
    await table.waitFor({ timeout: 20_000 })
    const text = await table.innerText()
    for (const prop of ['connection', 'action', 'onRunSuccess', 'onArchiveSuccess'])
      expect(text).toContain(prop)
  })

  it.each(docsEntries.map((entry) => [entry.title, entry.id] as const))(
    '%s has no axe violations in its content',
    async (_title, id) => {
      const errors: string[] = []
      page.removeAllListeners('pageerror')
      page.on('pageerror', (error) => errors.push(error.message))
      await page.goto(`${site.url}/iframe.html?id=${id}&viewMode=docs`)
      await page.locator('#storybook-docs .sbdocs-content').first().waitFor({ timeout: 20_000 })
      await page
        .waitForFunction(
          () => !document.querySelector('[aria-busy="true"], .rai-skeleton, .rai-form-skeleton'),
          null,
          {
            timeout: 5_000,
          },
        )
        .catch(() => {})
      await page.addScriptTag({ content: axeSource })
      // The stories a docs page shows inline are checked one by one, in their host page, by axe.e2e.ts (on one docs
      // page several stories repeat the same landmarks); the props table and its controls are Storybook's own
      // chrome. What is judged here is the documentation itself: the prose, headings, lists, tables and code.
      const results = (await page.evaluate(() =>
        (window as unknown as { axe: { run: (context: object) => Promise<unknown> } }).axe.run({
          include: [['#storybook-docs']],
          exclude: [['.docs-story'], ['.docblock-argstable']],
        }),
      )) as AxeResults
      const report = results.violations.map(
        (violation) =>
          `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
            .slice(0, 3)
            .map((node) => node.target.join(' '))
            .join(', ')}`,
      )
      expect(report).toEqual([])
      expect(errors).toEqual([])
    },
  )
})
