import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

interface AxeViolation {
  id: string
  impact: string
  help: string
  nodes: { target: string[] }[]
}

/** Waits until the page shows no busy region and no loading skeleton; fails after `timeout` ms. */
export async function waitUntilSettled(page: Page, timeout: number): Promise<void> {
  await page.waitForFunction(
    () => !document.querySelector('[aria-busy="true"], .rai-skeleton, .rai-form-skeleton'),
    null,
    { timeout },
  )
}

/** `waitUntilSettled`, giving up quietly after `timeout` ms: the checks that follow judge whatever is on screen. */
export async function settle(page: Page, timeout: number): Promise<void> {
  await waitUntilSettled(page, timeout).catch(() => {})
}

/**
 * Runs axe-core in the page (injected once per page load) on `context` (the whole document by default) with
 * `options`, and returns each violation as one readable line: rule, impact, help and the first three offending nodes.
 */
export async function axeViolations(page: Page, context?: object, options: object = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource })
  const { violations } = (await page.evaluate(
    ([axeContext, axeOptions]) =>
      (
        window as unknown as {
          axe: { run: (context: object, options: object) => Promise<{ violations: AxeViolation[] }> }
        }
      ).axe.run(axeContext ?? document, axeOptions),
    [context, options] as const,
  )) as { violations: AxeViolation[] }
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  )
}
