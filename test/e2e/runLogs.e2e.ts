import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningServer } from './support/staticServer'
import { openBuiltStorybook, storyPath } from './support/storybook'

const story = (id: string) => storyPath(id)

describe('the built Storybook: run logs, replay and reconnect on the settings page', () => {
  let site: RunningServer
  let browser: Browser
  let page: Page
  const pageErrors: string[] = []

  beforeAll(async () => {
    ;({ site, browser } = await openBuiltStorybook())
  })

  afterAll(async () => {
    await browser?.close()
    await site?.close()
  })

  async function open(id: string) {
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } })
    page.on('pageerror', (error) => pageErrors.push(error.message))
    await page.goto(`${site.url}/${story(id)}`)
    await page.getByRole('tablist', { name: 'Connected apps' }).waitFor()
  }

  const runner = () => page.getByRole('region', { name: 'Create contact' })
  const field = (scope: Locator, name: string) => scope.getByRole('textbox', { name, exact: true })
  const pickCreateContact = () =>
    page
      .getByRole('listbox', { name: 'Actions' })
      .getByRole('option')
      .filter({ has: page.locator('.rai-list-option-name', { hasText: /^Create contact$/ }) })
      .click()
  const run = () => runner().getByRole('button', { name: 'Run', exact: true }).click()
  const text = (locator: Locator) => locator.innerText()

  it('runs twice (one failure), opens the history, and replays the failed run after editing a field', async () => {
    await open('pages-integration-settings--default')
    await pickCreateContact()
    await field(runner(), 'Email').fill('ada@example.com')
    await field(runner(), 'First name').fill('Ada')
    await run()
    await expect
      .poll(() => text(runner().locator('.rai-output')), { timeout: 10_000 })
      .toMatch(/ada@example\.com/)
    await run()
    await expect
      .poll(() => text(runner().locator('.rai-output')), { timeout: 10_000 })
      .toMatch(/The app rejected the action/)

    await page.getByRole('tab', { name: 'Run history' }).click()
    const history = page.getByRole('region', { name: 'Run history' })
    const entries = history.getByRole('listitem')
    await expect.poll(() => entries.count(), { timeout: 10_000 }).toBe(2)
    expect(await entries.nth(0).getAttribute('data-status')).toBe('error')
    expect(await entries.nth(1).getAttribute('data-status')).toBe('success')

    await entries.nth(0).getByRole('button', { name: 'Replay' }).click()
    const dialog = page.getByRole('dialog', { name: 'Replay “Create contact”' })
    await expect.poll(() => field(dialog, 'Email').inputValue(), { timeout: 10_000 }).toBe('ada@example.com')
    expect(await field(dialog, 'First name').inputValue()).toBe('Ada')
    await field(dialog, 'Email').fill('grace@example.com')
    await dialog.getByRole('button', { name: 'Run again' }).click()
    await dialog.waitFor({ state: 'detached', timeout: 10_000 })
    await expect.poll(() => entries.count(), { timeout: 10_000 }).toBe(3)
    expect(await entries.nth(0).getAttribute('data-status')).toBe('success')
    await entries
      .nth(0)
      .getByRole('button', { name: /^Succeeded · / })
      .click()
    await expect.poll(() => text(entries.nth(0))).toMatch(/grace@example\.com/)
    expect(pageErrors).toEqual([])
    await page.close()
  })

  it('a run on a defunct connection fails with Reconnect; after reconnecting the same input runs', async () => {
    await open('pages-integration-settings--connection-expired')
    const status = page.getByRole('region', { name: 'Connection to HubSpot' })
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 10_000 }).toBe('defunct')
    await pickCreateContact()
    await field(runner(), 'Email').fill('ada@example.com')
    await field(runner(), 'First name').fill('Ada')
    await run()
    await expect
      .poll(() => text(runner().locator('.rai-output')), { timeout: 10_000 })
      .toMatch(/The connection to the app no longer works/)
    await runner().getByRole('button', { name: 'Reconnect' }).click()
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 10_000 }).toBe('connected')
    // The form kept what was typed: run again without retyping.
    expect(await field(runner(), 'Email').inputValue()).toBe('ada@example.com')
    await run()
    await expect
      .poll(() => text(runner().locator('.rai-output')), { timeout: 10_000 })
      .toMatch(/ada@example\.com/)
    expect(await runner().getByRole('button', { name: 'Reconnect' }).count()).toBe(0)
    expect(pageErrors).toEqual([])
    await page.close()
  })
})
