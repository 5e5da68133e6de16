import { createContext } from 'react'
import type { FormEvent } from 'react'
import type { JsonObject } from '../types'

/** What an `ActionInputForm` offers the run button inside it. */
export interface ActionFormContextValue {
  /** Registers the function that runs with the validated input; returns the unregister function. */
  registerRunner(run: (input: JsonObject) => void): () => void
}

/** Set by `ActionInputForm`; a `RunActionButton` inside it submits the form instead of running directly. */
export const ActionFormContext = createContext<ActionFormContextValue | null>(null)

/** The event `ActionInputForm`'s `onSubmit` receives: preventing it stops the run. */
export interface ActionFormSubmitEvent {
  /** The form's submit event (already prevented by the form, which never navigates). */
  nativeEvent: FormEvent
  readonly defaultPrevented: boolean
  preventDefault(): void
}
