import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectNotBlank } from './support/screenshots'
import type { RunningServer } from './support/staticServer'
import { waitUntilSettled } from './support/axeInPage'
import { openBuiltStorybook, root, storyPath } from './support/storybook'

// Display modes in Chromium on the built Storybook: forced colours (Windows high contrast), reduced motion, and
// reflow at 320 px (1280 px at 400 %) and 640 px (1280 px at 200 %) wide. Everything is judged by computed style
// and layout, so each check fails when the stylesheet's rule for that mode goes.
const shots = join(root, 'test-results/screenshots')
const story = (id: string) => storyPath(id, '&globals=theme:light;locale:en')

/** The kit's elements: everything with a `rai-` class, in the story and in dialog portals. */
const kitSelector = '[class^="rai-"], [class*=" rai-"]'

interface Outline {
  style: string
  width: number
  color: string
}

describe('display modes in Chromium', () => {
  let site: RunningServer
  let browser: Browser
  let page: Page
  const pageErrors: string[] = []

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true })
    ;({ site, browser } = await openBuiltStorybook())
    // One page for the whole file (a page load costs more than anything checked on it).
    page = await browser.newPage({ viewport: { width: 1024, height: 800 } })
    page.on('pageerror', (error) => pageErrors.push(error.message))
  })

  afterAll(async () => {
    await browser?.close()
    await site?.close()
    expect(pageErrors).toEqual([])
  })

  async function setMode(width: number, height: number, media: Parameters<Page['emulateMedia']>[0] = {}) {
    await page.setViewportSize({ width, height })
    await page.emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference', ...media })
  }

  async function open(id: string, ready: string) {
    await page.goto(`${site.url}/${story(id)}`)
    await page.locator(ready).first().waitFor({ timeout: 15_000 })
  }

  /** Waits until nothing in the kit is loading any more. */
  const settled = () => waitUntilSettled(page, 15_000)

  async function shoot(name: string, fullPage = true) {
    const file = join(shots, `${name}.png`)
    await page.screenshot({ path: file, fullPage })
    await expectNotBlank(page, file)
  }

  /** A system colour as this browser resolves it (with forced colours off for the probe itself). */
  function systemColour(name: string) {
    return page.evaluate((name) => {
      const probe = document.createElement('span')
      probe.style.cssText = `forced-color-adjust: none; color: ${name}`
      document.body.append(probe)
      const colour = getComputedStyle(probe).color
      probe.remove()
      return colour
    }, name)
  }

  function focusedOutline() {
    return page.evaluate(() => {
      const element = document.activeElement as HTMLElement
      const style = getComputedStyle(element)
      return {
        className: element.className,
        focusVisible: element.matches(':focus-visible'),
        outline: {
          style: style.outlineStyle,
          width: parseFloat(style.outlineWidth),
          color: style.outlineColor,
        },
      }
    })
  }

  function expectVisibleOutline(outline: Outline, against: string) {
    expect(outline.style).not.toBe('none')
    expect(outline.width).toBeGreaterThanOrEqual(1)
    expect(outline.color).not.toBe(against)
    expect(outline.color).not.toMatch(/rgba\(.*, 0\)$/)
  }

  describe('forced colours', () => {
    beforeAll(async () => {
      await setMode(1024, 800, { forcedColors: 'active' })
    })

    it('keyboard focus on buttons, fields and list rows draws an outline in a system colour', async () => {
      await open('components-actionrunner--default', '.rai-runner-title')
      await settled()
      expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true)
      const canvas = await systemColour('Canvas')
      // Tab through the runner's controls: buttons and text fields.
      const seen = new Set<string>()
      for (let i = 0; i < 5; i++) {
        await page.keyboard.press('Tab')
        const focused = await focusedOutline()
        expect(focused.focusVisible).toBe(true)
        expectVisibleOutline(focused.outline, canvas)
        seen.add(focused.className.split(' ')[0] ?? '')
      }
      expect([...seen]).toEqual(expect.arrayContaining(['rai-button', 'rai-input']))
      await shoot('forced-colors-runner')
    })

    it('the selected list row stands out, every badge keeps its border, a focused row has an outline', async () => {
      await open('components-actionlist--customized-and-outdated', '.rai-badge')
      const highlight = await systemColour('Highlight')
      const highlightText = await systemColour('HighlightText')
      const canvas = await systemColour('Canvas')
      expect(highlight).not.toBe(canvas)
      const option = page.getByRole('option', { name: /Create contact Create record/ })
      await option.click()
      await expect.poll(() => option.getAttribute('aria-selected')).toBe('true')
      // Moves the pointer away so no row is hovered.
      await page.mouse.move(1000, 790)
      const rows = await page.locator('.rai-list-option').evaluateAll((elements) =>
        elements.map((element) => {
          const style = getComputedStyle(element)
          return {
            selected: element.getAttribute('aria-selected') === 'true',
            background: style.backgroundColor,
            colour: style.color,
          }
        }),
      )
      const selected = rows.filter((row) => row.selected)
      expect(selected).toHaveLength(1)
      expect(selected[0]).toMatchObject({ background: highlight, colour: highlightText })
      for (const row of rows.filter((row) => !row.selected)) expect(row.background).not.toBe(highlight)
      // Everything inside the selected row is drawn in HighlightText straight on the row's Highlight.
      const inside = await page.locator('.rai-list-option[aria-selected="true"] *').evaluateAll((elements) =>
        elements.map((element) => {
          const style = getComputedStyle(element)
          return { className: element.className, colour: style.color, background: style.backgroundColor }
        }),
      )
      expect(inside.length).toBeGreaterThanOrEqual(4)
      for (const { className, colour, background } of inside) {
        expect({ className, colour, background }).toEqual({
          className,
          colour: highlightText,
          background: 'rgba(0, 0, 0, 0)',
        })
      }

      const badges = await page.locator('.rai-badge').evaluateAll((elements) =>
        elements.map((element) => {
          const style = getComputedStyle(element)
          const rowStyle = getComputedStyle(element.closest('.rai-list-option') ?? document.body)
          return {
            text: element.textContent,
            inSelectedRow: element.closest('[aria-selected="true"]') !== null,
            borderStyle: style.borderTopStyle,
            borderWidth: parseFloat(style.borderTopWidth),
            borderColour: style.borderTopColor,
            colour: style.color,
            background: style.backgroundColor,
            rowBackground: rowStyle.backgroundColor,
          }
        }),
      )
      expect(badges.length).toBeGreaterThanOrEqual(3)
      expect(badges.some((badge) => badge.inSelectedRow)).toBe(true)
      for (const badge of badges) {
        expect(badge.borderStyle, badge.text ?? '').toBe('solid')
        expect(badge.borderWidth, badge.text ?? '').toBeGreaterThanOrEqual(1)
        // The border and the text show against the badge and against the row it sits on.
        expect(badge.borderColour).not.toBe(badge.rowBackground)
        expect(badge.colour).not.toBe(badge.background)
        if (badge.inSelectedRow) expect(badge.colour).toBe(highlightText)
      }
      await shoot('forced-colors-list', false)

      // The arrow keys move focus between rows: an unselected row, then the selected one, each with an outline
      // that shows against the row's own background.
      await page.keyboard.press('ArrowDown')
      const row = await focusedOutline()
      expect(row.className).toContain('rai-list-option')
      expect(row.focusVisible).toBe(true)
      expectVisibleOutline(row.outline, canvas)
      await page.keyboard.press('ArrowUp')
      const selectedRow = await focusedOutline()
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-selected'))).toBe('true')
      expect(selectedRow.focusVisible).toBe(true)
      expectVisibleOutline(selectedRow.outline, highlight)
    })

    it('an open dialog has a visible edge and focus ring', async () => {
      await open('components-resetactiondialog--default', '[role="alertdialog"]')
      await expect
        .poll(() => page.getByRole('alertdialog').innerText(), { timeout: 10_000 })
        .toContain('(4 fields)')
      const canvasText = await systemColour('CanvasText')
      const canvas = await systemColour('Canvas')
      const edge = await page.locator('.rai-dialog').evaluate((element) => {
        const style = getComputedStyle(element)
        return ['Top', 'Right', 'Bottom', 'Left'].map((side) => ({
          style: style.getPropertyValue(`border-${side.toLowerCase()}-style`),
          width: parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)),
          color: style.getPropertyValue(`border-${side.toLowerCase()}-color`),
        }))
      })
      for (const side of edge) expect(side).toEqual({ style: 'solid', width: 1, color: canvasText })
      expect(canvasText).not.toBe(canvas)
      await page.keyboard.press('Tab')
      const focused = await focusedOutline()
      expect(focused.className).toContain('rai-button')
      expectVisibleOutline(focused.outline, canvas)
      await shoot('forced-colors-dialog', false)
    })
  })

  describe('reduced motion', () => {
    // Stories that animate: the loading skeletons, a pending run button, an open dialog.
    const moving = [
      { id: 'components-actionlist--loading', ready: '.rai-skeleton' },
      { id: 'components-actionrunner--loading', ready: '.rai-skeleton' },
      { id: 'components-actioninputform--loading', ready: '.rai-skeleton' },
    ]
    const still = [
      { id: 'components-runactionbutton--running', ready: '.rai-run-cancel' },
      { id: 'components-customizeactiondialog--default', ready: '.rai-dialog .rai-input' },
    ]

    /** What moves in the kit: running animations and transitions, and elements styled to animate. */
    function motion() {
      return page.evaluate((kitSelector) => {
        const kit = (target: unknown) => target instanceof Element && target.matches(kitSelector)
        const running = document
          .getAnimations()
          .filter((animation) => kit((animation.effect as KeyframeEffect | null)?.target))
          .map((animation) => (animation as CSSAnimation).animationName ?? 'transition')
        const seconds = (value: string) =>
          Math.max(
            ...value.split(',').map((part) => parseFloat(part) * (part.trim().endsWith('ms') ? 0.001 : 1)),
          )
        const styled: string[] = []
        for (const element of document.querySelectorAll(kitSelector)) {
          const style = getComputedStyle(element)
          const animated = style.animationName !== 'none' && seconds(style.animationDuration) > 0.01
          const transitioned = seconds(style.transitionDuration) > 0.01
          if (animated || transitioned) {
            styled.push(
              `${element.className}: ${style.animationName} ${style.animationDuration} / ${style.transitionDuration}`,
            )
          }
        }
        return { running, styled }
      }, kitSelector)
    }

    beforeAll(async () => {
      await setMode(1024, 800)
    })

    it('the loading skeletons pulse without a preference and stand still under reduce', async () => {
      for (const { id, ready } of moving) {
        await page.emulateMedia({ reducedMotion: 'no-preference' })
        await open(id, ready)
        const free = await motion()
        expect(free.running, id).toContain('rai-pulse')
        expect(free.styled.length, id).toBeGreaterThan(0)
        expect(
          await page
            .locator('.rai-skeleton')
            .first()
            .evaluate((element) => getComputedStyle(element).animationName),
        ).toBe('rai-pulse')

        // The preference changes while the page is open, as it does when a user turns animations off.
        await page.emulateMedia({ reducedMotion: 'reduce' })
        expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true)
        expect(await motion(), id).toEqual({ running: [], styled: [] })
        expect(
          await page
            .locator('.rai-skeleton')
            .first()
            .evaluate((element) => getComputedStyle(element).animationName),
        ).toBe('none')
      }
    })

    it('a pending run button and an open dialog do not move under reduce', async () => {
      await page.emulateMedia({ reducedMotion: 'reduce' })
      for (const { id, ready } of still) {
        await open(id, ready)
        expect(await motion(), id).toEqual({ running: [], styled: [] })
      }
    })
  })

  describe.each([
    { width: 320, height: 256, zoom: '400 %' },
    { width: 640, height: 512, zoom: '200 %' },
  ])('reflow at $width px wide (1280 px at $zoom)', ({ width, height }) => {
    beforeAll(async () => {
      await setMode(width, height)
    })

    /** Horizontal overflow of the page, and the kit's elements that stick out of the viewport unclipped. */
    function overflow() {
      return page.evaluate((kitSelector) => {
        const viewport = document.documentElement.clientWidth
        const outside = (rect: DOMRect) => rect.left < -0.5 || rect.right > viewport + 0.5
        const clippedInside = (element: Element) => {
          for (let parent = element.parentElement; parent; parent = parent.parentElement) {
            const overflowX = getComputedStyle(parent).overflowX
            if (overflowX !== 'visible') return !outside(parent.getBoundingClientRect())
          }
          return false
        }
        const sticking: string[] = []
        for (const element of document.querySelectorAll(`${kitSelector}, #storybook-root *`)) {
          if (element.classList.contains('rai-visually-hidden')) continue
          const rect = element.getBoundingClientRect()
          if (rect.width > 0 && (rect.width > viewport || outside(rect)) && !clippedInside(element)) {
            sticking.push(
              `${element.tagName.toLowerCase()}.${element.className} (${rect.left}–${rect.right})`,
            )
          }
        }
        return {
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: viewport,
          sticking: sticking.slice(0, 5),
        }
      }, kitSelector)
    }

    async function expectReflow(label: string) {
      const result = await overflow()
      expect(result.clientWidth, label).toBe(width)
      expect(result.scrollWidth, label).toBeLessThanOrEqual(result.clientWidth)
      expect(result.sticking, label).toEqual([])
    }

    it('the runner with its output, also with a long unbroken action name', async () => {
      await open('components-actionrunner--succeeded', '.rai-output .rai-json')
      await expectReflow('runner')
      if (width === 320) await shoot('reflow-320-runner')
      // A long action key as a title, a long value in the output: they wrap or scroll inside the kit.
      await page.evaluate(() => {
        const long = 'create_or_update_contact_with_custom_properties_and_associations'
        for (const element of document.querySelectorAll(
          '.rai-runner-title, .rai-output-title, .rai-field-label',
        )) {
          element.textContent = long
        }
      })
      await expectReflow('runner with long names')
    })

    it('the settings page, in English and German, with an action picked', async () => {
      await open('pages-integration-settings--german', '.rai-list-option')
      await expectReflow('German settings page')
      await open('pages-integration-settings--default', '.rai-list-option')
      await expectReflow('settings page')
      await page.getByRole('option', { name: /^Create contact Create record/ }).click()
      await page.locator('.rai-runner-title').waitFor()
      await settled()
      await expectReflow('settings page with the runner')
      if (width === 320) await shoot('reflow-320-settings-page')
    })

    it.each([
      { id: 'components-archiveactiondialog--default', ready: '[role="alertdialog"] .rai-dialog-actions' },
      { id: 'components-resetactiondialog--default', ready: '[role="alertdialog"] .rai-dialog-actions' },
      { id: 'components-customizeactiondialog--default', ready: '[role="dialog"] .rai-input' },
    ])('$id: the dialog fits and each of its buttons can be scrolled to', async ({ id, ready }) => {
      await open(id, ready)
      await settled()
      await expectReflow(id)
      const dialog = page.locator('.rai-dialog')
      const box = await dialog.evaluate((element) => {
        const rect = element.getBoundingClientRect()
        return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom }
      })
      expect(box.left).toBeGreaterThanOrEqual(0)
      expect(box.top).toBeGreaterThanOrEqual(0)
      expect(box.right).toBeLessThanOrEqual(width)
      expect(box.bottom).toBeLessThanOrEqual(height)
      const buttons = dialog.locator('button')
      const count = await buttons.count()
      expect(count).toBeGreaterThanOrEqual(2)
      for (let i = 0; i < count; i++) {
        const button = buttons.nth(i)
        await button.scrollIntoViewIfNeeded()
        // After scrolling (vertically), the button is inside the viewport and on top where it is drawn.
        const reachable = await button.evaluate((element) => {
          const rect = element.getBoundingClientRect()
          const x = rect.left + rect.width / 2
          const y = rect.top + rect.height / 2
          const hit = document.elementFromPoint(x, y)
          return {
            inside: rect.left >= 0 && rect.right <= innerWidth && rect.top >= 0 && rect.bottom <= innerHeight,
            onTop: hit !== null && element.contains(hit),
            label: element.textContent,
          }
        })
        expect(reachable, reachable.label ?? '').toMatchObject({ inside: true, onTop: true })
      }
      expect(await page.evaluate(() => document.documentElement.scrollLeft)).toBe(0)
      if (width === 320) await shoot(`reflow-320-${id.replace('components-', '')}`, false)
    })
  })
})
