import '@testing-library/jest-dom/vitest'
import { afterEach, beforeEach } from 'vitest'
import { installRenderCounter } from './support/renderCounter'

installRenderCounter()

// A test fails on any console.error or console.warn it did not expect: the kit logs nothing on expected user
// errors, and a React warning is a defect. A test that expects one spies on it (see `expectConsole`).
const guarded = ['error', 'warn'] as const
let unexpected: string[] = []
let originals: Partial<Record<(typeof guarded)[number], typeof console.error>> = {}

beforeEach(() => {
  unexpected = []
  originals = {}
  for (const method of guarded) {
    const original = console[method]
    originals[method] = original
    console[method] = (...args: unknown[]) => {
      unexpected.push(`console.${method}: ${args.map(String).join(' | ').slice(0, 300)}`)
      original.apply(console, args)
    }
  }
})

afterEach(() => {
  for (const method of guarded) if (originals[method]) console[method] = originals[method]
  const messages = unexpected
  unexpected = []
  if (messages.length > 0) throw new Error(`Unexpected console output:\n${messages.join('\n')}`)
})
