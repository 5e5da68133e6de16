import { useEffect, useState } from 'react'

/** The value, updated only after it has stopped changing for `delayMs`. */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value)
  useEffect(() => {
    // No timer when nothing changed, so a mounted list schedules no state update of its own.
    if (delayMs <= 0 || Object.is(value, debounced)) return
    const timer = setTimeout(() => setDebounced(value), delayMs)
    return () => clearTimeout(timer)
  }, [value, delayMs, debounced])
  return delayMs <= 0 ? value : debounced
}
