import { act } from '@testing-library/react'
import axe from 'axe-core'

let running: Promise<unknown> = Promise.resolve()

/** How many axe checks ran in this test file, and how many violations they found. */
export const axeStats = { runs: 0, violations: 0 }

// Every test file that runs axe reports its count once, at its end.
afterAll(() => {
  if (axeStats.runs === 0) return
  const file = (expect.getState().testPath ?? '').split('/').pop()
  console.info(`axe in ${file}: ${axeStats.runs} runs, ${axeStats.violations} violations`)
})

/**
 * Runs axe-core on `container` (color-contrast off: jsdom has no layout) and fails with a readable list of
 * violations. Runs are serialized because axe refuses to run twice at once.
 */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const run = running.then(() =>
    axe.run(container, {
      rules: { 'color-contrast': { enabled: false } },
      resultTypes: ['violations'],
    }),
  )
  running = run.catch(() => undefined)
  // The page keeps living while axe reads it (a ticking timer, a request settling): let React apply those updates.
  let results: Awaited<typeof run> | undefined
  await act(async () => {
    results = await run
  })
  if (!results) throw new Error('axe returned no results')
  axeStats.runs += 1
  axeStats.violations += results.violations.length
  const report = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help}\n${violation.nodes.map((node) => `  ${node.html}`).join('\n')}`,
  )
  expect(report).toEqual([])
}
