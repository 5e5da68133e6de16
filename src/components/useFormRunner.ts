import { useCallback, useMemo, useRef } from 'react'
import type { FormEvent } from 'react'
import type { JsonObject } from '../types'
import type { ActionFormContextValue, ActionFormSubmitEvent } from './ActionFormContext'

/**
 * Connects a form to the run button inside it: the button registers its runner, and a valid submit calls the
 * user's `onSubmit` first and then the runner, unless the user prevented it.
 */
export function useFormRunner(
  onSubmit: ((input: JsonObject, event: ActionFormSubmitEvent) => void) | undefined,
) {
  const runner = useRef<((input: JsonObject) => void) | null>(null)
  const context = useMemo<ActionFormContextValue>(
    () => ({
      registerRunner(run) {
        runner.current = run
        return () => {
          if (runner.current === run) runner.current = null
        }
      },
    }),
    [],
  )
  const handleSubmit = useCallback(
    (data: JsonObject, event: FormEvent) => {
      // rjsf has already prevented the native event, so the user gets an event of their own to prevent.
      let prevented = false
      const submitEvent: ActionFormSubmitEvent = {
        nativeEvent: event,
        get defaultPrevented() {
          return prevented
        },
        preventDefault() {
          prevented = true
        },
      }
      onSubmit?.(data, submitEvent)
      if (!prevented) runner.current?.(data)
    },
    [onSubmit],
  )
  return { context, handleSubmit }
}
