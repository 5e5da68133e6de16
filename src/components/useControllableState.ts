import { useCallback, useLayoutEffect, useRef, useState } from 'react'

/**
 * State that is controlled when `value` is not `undefined` and uncontrolled otherwise; `onChange` fires in both
 * cases. The setter is stable, so it can be handed to memoized children.
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onChange?: (next: T) => void,
): [T, (next: T) => void] {
  const [uncontrolled, setUncontrolled] = useState(defaultValue)
  const isControlled = value !== undefined
  const current = isControlled ? value : uncontrolled
  const latest = useRef({ current, isControlled, onChange })
  useLayoutEffect(() => {
    latest.current = { current, isControlled, onChange }
  })
  const setValue = useCallback((next: T) => {
    const { current: previous, isControlled: controlled, onChange: notify } = latest.current
    if (Object.is(previous, next)) return
    if (!controlled) setUncontrolled(next)
    notify?.(next)
  }, [])
  return [current, setValue]
}
