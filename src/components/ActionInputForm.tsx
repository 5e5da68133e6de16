import { Suspense, useCallback, useId } from 'react'
import type { HTMLAttributes, ReactNode } from 'react'
import { useAction } from '../hooks/useAction'
import { useActionRuns } from '../hooks/useActionRuns'
import type { ActionSelector } from '../hooks/types'
import type { JsonObject, JsonSchema } from '../types'
import { ActionErrorMessage } from './ActionErrorMessage'
import { ActionFormContext } from './ActionFormContext'
import type { ActionFormSubmitEvent } from './ActionFormContext'
import { FormErrorBoundary } from './FormErrorBoundary'
import { FormSkeleton } from './FormSkeleton'
import type { ActionsLabels } from './labels/ActionsLabels'
import { useLabels } from './labels/useLabels'
import { LazySchemaForm } from './preloadActionForm'
import { useFormInput } from './useFormInput'
import { useFormRunner } from './useFormRunner'
import { useServerFieldErrors } from './useServerFieldErrors'

export { preloadActionForm } from './preloadActionForm'
export type { ActionFormSubmitEvent } from './ActionFormContext'

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
    schema: schemaProp,
    disabled,
    labels: labelsProp,
    children,
    className,
    ...rest
  } = props
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
  const [fieldErrors, dismissFieldErrors] = useServerFieldErrors(error)
  const handleChange = useCallback(
    (next: JsonObject, fieldId?: string) => {
      if (fieldId !== undefined) dismissFieldErrors()
      setInput(next)
    },
    [dismissFieldErrors, setInput],
  )
  const { context, handleSubmit } = useFormRunner(onSubmit)

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
