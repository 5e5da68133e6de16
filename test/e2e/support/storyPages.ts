import type { Browser, Page } from 'playwright-core'

/** The pages' size in the accessibility checks. */
const VIEWPORT = { viewport: { width: 1280, height: 900 } }

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
      const listeners = {
        storyRendered: (rendered) => { if (rendered === storyId) settle('rendered') },
      }
      for (const failure of ['storyErrored', 'storyThrewException', 'playFunctionThrewException', 'storyMissing']) {
        listeners[failure] = (detail) =>
          settle(failure + ': ' + String(detail && (detail.message || detail.description || JSON.stringify(detail))))
      }
      const timer = setTimeout(() => settle('no storyRendered event within 30 s'), 30000)
      function settle(outcome) {
        clearTimeout(timer)
        for (const [event, listener] of Object.entries(listeners)) channel.off(event, listener)
        resolve(outcome)
      }
      for (const [event, listener] of Object.entries(listeners)) channel.on(event, listener)
      channel.emit('setCurrentStory', { storyId, viewMode: 'story' })
    })`)) as string
    if (outcome !== 'rendered') throw new Error(`${id} did not render: ${outcome}`)
    await this.page.locator('#storybook-root > *').first().waitFor()
  }
}

/** At most `size` items made by `create` (Chromium pages), lent to concurrent tests one at a time each. */
function pool<T>(create: () => Promise<T>, size: number) {
  const idle: T[] = []
  const waiting: ((item: T) => void)[] = []
  let created = 0

  async function acquire(): Promise<T> {
    const item = idle.pop()
    if (item) return item
    if (created < size) {
      created += 1
      return create()
    }
    return new Promise((resolve) => waiting.push(resolve))
  }

  function release(item: T) {
    const next = waiting.shift()
    if (next) next(item)
    else idle.push(item)
  }

  return {
    /** Runs `work` with an item of the pool, returning the item when `work` ends, however it ends. */
    async use<R>(work: (item: T) => Promise<R>): Promise<R> {
      const item = await acquire()
      try {
        return await work(item)
      } finally {
        release(item)
      }
    },
  }
}

/** At most `size` story pages of the built Storybook at `siteUrl`, lent to concurrent tests. */
export const storyPagePool = (browser: Browser, siteUrl: string, size: number) =>
  pool(async () => new StoryPage(await browser.newPage(VIEWPORT), siteUrl), size)
