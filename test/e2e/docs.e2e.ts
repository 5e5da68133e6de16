import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningServer } from './support/staticServer'
import { axeViolations, settle } from './support/axeInPage'
import { openBuiltStorybook, root, storybookEntries } from './support/storybook'

// The documentation in Storybook: the docs/*.md pages and a props table for every component, checked in Chromium.

const docsEntries = storybookEntries().filter((entry) => entry.type === 'docs')

describe('the documentation pages in Chromium', () => {
  let site: RunningServer
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    ;({ site, browser } = await openBuiltStorybook())
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
        'Docs/Typed actions (typegen)',
        'Docs/Run logs and connection health',
        'Docs/Actions as AI tools',
        'Docs/Installing',
        'Docs/Changelog',
        'Components/ActionRunner',
        'Components/ActionList',
      ]),
    )
    // Pages have no props of their own, so no autodocs page.
    expect(titles.filter((title) => title.startsWith('Pages/'))).toEqual([])
  })

  it('renders every docs/*.md file through a docs page', () => {
    const pages = readdirSync(join(root, 'stories/docs')).map((file) =>
      readFileSync(join(root, 'stories/docs', file), 'utf8'),
    )
    for (const file of readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')))
      expect(pages.some((page) => page.includes(`'../../docs/${file}?raw'`))).toBe(true)
  })

  it.each([
    ['ActionRunner', ['connection', 'action', 'onRunSuccess', 'onArchiveSuccess']],
    ['ActionList', ['connection', 'selectedAction', 'onSelectedActionChange']],
  ])('shows the props table of %s with its documented props', async (component, props) => {
    const entry = docsEntries.find((candidate) => candidate.title === `Components/${component}`)
    await page.goto(`${site.url}/iframe.html?id=${entry?.id}&viewMode=docs`)
    const table = page.locator('#storybook-docs table.docblock-argstable')
    await table.waitFor({ timeout: 20_000 })
    const text = await table.innerText()
    for (const prop of props) expect(text).toContain(prop)
  })

  it.each(docsEntries.map((entry) => [entry.title, entry.id] as const))(
    '%s has no axe violations',
    async (_title, id) => {
      const errors: string[] = []
      page.removeAllListeners('pageerror')
      page.on('pageerror', (error) => errors.push(error.message))
      await page.goto(`${site.url}/iframe.html?id=${id}&viewMode=docs`)
      await page.locator('#storybook-docs .sbdocs-content').first().waitFor({ timeout: 20_000 })
      await settle(page, 5_000)
      // The whole document, Storybook's docs chrome and props table included (the page is a `main` landmark and the
      // props table is the read-only `ArgTypes`: see stories/support/docsParameters.tsx). The stories a page shows
      // inline are judged on their own: several examples of one component on one page repeat its landmark names and
      // sit under the page's headings, which axe.e2e.ts checks per story, in a page of its own.
      const report = [
        ...(await axeViolations(page, { include: [['html']], exclude: [['.docs-story']] })),
        ...((await page.locator('.docs-story').count()) > 0
          ? await axeViolations(
              page,
              { include: [['.docs-story']] },
              { rules: { 'landmark-unique': { enabled: false }, 'heading-order': { enabled: false } } },
            )
          : []),
      ]
      expect(report).toEqual([])
      expect(errors).toEqual([])
    },
  )
})
