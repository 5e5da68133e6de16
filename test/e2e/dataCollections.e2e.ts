import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningServer } from './support/staticServer'
import { openBuiltStorybook, storyPath } from './support/storybook'

const story = (id: string) => storyPath(id)

describe('the built Storybook: reference fields in Chromium', () => {
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
    return page
  }

  it('finds a Slack channel of page 3 by typing part of its name, and runs send-message with it', async () => {
    await open('components-referencefields-runner--send-message')
    const channel = page.getByRole('combobox', { name: /^Channel/ })
    await channel.click()
    const listbox = page.getByRole('listbox', { name: 'Channel' })
    await expect.poll(() => listbox.getByRole('option').count()).toBe(50)
    await page.getByText('Showing 50 of more').waitFor()
    // Two pages loaded (the button, then scrolling to the end): #finance-oncall is on page 3, not among them.
    await page.getByRole('button', { name: 'Load more' }).click()
    await expect.poll(() => listbox.getByRole('option').count()).toBe(100)
    await listbox.evaluate((list) => list.scrollTo(0, list.scrollHeight))
    await expect.poll(() => listbox.getByRole('option').count()).toBe(150)
    expect(await listbox.getByRole('option', { name: 'finance-oncall' }).count()).toBe(1)
    await channel.fill('')
    await channel.pressSequentially('nce-onc')
    const option = listbox.getByRole('option', { name: 'finance-oncall' })
    await option.waitFor()
    await expect.poll(() => listbox.getByRole('option').count()).toBe(1)
    await channel.press('ArrowDown')
    await channel.press('Enter')
    await expect.poll(() => channel.inputValue()).toBe('finance-oncall')
    expect(await channel.getAttribute('aria-expanded')).toBe('false')
    await page.getByRole('textbox', { name: /^Text/ }).fill('Deploy done')
    await page.getByRole('button', { name: 'Run', exact: true }).click()
    const output = page.locator('.rai-output')
    await output.getByText('finance-oncall').first().waitFor()
    expect(await output.textContent()).toContain('Deploy done')
    expect(pageErrors).toEqual([])
  })

  it('picks a repository, then a label of it; another repository clears that label', async () => {
    await open('components-referencefields-runner--create-issue')
    const repository = page.getByRole('combobox', { name: /^Repository/ })
    const labels = page.getByRole('combobox', { name: /^Labels/ })
    await repository.waitFor()
    expect(await labels.isDisabled()).toBe(true)
    await repository.click()
    await page.getByRole('option', { name: 'acme/web' }).click()
    await expect.poll(() => repository.inputValue()).toBe('acme/web')
    await expect.poll(() => labels.isEnabled()).toBe(true)
    await labels.click()
    await page.getByRole('option', { name: 'frontend' }).click()
    await labels.press('Escape')
    const chips = page.getByRole('list', { name: 'Labels' })
    expect(await chips.textContent()).toContain('frontend')

    await repository.click()
    await page.getByRole('option', { name: 'acme/docs' }).click()
    await expect.poll(() => repository.inputValue()).toBe('acme/docs')
    await chips.waitFor({ state: 'detached' })
    await labels.click()
    await page.getByRole('option', { name: 'typo' }).waitFor()
    expect(await page.getByRole('option', { name: 'frontend' }).count()).toBe(0)
    expect(pageErrors).toEqual([])
  })
})
