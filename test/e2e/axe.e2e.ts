import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningServer } from './support/staticServer'
import { axeViolations, settle } from './support/axeInPage'
import { openBuiltStorybook, storybookEntries } from './support/storybook'
import { storyPagePool } from './support/storyPages'

// Every story of the built Storybook, checked by axe-core in Chromium (real layout and colours, so colour contrast
// counts) in the light and dark themes and in German. jsdom's axe checks stay in the unit suite for speed.
// Stories that need a server the e2e run does not start (`npm run api`).
const needsServer = new Set(['pages-live-api--connected'])
// Two pages check stories side by side (the machine has two cores); each page loads Storybook once per variant.
const pages = 2

const storyIds = storybookEntries()
  .filter((entry) => entry.type === 'story' && !needsServer.has(entry.id))
  .map((entry) => entry.id)

const variants = [
  { name: 'light', globals: 'theme:light;locale:en' },
  { name: 'dark', globals: 'theme:dark;locale:en' },
  { name: 'German', globals: 'theme:light;locale:de' },
] as const

describe('axe-core in Chromium on every story', () => {
  let site: RunningServer
  let browser: Browser
  let pool: ReturnType<typeof storyPagePool>
  const summary = new Map<string, { stories: number; violations: number }>()

  beforeAll(async () => {
    ;({ site, browser } = await openBuiltStorybook())
    pool = storyPagePool(browser, site.url, pages)
  })

  afterAll(async () => {
    for (const [variant, { stories, violations }] of summary) {
      console.log(`axe in Chromium (${variant}): ${stories} stories, ${violations} violations`)
    }
    await browser?.close()
    await site?.close()
  })

  it('finds the stories', () => {
    expect(storyIds.length).toBeGreaterThan(30)
  })

  describe.each(variants)('$name', ({ name, globals }) => {
    it.concurrent.for(storyIds)('%s', async (id, { expect }) => {
      await pool.use(async (story) => {
        // Rendered, and its play function finished without throwing.
        await story.show(id, globals)
        // Let loading states settle: no busy region and no skeleton left. A loading story stays loading; it is
        // checked as it is.
        if (!id.endsWith('--loading')) await settle(story.page, 3_000)
        // A host page puts the kit inside its main landmark under its own heading (as the jsdom story checks do);
        // the page-level rules then judge the kit, not Storybook's bare iframe.
        await story.page.evaluate(() => {
          const root = document.getElementById('storybook-root')
          if (!root || root.closest('main')) return
          const main = document.createElement('main')
          // The host's page heading and the section the kit sits in (the kit's own headings are h2 and h3).
          const heading = document.createElement('h1')
          heading.textContent = 'Host app'
          const section = document.createElement('h2')
          section.textContent = 'Integrations'
          root.before(main)
          main.append(heading, section, root)
        })
        const report = await axeViolations(story.page)
        const entry = summary.get(name) ?? { stories: 0, violations: 0 }
        summary.set(name, {
          stories: entry.stories + 1,
          violations: entry.violations + report.length,
        })
        expect(report).toEqual([])
        expect(story.errors).toEqual([])
      })
    })
  })
})
