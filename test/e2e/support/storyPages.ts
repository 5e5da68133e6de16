import type { Browser, Page } from 'playwright-core'

/**
 * A Chromium page that shows the built Storybook's stories one after another. The first story of a set of globals
 * loads the iframe; each next one asks Storybook's preview to render it, as Storybook's own manager does, so the
 * preview's scripts load once instead of once per story. Every story is unmounted by Storybook before the next one
 * renders, with its own reference API and query client (the decorator makes them per story).
 */
export class StoryPage {
  /** Uncaught errors in the page since the last `show`. */
  readonly errors: string[] = []
  private globals: string | undefined

  constructor(
    readonly page: Page,
    private readonly siteUrl: string,
  ) {
    page.on('pageerror', (error) => this.errors.push(error.message))
  }

  /**
   * Renders story `id` with `globals` (Storybook's `key:value;…` form) and resolves once Storybook reports it rendered
   * and its play function finished; rejects with Storybook's reason when the story or its play function threw.
   */
  async show(id: string, globals: string): Promise<void> {
    if (this.globals !== globals) {
      // No story in the address: the preview waits to be told one, as it does inside Storybook's manager.
      await this.page.goto(`${this.siteUrl}/iframe.html?viewMode=story`)
      await this.page.waitForFunction(() => '__STORYBOOK_ADDONS_CHANNEL__' in window)
      const values = Object.fromEntries(globals.split(';').map((pair) => pair.split(':')))
      await this.page.evaluate(
        `window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateGlobals', { globals: ${JSON.stringify(values)} })`,
      )
      this.globals = globals
    }
    this.errors.length = 0
    // A string, not a function: the test runner's transform would add helpers the page does not have.
    const outcome = (await this.page.evaluate(`new Promise((resolve) => {
      const channel = window.__STORYBOOK_ADDONS_CHANNEL__
      const storyId = ${JSON.stringify(id)}
      const timer = setTimeout(() => resolve('no storyRendered event within 30 s'), 30000)
      const settle = (outcome) => { clearTimeout(timer); resolve(outcome) }
      channel.on('storyRendered', (rendered) => { if (rendered === storyId) settle('rendered') })
      for (const failure of ['storyErrored', 'storyThrewException', 'playFunctionThrewException', 'storyMissing']) {
        channel.once(failure, (detail) => settle(failure + ': ' + String(detail && (detail.message || detail.description || JSON.stringify(detail)))))
      }
      channel.emit('setCurrentStory', { storyId, viewMode: 'story' })
    })`)) as string
    if (outcome !== 'rendered') throw new Error(`${id} did not render: ${outcome}`)
    await this.page.locator('#storybook-root > *').first().waitFor()
  }
}

/** At most `size` story pages, lent to concurrent tests one at a time each. */
export function storyPagePool(browser: Browser, siteUrl: string, size: number) {
  const idle: StoryPage[] = []
  const waiting: ((page: StoryPage) => void)[] = []
  let created = 0

  async function acquire(): Promise<StoryPage> {
    const page = idle.pop()
    if (page) return page
    if (created < size) {
      created += 1
      return new StoryPage(await browser.newPage({ viewport: { width: 1280, height: 900 } }), siteUrl)
    }
    return new Promise((resolve) => waiting.push(resolve))
  }

  function release(page: StoryPage) {
    const next = waiting.shift()
    if (next) next(page)
    else idle.push(page)
  }

  return {
    /** Runs `work` with a page of the pool, returning the page when `work` ends, however it ends. */
    async use<T>(work: (page: StoryPage) => Promise<T>): Promise<T> {
      const page = await acquire()
      try {
        return await work(page)
      } finally {
        release(page)
      }
    },
  }
}
