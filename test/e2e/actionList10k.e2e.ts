import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningServer } from './support/staticServer'
import { openBuiltStorybook } from './support/storybook'

// The 10,000-action story in Chromium on the built Storybook: keyboard only through a windowed list whose pages
// load as the focus nears the end, then a search, a selection and a run.
const storyUrl = 'iframe.html?id=components-actionlist--ten-thousand-actions&viewMode=story&globals=locale:en'
const COUNT = 10_000

describe('ActionList with 10,000 actions in Chromium', () => {
  let site: RunningServer
  let browser: Browser
  let page: Page
  const pageErrors: string[] = []

  beforeAll(async () => {
    ;({ site, browser } = await openBuiltStorybook())
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    page.on('pageerror', (error) => pageErrors.push(error.message))
  })

  afterAll(async () => {
    await browser?.close()
    await site?.close()
    expect(pageErrors).toEqual([])
  })

  const focused = () =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement
      return {
        role: element.getAttribute('role'),
        posinset: element.getAttribute('aria-posinset'),
        setsize: element.getAttribute('aria-setsize'),
        selected: element.getAttribute('aria-selected'),
        text: element.querySelector('.rai-list-option-name')?.textContent ?? '',
        ring: getComputedStyle(element).boxShadow,
        inView: (() => {
          const box = element.closest('[role="listbox"]')?.getBoundingClientRect()
          const row = element.getBoundingClientRect()
          return !!box && row.top >= box.top - 1 && row.bottom <= box.bottom + 1
        })(),
      }
    })
  const mountedRows = () => page.locator('[role="option"]').count()
  const status = () => page.locator('.rai-list-count').textContent()

  it('reaches the 10,000th action with the keyboard, loading pages as it nears the end', async () => {
    await page.goto(`${site.url}/${storyUrl}`)
    await page.getByRole('option').first().waitFor({ timeout: 30_000 })
    await page.getByRole('searchbox').focus()
    await page.keyboard.press('Tab')
    expect(await focused()).toMatchObject({ role: 'option', posinset: '1', setsize: '-1' })
    // A visible focus ring on the focused row.
    expect((await focused()).ring).not.toBe('none')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    expect(await focused()).toMatchObject({ posinset: '3', text: 'Action 2', inView: true })

    for (let loaded = 1000; loaded < COUNT; loaded += 1000) {
      await page.keyboard.press('End')
      expect(await focused()).toMatchObject({ posinset: String(loaded), inView: true })
      // Near the end of the loaded rows, the next page loads by itself.
      await page.waitForFunction(
        (next) => document.querySelector('.rai-list-count')?.textContent === `${next} actions`,
        loaded + 1000,
        { timeout: 30_000 },
      )
    }
    await page.keyboard.press('End')
    expect(await focused()).toMatchObject({
      role: 'option',
      posinset: String(COUNT),
      setsize: String(COUNT),
      text: `Action ${COUNT - 1}`,
      inView: true,
    })
    expect(await status()).toBe(`${COUNT} actions`)
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0)
    expect(await mountedRows()).toBeLessThan(80)

    await page.keyboard.press('ArrowUp')
    expect(await focused()).toMatchObject({ posinset: String(COUNT - 1), text: `Action ${COUNT - 2}` })
    await page.keyboard.press('Home')
    expect(await focused()).toMatchObject({ posinset: '1', text: 'Action 0', inView: true })
    expect(await mountedRows()).toBeLessThan(80)
  })

  it('searches, selects with the keyboard and runs the selected action', async () => {
    await page.getByRole('searchbox').fill('Action 9876')
    await page.waitForFunction(
      () =>
        document.querySelectorAll('[role="option"]').length === 1 &&
        document.querySelector('[role="option"] .rai-list-option-name')?.textContent === 'Action 9876',
      null,
      { timeout: 30_000 },
    )
    await page.getByRole('searchbox').focus()
    await page.keyboard.press('Tab')
    expect(await focused()).toMatchObject({ posinset: '1', setsize: '1', text: 'Action 9876' })
    await page.keyboard.press('Enter')
    expect(await focused()).toMatchObject({ selected: 'true' })

    const runner = page.getByRole('region', { name: 'Action 9876' })
    const note = runner.getByRole('textbox', { name: 'Note' })
    await note.waitFor({ timeout: 30_000 })
    await note.fill('from the keyboard')
    await runner.getByRole('button', { name: 'Run' }).click()
    await runner.getByText('Succeeded', { exact: false }).first().waitFor({ timeout: 30_000 })
    expect(await runner.locator('.rai-output').textContent()).toContain('from the keyboard')
  })
})
