// The Assistant page in Chromium, by keyboard and mouse: approve, edit and approve, deny with a reason, and always
// allow (the next call of that action runs without asking).
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningServer } from './support/staticServer'
import { openBuiltStorybook } from './support/storybook'

describe('the built Storybook: assistant page', () => {
  let site: RunningServer
  let browser: Browser
  let page: Page
  const pageErrors: string[] = []

  beforeAll(async () => {
    ;({ site, browser } = await openBuiltStorybook())
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } })
    page.on('pageerror', (error) => pageErrors.push(error.message))
    await page.goto(`${site.url}/iframe.html?id=pages-assistant--default&viewMode=story`)
  })

  afterAll(async () => {
    await browser?.close()
    await site?.close()
  })

  const call = (action: string) =>
    page.getByRole('article', { name: `The assistant wants to run “${action}”` })
  const state = (locator: Locator) =>
    expect.poll(() => locator.getAttribute('data-state'), { timeout: 10_000 })
  const result = (n: number) => page.locator('.assistant-result pre').nth(n)

  it('approves the first call as the model sent it, with the keyboard', async () => {
    const send = call('Send message')
    await expect
      .poll(() => send.getByRole('textbox', { name: /Text/ }).inputValue(), { timeout: 15_000 })
      .toBe('Deploy of v2.3 finished.')
    await send.getByRole('button', { name: 'Approve' }).focus()
    await page.keyboard.press('Enter')
    await state(send).toBe('succeeded')
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toContain('wants to run “Send message”')
    const message = JSON.parse((await result(0).textContent()) ?? '') as {
      role: string
      tool_call_id: string
      content: string
    }
    expect(message).toMatchObject({ role: 'tool', tool_call_id: 'call_Qm9uZ2U2' })
    expect(JSON.parse(message.content)).toMatchObject({
      channel: 'general',
      text: 'Deploy of v2.3 finished.',
    })
  })

  it('edits the second call and approves it', async () => {
    const issue = call('Create issue')
    const title = issue.getByRole('textbox', { name: /Title/ })
    await expect.poll(() => title.inputValue(), { timeout: 10_000 }).toBe('Flaky login tset')
    await title.fill('')
    await issue.getByRole('button', { name: 'Approve' }).click()
    await expect.poll(() => title.getAttribute('aria-invalid')).toBe('true')
    await title.fill('Flaky login test')
    await issue.getByRole('button', { name: 'Approve' }).click()
    await state(issue).toBe('succeeded')
    const message = JSON.parse((await result(1).textContent()) ?? '') as {
      content: { tool_use_id: string; content: string; is_error?: boolean }[]
    }
    expect(message.content[0]?.is_error).toBeUndefined()
    expect(JSON.parse(message.content[0]?.content ?? '{}')).toMatchObject({
      title: 'Flaky login test',
      repository: 'acme/web',
    })
  })

  it('denies the third with a reason, offering no "Always allow" for a deleting action', async () => {
    const remove = call('Delete contact')
    await remove.getByRole('textbox', { name: /Contact id/ }).waitFor()
    expect(await remove.getByRole('button', { name: 'Always allow this action' }).count()).toBe(0)
    await remove.getByRole('button', { name: 'Deny' }).focus()
    await page.keyboard.press('Enter')
    await page.keyboard.type('Keep it for the demo')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await state(remove).toBe('denied')
    const message = JSON.parse((await result(2).textContent()) ?? '') as {
      isError: boolean
      content: { text: string }[]
    }
    expect(message.isError).toBe(true)
    expect(message.content[0]?.text).toContain('Keep it for the demo')
  })

  it('always allows the fourth: the next call of that action runs without asking', async () => {
    const list = call('List channels').first()
    await list.getByRole('button', { name: 'Always allow this action' }).click()
    await state(list).toBe('succeeded')
    const next = call('List channels').nth(1)
    await state(next).toBe('succeeded')
    await expect.poll(() => next.getByRole('status').innerText()).toContain('Ran without asking')
    await page.getByText('All done.').waitFor()
    const message = JSON.parse((await result(4).textContent()) ?? '') as {
      role: string
      content: { type: string; output: { type: string } }[]
    }
    expect(message).toMatchObject({
      role: 'tool',
      content: [{ type: 'tool-result', output: { type: 'json' } }],
    })
    expect(pageErrors).toEqual([])
  })
})
