import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningServer } from './support/staticServer'
import { axeViolations, settle } from './support/axeInPage'
import { openBuiltStorybook, storybookEntries } from './support/storybook'

// Every story of the built Storybook, checked by axe-core in Chromium (real layout and colours, so colour contrast
// counts) in the light and dark themes and in German. jsdom's axe checks stay in the unit suite for speed.
// Stories that need a server the e2e run does not start (`npm run api`).
const needsServer = new Set(['pages-live-api--connected'])

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
  let page: Page
  const summary = new Map<string, { stories: number; violations: number }>()

  beforeAll(async () => {
    ;({ site, browser } = await openBuiltStorybook())
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
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
    it.each(storyIds)('%s', async (id) => {
      const errors: string[] = []
      page.removeAllListeners('pageerror')
      page.on('pageerror', (error) => errors.push(error.message))
      await page.goto(`${site.url}/iframe.html?id=${id}&viewMode=story&globals=${globals}`)
      await page.locator('#storybook-root > *').first().waitFor()
      // Let loading states settle: no busy region and no skeleton left (bounded by the wait's timeout).
      await settle(page, 3_000)
      // A host page puts the kit inside its main landmark under its own heading (as the jsdom story checks do);
      // the page-level rules then judge the kit, not Storybook's bare iframe.
      await page.evaluate(() => {
        const story = document.getElementById('storybook-root')
        if (!story || story.closest('main')) return
        const main = document.createElement('main')
        // The host's page heading and the section the kit sits in (the kit's own headings are h2 and h3).
        const heading = document.createElement('h1')
        heading.textContent = 'Host app'
        const section = document.createElement('h2')
        section.textContent = 'Integrations'
        story.before(main)
        main.append(heading, section, story)
      })
      const report = await axeViolations(page)
      const entry = summary.get(name) ?? { stories: 0, violations: 0 }
      summary.set(name, {
        stories: entry.stories + 1,
        violations: entry.violations + report.length,
      })
      expect(report).toEqual([])
      expect(errors).toEqual([])
    })
  })
})
