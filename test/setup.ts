import '@testing-library/jest-dom/vitest'
import type { EventEmitter } from 'node:events'
import { afterEach, beforeEach } from 'vitest'
import { installRenderCounter } from './support/renderCounter'

installRenderCounter()

// jsdom reports what a browser would put in its console (an uncaught error in an event handler, a browser API it
// lacks) to the process's stderr, past the guard below. Route those reports through the test's console instead,
// so an unexpected one fails the test like any console.error.
const jsdomConsole = (globalThis as { jsdom?: { virtualConsole: EventEmitter } }).jsdom?.virtualConsole
if (jsdomConsole) {
  jsdomConsole.removeAllListeners()
  jsdomConsole.on('error', () => {})
  for (const method of ['error', 'warn', 'log', 'info', 'debug'] as const) {
    jsdomConsole.on(method, (...args: unknown[]) => console[method](...args))
  }
  jsdomConsole.on('jsdomError', (error: { type?: string; message: string; cause?: unknown }) => {
    console.error(`jsdom: ${error.type === 'unhandled-exception' ? String(error.cause) : error.message}`)
  })
}
// jsdom has no canvas. axe-core asks for a 2D context to tell icon ligatures from text and reads on without one;
// answer null, as jsdom does, without its "not implemented" report. The kit itself never draws on a canvas.
if (typeof HTMLCanvasElement !== 'undefined') HTMLCanvasElement.prototype.getContext = () => null

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
