import { createContext, useContext, useSyncExternalStore } from 'react'
import type { JsonObject } from '../../../../types'

/** The form's whole input, held outside React so that a keystroke does not change a context value. */
export interface FormInputStore {
  get(): JsonObject
  set(input: JsonObject): void
  subscribe(listener: () => void): () => void
}

export function createFormInputStore(initial: JsonObject): FormInputStore {
  let input = initial
  const listeners = new Set<() => void>()
  return {
    get: () => input,
    set(next) {
      if (next === input) return
      input = next
      for (const listener of listeners) listener()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

const empty = createFormInputStore({})

/**
 * The whole input of the form, for reference parameters that refer to other fields (`$var`). A store rather than
 * a context value: a new context value on every keystroke makes React search the whole form (some 2,500
 * components for 200 fields) for its readers; with a stable store only the reference widgets subscribed to it
 * re-render.
 */
export const FormInputContext = createContext<FormInputStore>(empty)

/** The form's current input, re-rendering the caller when it changes. */
export function useFormInputValue(): JsonObject {
  const store = useContext(FormInputContext)
  return useSyncExternalStore(store.subscribe, store.get, store.get)
}
