import { createContext } from 'react'
import type { JsonObject } from '../types'

/** What an `ActionInputForm` offers the run button inside it. */
export interface ActionFormContextValue {
  /** Registers the function that runs with the validated input; returns the unregister function. */
  registerRunner(run: (input: JsonObject) => void): () => void
}

/** Set by `ActionInputForm`; a `RunActionButton` inside it submits the form instead of running directly. */
export const ActionFormContext = createContext<ActionFormContextValue | null>(null)
