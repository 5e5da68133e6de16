import { createContext } from 'react'
import type { FormEvent } from 'react'
import type { ActionsApiError } from '../../client/ActionsApiError'
import type { RunActionResult } from '../../hooks/useRunAction'
import type { JsonObject } from '../../types'

/** What an `ActionInputForm` offers the run button inside it: the run it owns, to present. */
export interface ActionFormContextValue {
  /** The form's run (`useRunAction`'s mutation object); a valid submit calls `run.mutate(input)`. */
  run: RunActionResult<JsonObject, unknown>
  /** The run's state for this form's action, including a run of it still pending from before a switch. */
  status: 'idle' | 'pending' | 'success' | 'error'
  /** When the pending run started (ms since epoch), for the elapsed time. */
  submittedAt: number
  /** Aborts this action's pending run. */
  cancel(): void
  /** The latest run's error, if it failed. */
  error: ActionsApiError | null
}

/** Set by `ActionInputForm`; a `RunActionButton` inside it is its submit and cancel button. */
export const ActionFormContext = createContext<ActionFormContextValue | null>(null)

/** The event `ActionInputForm`'s `onSubmit` receives: preventing it stops the run. */
export interface ActionFormSubmitEvent {
  /** The form's submit event (already prevented by the form, which never navigates). */
  nativeEvent: FormEvent
  readonly defaultPrevented: boolean
  preventDefault(): void
}
