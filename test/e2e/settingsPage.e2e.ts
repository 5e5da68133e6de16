import { copyFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectNotBlank } from './support/screenshots'
import type { RunningServer } from './support/staticServer'
import { openBuiltStorybook, root, storyPath } from './support/storybook'

const shots = join(root, 'test-results/screenshots')
// The README shows these two; each e2e run refreshes them.
const readmeShots: Record<string, string> = {
  customized: 'settings-page.png',
  'settings-page-dark': 'settings-page-dark.png',
}
const story = (id: string) => storyPath(id)

describe('the built Storybook: integration settings page', () => {
  let site: RunningServer
  let browser: Browser
  let page: Page
  const pageErrors: string[] = []

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true })
    ;({ site, browser } = await openBuiltStorybook())
  })

  afterAll(async () => {
    await browser?.close()
    await site?.close()
  })

  async function open(id = 'pages-integration-settings--default', colorScheme: 'light' | 'dark' = 'light') {
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, colorScheme })
    page.on('pageerror', (error) => pageErrors.push(error.message))
    await page.goto(`${site.url}/${story(id)}`)
    // The page's first tablist is the connected apps; a story whose play function picks an action adds a second.
    await page.getByRole('tablist').first().waitFor()
    return page
  }

  const list = () => page.getByRole('listbox', { name: 'Actions' })
  const option = (name: string) =>
    list()
      .getByRole('option')
      .filter({ has: page.locator('.rai-list-option-name', { hasText: new RegExp(`^${name}$`) }) })
  const runner = (name: string) => page.getByRole('region', { name })
  const output = (name: string) => runner(name).locator('.rai-output')
  const field = (name: string) => runner('Create contact').getByRole('textbox', { name, exact: true })

  async function shoot(name: string) {
    const file = join(shots, `${name}.png`)
    await page.screenshot({ path: file, fullPage: true })
    await expectNotBlank(page, file)
    const readmeName = readmeShots[name]
    if (readmeName) copyFileSync(file, join(root, 'stories/screenshots', readmeName))
  }

  async function expectText(locator: Locator, text: string | RegExp) {
    await expect.poll(() => locator.innerText(), { timeout: 10_000 }).toMatch(text)
  }

  it('runs the whole flow with the mouse', async () => {
    await open()
    await page.getByRole('tab', { name: 'HubSpot' }).click()
    await option('Create contact').click()
    await shoot('settings-page-light')

    // A required field left empty shows its error, on the field.
    await field('First name').fill('Ada')
    await runner('Create contact').getByRole('button', { name: 'Run', exact: true }).click()
    await expect.poll(() => field('Email').getAttribute('aria-invalid')).toBe('true')
    const describedBy = ((await field('Email').getAttribute('aria-describedby')) ?? '').split(' ')
    const descriptions = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).innerText()))
    expect(descriptions.join('\n')).toMatch(/required|must/i)
    await shoot('validation-error')

    // Fill and run: the output shows the new contact's id.
    await field('Email').fill('ada@example.com')
    await runner('Create contact').getByRole('button', { name: 'Run', exact: true }).click()
    await expectText(output('Create contact'), /ada@example\.com/)
    const createdId = /"?id"?:\s*"?([\w-]{6,})/.exec(await output('Create contact').innerText())?.[1]
    expect(createdId).toBeTruthy()
    await shoot('run-succeeded')

    // list-contacts shows that contact.
    await option('List contacts').click()
    await runner('List contacts').getByRole('button', { name: 'Run', exact: true }).click()
    await output('List contacts')
      .getByRole('button', { name: /items\[0\]/ })
      .click()
    await expectText(output('List contacts'), createdId!)
    await expectText(output('List contacts'), /ada@example\.com/)

    // Customize a default: the badge appears and the form pre-fills.
    await option('Create contact').click()
    await runner('Create contact').getByRole('button', { name: 'Customize' }).click()
    const customize = page.getByRole('dialog', { name: /Customize/ })
    await customize.getByRole('textbox', { name: 'Last name', exact: true }).fill('Lovelace')
    await customize.getByRole('button', { name: 'Save' }).click()
    await customize.waitFor({ state: 'detached' })
    await expectText(option('Create contact'), /Customized/)
    await expect.poll(() => field('Last name').inputValue()).toBe('Lovelace')
    await shoot('customized')

    // Reset: the badge and the default are gone.
    await runner('Create contact').getByRole('button', { name: 'Reset to default' }).click()
    const reset = page.getByRole('alertdialog', { name: /Reset/ })
    await expectText(reset, /Last name|1 field|default input/i)
    await reset.getByRole('button', { name: 'Reset', exact: true }).click()
    await reset.waitFor({ state: 'detached' })
    await expect.poll(() => option('Create contact').innerText()).not.toMatch(/Customized/)
    await expect.poll(() => field('Last name').inputValue()).toBe('')

    // Archive: the action leaves the list.
    await runner('Create contact').getByRole('button', { name: 'Archive' }).click()
    const archive = page.getByRole('alertdialog', { name: /Archive/ })
    await archive.getByRole('button', { name: 'Archive', exact: true }).click()
    await expect.poll(() => option('Create contact').count()).toBe(0)
    await expect.poll(() => option('List contacts').count()).toBe(1)
    expect(pageErrors).toEqual([])
    await page.close()
  })

  it('runs the same flow with the keyboard alone', async () => {
    await open()
    const focused = () =>
      page.evaluate(
        () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '',
      )
    const press = (key: string) => page.keyboard.press(key)
    const tabTo = async (match: (page: Page) => Promise<boolean>, limit = 40) => {
      for (let i = 0; i < limit; i += 1) {
        if (await match(page)) return
        await press('Tab')
      }
      throw new Error(`focus never reached the target; it is on: ${await focused()}`)
    }
    const isFocused = (locator: () => Locator) => () =>
      locator().evaluate((el) => el === document.activeElement)

    // Tabs: focus the tablist, move with arrows and back to HubSpot.
    await tabTo(isFocused(() => page.getByRole('tab', { name: 'HubSpot' })))
    await press('ArrowRight')
    await expect
      .poll(() => page.getByRole('tab', { name: 'Slack' }).getAttribute('aria-selected'))
      .toBe('true')
    await press('ArrowLeft')
    await expect
      .poll(() => page.getByRole('tab', { name: 'HubSpot' }).getAttribute('aria-selected'))
      .toBe('true')

    // Pick create-contact in the list with the keyboard.
    await tabTo(isFocused(() => list().getByRole('option').first()))
    await press('Home')
    await press('Enter')
    await expect.poll(() => option('Create contact').getAttribute('aria-selected')).toBe('true')

    // Fill and run.
    await tabTo(isFocused(() => field('Email')))
    await page.keyboard.type('grace@example.com')
    await press('Tab')
    await page.keyboard.type('Grace')
    await press('Enter')
    await expectText(output('Create contact'), /grace@example\.com/)

    // Customize by keyboard.
    await tabTo(
      isFocused(() => runner('Create contact').getByRole('button', { name: 'Customize' })),
      80,
    )
    await press('Enter')
    const customize = page.getByRole('dialog', { name: /Customize/ })
    await customize.waitFor()
    await tabTo(isFocused(() => customize.getByRole('textbox', { name: 'Last name', exact: true })))
    await page.keyboard.type('Hopper')
    await tabTo(isFocused(() => customize.getByRole('button', { name: 'Save' })))
    await press('Enter')
    await customize.waitFor({ state: 'detached' })
    await expectText(option('Create contact'), /Customized/)
    await expect.poll(() => field('Last name').inputValue()).toBe('Hopper')

    // Reset by keyboard: focus starts on Cancel, so Tab once to Reset.
    await tabTo(
      isFocused(() => runner('Create contact').getByRole('button', { name: 'Reset to default' })),
      80,
    )
    await press('Enter')
    const reset = page.getByRole('alertdialog', { name: /Reset/ })
    await reset.waitFor()
    await expect.poll(isFocused(() => reset.getByRole('button', { name: 'Cancel' }))).toBe(true)
    await tabTo(isFocused(() => reset.getByRole('button', { name: 'Reset', exact: true })))
    await press('Enter')
    await reset.waitFor({ state: 'detached' })
    await expect.poll(() => option('Create contact').innerText()).not.toMatch(/Customized/)

    // Archive by keyboard.
    await tabTo(
      isFocused(() => runner('Create contact').getByRole('button', { name: 'Archive' })),
      80,
    )
    await press('Enter')
    const archive = page.getByRole('alertdialog', { name: /Archive/ })
    await archive.waitFor()
    await tabTo(isFocused(() => archive.getByRole('button', { name: 'Archive', exact: true })))
    await press('Enter')
    await expect.poll(() => option('Create contact').count()).toBe(0)
    expect(pageErrors).toEqual([])
    await page.close()
  })

  it('renders the dark theme and the German locale', async () => {
    await open('pages-integration-settings--dark', 'dark')
    await option('Create contact').click()
    await runner('Create contact').getByRole('button', { name: 'Run', exact: true }).waitFor()
    await shoot('settings-page-dark')
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    const [r = 255, g = 255, b = 255] = background.match(/\d+/g)?.map(Number) ?? []
    expect(r + g + b).toBeLessThan(3 * 100)
    await page.close()

    await open('pages-integration-settings--german')
    await expect.poll(() => page.getByRole('listbox', { name: 'Aktionen' }).count()).toBe(1)
    await shoot('settings-page-german')
    await page.close()
  })
})
