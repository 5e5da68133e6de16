import { useContext, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { ButtonHTMLAttributes, MouseEvent } from 'react'
import type { ActionsApiError } from '../client/ActionsApiError'
import type { ActionSelector } from '../hooks/types'
import { useRunAction } from '../hooks/useRunAction'
import type { ActionRunResponse, JsonObject } from '../types'
import { ActionFormContext } from './ActionFormContext'
import type { ActionsLabels } from './labels/ActionsLabels'
import { useLabels } from './labels/useLabels'

/** Props of `RunActionButton`. */
export interface RunActionButtonProps
  extends ActionSelector, Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onError'> {
  /** The input to run with when the button is not inside an `ActionInputForm`. Defaults to `{}`. */
  input?: JsonObject
  /** Called after a successful run. */
  onRunSuccess?: (response: ActionRunResponse, input: JsonObject) => void
  /** Called after a failed run (not after a cancel). */
  onRunError?: (error: ActionsApiError, input: JsonObject) => void
  /** Overrides of the labels from `ActionsLabelsProvider`. Defaults to none. */
  labels?: Partial<ActionsLabels>
}

/**
 * Runs an action through `useRunAction`. Inside an `ActionInputForm` it submits the form, so the input is
 * validated first; elsewhere it runs with `input`. While pending it shows the elapsed time and a Cancel button,
 * and it never sends twice.
 */
export function RunActionButton(props: RunActionButtonProps) {
  const {
    connection,
    action,
    instanceKey,
    input,
    onRunSuccess,
    onRunError,
    labels: labelsProp,
    ...rest
  } = props
  const { className, onClick, disabled, children, ...buttonProps } = rest
  const labels = useLabels(labelsProp)
  const form = useContext(ActionFormContext)
  const run = useRunAction({ connection, action, instanceKey })
  const [outcome, setOutcome] = useState<'success' | 'error' | 'cancelled' | undefined>(undefined)
  const runButton = useRef<HTMLButtonElement>(null)
  const cancelButton = useRef<HTMLButtonElement>(null)
  const hadFocus = useRef(false)

  const start = (data: JsonObject) => {
    if (run.isPending) return
    hadFocus.current = document.activeElement === runButton.current
    setOutcome(undefined)
    run.mutate(data, {
      onSuccess: (response) => {
        setOutcome('success')
        onRunSuccess?.(response, data)
      },
      onError: (error) => {
        if (error.type === 'aborted') return
        setOutcome('error')
        onRunError?.(error, data)
      },
    })
  }
  const latestStart = useRef(start)
  useLayoutEffect(() => {
    latestStart.current = start
  })
  useEffect(() => form?.registerRunner((data) => latestStart.current(data)), [form])

  // The run button is disabled while pending, which drops its focus; keep keyboard users on the live control.
  const { isPending } = run
  useEffect(() => {
    if (isPending && hadFocus.current) cancelButton.current?.focus()
    if (!isPending && hadFocus.current && document.activeElement === document.body) runButton.current?.focus()
  }, [isPending])

  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    onClick?.(event)
    if (event.defaultPrevented) return
    hadFocus.current = true
    // Inside a form the native submit validates first and the form calls the registered runner.
    if (!form) start(input ?? {})
  }
  const cancel = () => {
    hadFocus.current = true
    runButton.current?.focus()
    run.cancel()
    setOutcome('cancelled')
  }

  const state = isPending ? 'pending' : outcome === 'cancelled' || outcome === undefined ? 'idle' : outcome
  const announcement =
    outcome === 'success'
      ? labels.runSucceeded
      : outcome === 'cancelled'
        ? labels.runCancelled
        : outcome === 'error' && run.error
          ? labels.errorTitle(run.error.type, run.error.status)
          : ''
  return (
    <>
      <button
        ref={runButton}
        type={form ? 'submit' : 'button'}
        className={className ? `rai-button rai-run-button ${className}` : 'rai-button rai-run-button'}
        data-variant="primary"
        data-state={state}
        disabled={disabled || isPending}
        aria-busy={isPending || undefined}
        onClick={handleClick}
        {...buttonProps}
      >
        {isPending ? labels.runPending(run.elapsedMs) : (children ?? labels.runButton)}
      </button>
      {isPending && (
        <button ref={cancelButton} type="button" className="rai-button rai-run-cancel" onClick={cancel}>
          {labels.runCancel}
        </button>
      )}
      <span role="status" className="rai-visually-hidden">
        {announcement}
      </span>
    </>
  )
}
