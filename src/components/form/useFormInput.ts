import { useCallback, useState } from 'react'
import type { JsonObject } from '../../types'

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Structural equality of JSON values. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v, i) => jsonEqual(v, b[i]))
  if (!isObject(a) || !isObject(b)) return false
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((key) => key in b && jsonEqual(a[key], b[key]))
}

/**
 * Moves `current` from an old default onto a new one: a value the user has not changed (still equal to the old
 * default) follows the new default, everything the user typed stays.
 */
export function rebaseInput(current: JsonObject, oldBase: JsonObject, newBase: JsonObject): JsonObject {
  const result: JsonObject = { ...current }
  for (const key of new Set([...Object.keys(oldBase), ...Object.keys(newBase)])) {
    const value = current[key]
    const before = oldBase[key]
    const after = newBase[key]
    if (jsonEqual(value, before)) {
      if (after === undefined) delete result[key]
      else result[key] = after
    } else if (isObject(value) && (isObject(before) || before === undefined) && isObject(after)) {
      result[key] = rebaseInput(value, isObject(before) ? before : {}, after)
    }
  }
  return result
}

/** Where the input of `useFormInput` comes from. */
export interface FormInputOptions {
  /** Which action the input belongs to; a new key shows that action's own draft or defaults. */
  key: string
  /** Where drafts outlive the form's switch to another action. */
  drafts: Map<string, JsonObject>
  value: JsonObject | undefined
  defaultValue: JsonObject | undefined
  onChange: ((next: JsonObject) => void) | undefined
  /** The instance's `config.defaultInput`; `undefined` while the instance loads. */
  base: JsonObject | undefined
  /** Whether the instance has loaded, so the base is known. */
  ready: boolean
}

interface InputState {
  key: string
  input: JsonObject | undefined
  base: JsonObject
}

/**
 * The form's input: controlled by `value`, or kept per action: the action's draft if the user typed one, else
 * seeded from `defaultValue` or the instance's default input. A cleared draft (a successful run, a reset) leaves
 * the form as it is and only stops the values coming back after a switch. A new instance object (refetch, setup, failed run)
 * never resets it; a changed default input (customize, reset) only moves the values the user has not touched.
 */
export function useFormInput({ key, drafts, value, defaultValue, onChange, base, ready }: FormInputOptions) {
  const seed = (): InputState => {
    const draft = drafts.get(key)
    return draft
      ? { key, input: draft, base: base ?? {} }
      : { key, input: ready ? (defaultValue ?? base ?? {}) : undefined, base: base ?? {} }
  }
  const [state, setState] = useState<InputState>(seed)
  let current = state
  if (state.key !== key) {
    // Another action: its own draft, or its defaults; never the last action's values.
    current = seed()
    setState(current)
  } else if (ready && state.input === undefined) {
    current = seed()
    setState(current)
  } else if (ready && defaultValue === undefined && !jsonEqual(state.base, base ?? {})) {
    current = { ...state, input: rebaseInput(state.input ?? {}, state.base, base ?? {}), base: base ?? {} }
    setState(current)
  }
  const setInput = useCallback(
    (next: JsonObject) => {
      if (value === undefined) drafts.set(key, next)
      setState((previous) => (previous.key === key ? { ...previous, input: next } : previous))
      onChange?.(next)
    },
    [onChange, drafts, key, value],
  )
  return [value ?? current.input ?? {}, setInput] as const
}
