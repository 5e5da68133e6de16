import { Suspense, useCallback, useId, useMemo, useRef, useState } from 'react'
import type { FormEvent, HTMLAttributes, ReactNode } from 'react'
import { useAction } from '../hooks/useAction'
import { useActionRuns } from '../hooks/useActionRuns'
import type { ActionSelector } from '../hooks/types'
import type { FieldError, JsonObject, JsonSchema } from '../types'
import { ActionErrorMessage } from './ActionErrorMessage'
import { ActionFormContext } from './ActionFormContext'
import type { ActionFormContextValue } from './ActionFormContext'
import { FormErrorBoundary } from './FormErrorBoundary'
import { FormSkeleton } from './FormSkeleton'
import type { ActionsLabels } from './labels/ActionsLabels'
import { useLabels } from './labels/useLabels'
import { LazySchemaForm } from './preloadActionForm'
import { useFormInput } from './useFormInput'

export { preloadActionForm } from './preloadActionForm'

/** The event `ActionInputForm`'s `onSubmit` receives: preventing it stops the run. */
export interface ActionFormSubmitEvent {
  /** The form's submit event (already prevented by the form, which never navigates). */
  nativeEvent: FormEvent
  readonly defaultPrevented: boolean
  preventDefault(): void
}

/** Props of `ActionInputForm`. */
export interface ActionInputFormProps
  extends ActionSelector, Omit<HTMLAttributes<HTMLDivElement>, 'onChange' | 'onSubmit' | 'children'> {
  /** The input, for controlled use (with `onChange`). */
  formData?: JsonObject
  /** The initial input of an uncontrolled form. Defaults to the instance's `config.defaultInput`. */
  defaultFormData?: JsonObject
  /** Called with the whole input on every change. */
  onChange?: (formData: JsonObject) => void
  /** Called with the input after it passed validation; `event.preventDefault()` stops a run button inside. */
  onSubmit?: (formData: JsonObject, event: ActionFormSubmitEvent) => void
  /** An error whose field errors (a 400's `data.errors`) are shown on the fields. Defaults to the latest run's error. */
  error?: unknown
  /** The schema to render. Defaults to the instance's `inputSchema`. */
  schema?: JsonSchema
  /** Disables every field. Defaults to `false`. */
  disabled?: boolean
  /** Overrides of the labels from `ActionsLabelsProvider`. Defaults to none. */
  labels?: Partial<ActionsLabels>
  /** Rendered at the end of the form, e.g. a `RunActionButton` (which then submits the form). */
  children?: ReactNode
}

function fieldErrorsOf(error: unknown): FieldError[] {
  if (typeof error !== 'object' || error === null || !('fieldErrors' in error)) return []
  const list = (error as { fieldErrors: unknown }).fieldErrors
  return Array.isArray(list) ? (list as FieldError[]) : []
}

const noFieldErrors: FieldError[] = []

function withoutOwnProps(props: ActionInputFormProps) {
  const {
    connection: _c,
    action: _a,
    instanceKey: _i,
    formData: _f,
    defaultFormData: _d,
    error: _e,
    ...rest
  } = props
  const { onChange: _onChange, onSubmit: _onSubmit, ...others } = rest
  return others
}

/**
 * The input form of an action, generated from its `inputSchema`. The form code (rjsf, ajv) loads lazily behind a
 * skeleton; see `preloadActionForm`. Validates before submitting and maps the API's field errors onto the fields.
 */
export function ActionInputForm(props: ActionInputFormProps) {
  const {
    connection,
    action,
    instanceKey,
    formData,
    defaultFormData,
    onChange,
    onSubmit,
    error: errorProp,
  } = props
  const {
    schema: schemaProp,
    disabled,
    labels: labelsProp,
    children,
    className,
    ...rest
  } = withoutOwnProps(props)
  const labels = useLabels(labelsProp)
  const selector = { connection, action, instanceKey }
  const query = useAction(selector)
  const runs = useActionRuns(selector)
  const instance = query.data
  const [input, setInput] = useFormInput({
    value: formData,
    defaultValue: defaultFormData,
    onChange,
    base: instance?.config.defaultInput,
    ready: instance !== undefined,
  })

  const latest = runs[0]
  const error = errorProp !== undefined ? errorProp : latest?.status === 'error' ? latest.error : undefined
  const [dismissed, setDismissed] = useState<unknown>(undefined)
  const fieldErrors = useMemo(
    () => (error !== undefined && error !== dismissed ? fieldErrorsOf(error) : noFieldErrors),
    [error, dismissed],
  )
  const handleChange = useCallback(
    (next: JsonObject, fieldId?: string) => {
      // A server error describes the input it was given; once the user edits a field, it no longer applies.
      if (fieldId !== undefined) setDismissed(error)
      setInput(next)
    },
    [error, setInput],
  )

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

  const idPrefix = `rai${useId().replace(/[^a-zA-Z0-9]/g, '')}`
  const schema = schemaProp ?? instance?.inputSchema
  const state = query.isError && !instance ? 'error' : schema ? 'ready' : 'loading'
  return (
    <div
      className={className ? `rai-input-form ${className}` : 'rai-input-form'}
      data-state={state}
      data-invalid={fieldErrors.length > 0 ? '' : undefined}
      {...rest}
    >
      {state === 'error' ? (
        <ActionErrorMessage error={query.error} labels={labelsProp}>
          <button type="button" className="rai-button" onClick={() => query.refetch()}>
            {labels.retry}
          </button>
        </ActionErrorMessage>
      ) : schema ? (
        <FormErrorBoundary
          resetKey={schema}
          fallback={() => (
            <div role="alert" className="rai-error rai-form-problem" data-problem="crash">
              <p className="rai-error-title">
                <strong>{labels.formSchemaError}</strong>
              </p>
              <p className="rai-error-message">{labels.formCrashed}</p>
            </div>
          )}
        >
          <Suspense fallback={<FormSkeleton label={labels.formLoading} />}>
            <ActionFormContext.Provider value={context}>
              <LazySchemaForm
                schema={schema}
                formData={input}
                onChange={handleChange}
                onSubmit={handleSubmit}
                fieldErrors={fieldErrors}
                labels={labels}
                title={labels.formLabel(instance?.name ?? action)}
                idPrefix={idPrefix}
                disabled={disabled}
              >
                {children}
              </LazySchemaForm>
            </ActionFormContext.Provider>
          </Suspense>
        </FormErrorBoundary>
      ) : (
        <FormSkeleton label={labels.loading} />
      )}
    </div>
  )
}
