import { clsx } from 'clsx'
import { useContext, useEffect, useRef, useState } from 'react'
import type { ButtonHTMLAttributes, MouseEvent } from 'react'
import type { ActionsApiError } from '../../client/ActionsApiError'
import type { ActionSelector } from '../../hooks/types'
import { useRunAction } from '../../hooks/useRunAction'
import type { ActionRunResponse, JsonObject } from '../../types'
import { ActionFormContext } from './ActionFormContext'
import type { ActionsLabels } from '../labels/ActionsLabels'
import { useLabels } from '../labels/useLabels'
import { useElapsed } from './useElapsed'

/** Props of `RunActionButton`. */
export interface RunActionButtonProps
  extends ActionSelector, Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onError'> {
  /** The input to run with when the button is not inside an `ActionInputForm`. Defaults to `{}`. */
  input?: JsonObject
  /** Called after a successful run (inside a form: after the form's run succeeded). */
  onRunSuccess?: (response: ActionRunResponse, input: JsonObject) => void
  /** Called after a failed run, not after a cancel (inside a form: after the form's run failed). */
  onRunError?: (error: ActionsApiError, input: JsonObject) => void
  /** Overrides of the labels from `ActionsLabelsProvider`. Defaults to none. */
  labels?: Partial<ActionsLabels>
}

/**
 * The run button. Inside an `ActionInputForm` it is the form's submit button and presents the run the form owns
 * (pending time, Cancel); elsewhere it runs `input` with its own `useRunAction`. It never sends twice.
 */
export function RunActionButton(props: RunActionButtonProps) {
  const form = useContext(ActionFormContext)
  const { connection, action, instanceKey, input, onRunSuccess, onRunError, ...rest } = props
  // Standalone: the button owns its run. Inside a form the hook stays idle (the form owns the run).
  const own = useRunAction<JsonObject>({ connection, action, instanceKey })
  const run = form ? form.run : own
  const status = form ? form.status : own.status
  const submittedAt = form ? form.submittedAt : own.submittedAt
  const cancel = form ? form.cancel : own.cancel

  // Callbacks follow the run's result, whoever started it; each run settles once, so each fires once.
  const reported = useRef<unknown>(undefined)
  const settled = run.isSuccess ? run.data : run.isError ? run.error : undefined
  useEffect(() => {
    if (settled === undefined || reported.current === settled || run.variables === undefined) return
    reported.current = settled
    if (run.isSuccess) onRunSuccess?.(run.data, run.variables)
    else if (run.isError && run.error.type !== 'aborted') onRunError?.(run.error, run.variables)
  })

  return (
    <RunButtonView
      {...rest}
      inForm={form !== null}
      status={status}
      submittedAt={submittedAt}
      error={run.error}
      onRun={() => own.mutate(input ?? {})}
      onCancel={cancel}
    />
  )
}

interface RunButtonViewProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onError'> {
  inForm: boolean
  status: 'idle' | 'pending' | 'success' | 'error'
  submittedAt: number
  error: ActionsApiError | null
  onRun(): void
  onCancel(): void
  labels?: Partial<ActionsLabels>
}

function RunButtonView({
  inForm,
  status,
  submittedAt,
  error,
  onRun,
  onCancel,
  labels: labelsProp,
  className,
  onClick,
  disabled,
  children,
  ...buttonProps
}: RunButtonViewProps) {
  const labels = useLabels(labelsProp)
  const isPending = status === 'pending'
  const elapsedMs = useElapsed(submittedAt, isPending)
  const [cancelled, setCancelled] = useState(false)
  const runButton = useRef<HTMLButtonElement>(null)
  const cancelButton = useRef<HTMLButtonElement>(null)
  const hadFocus = useRef(false)

  // The run button is disabled while pending, which drops its focus; keep keyboard users on the live control.
  useEffect(() => {
    if (isPending && hadFocus.current) cancelButton.current?.focus()
    if (!isPending && hadFocus.current && document.activeElement === document.body) runButton.current?.focus()
  }, [isPending])

  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    onClick?.(event)
    if (event.defaultPrevented) return
    hadFocus.current = true
    setCancelled(false)
    // Inside a form the native submit validates first and the form runs.
    if (!inForm && !isPending) onRun()
  }
  const cancel = () => {
    hadFocus.current = true
    runButton.current?.focus()
    onCancel()
    setCancelled(true)
  }

  const showCancelled = cancelled && status === 'idle'
  const state = isPending ? 'pending' : status
  const announcement = showCancelled
    ? labels.runCancelled
    : status === 'success'
      ? labels.runSucceeded
      : status === 'error' && error && error.type !== 'aborted'
        ? labels.errorTitle(error.type, error.status)
        : ''
  return (
    <>
      <button
        ref={runButton}
        type={inForm ? 'submit' : 'button'}
        className={clsx('rai-button rai-run-button', className)}
        data-variant="primary"
        data-state={state}
        disabled={disabled || isPending}
        aria-busy={isPending || undefined}
        onClick={handleClick}
        {...buttonProps}
      >
        {isPending ? labels.runPending(elapsedMs) : (children ?? labels.runButton)}
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
