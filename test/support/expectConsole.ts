import { vi } from 'vitest'

/**
 * Declares that the current test expects `console[method]` calls: they are captured (not printed, not failing
 * the test) and returned as a spy the test asserts on. Restored after the test.
 */
export function expectConsole(method: 'error' | 'warn') {
  return vi.spyOn(console, method).mockImplementation(() => {})
}
