import { clsx } from 'clsx'
import { Suspense, useCallback, useId, useMemo, useState } from 'react'
import type { FormEvent, HTMLAttributes, ReactNode } from 'react'
import type { ActionsApiError } from '../../client/ActionsApiError'
import { useActionsContext } from '../../hooks/ActionsContext'
import { useAction } from '../../hooks/useAction'
import { useActionRuns } from '../../hooks/useActionRuns'
import { useRunAction } from '../../hooks/useRunAction'
import type { ActionInputOf, ActionOutputOf } from '../../hooks/actionRegistry'
import type { ActionSelector } from '../../hooks/types'
import type { ActionRunResponse, JsonObject, JsonSchema } from '../../types'
import { actionDrafts, draftKey } from './actionDrafts'
import { ActionErrorMessage } from '../output/ActionErrorMessage'
import { ActionFormContext } from './ActionFormContext'
import type { ActionFormContextValue, ActionFormSubmitEvent } from './ActionFormContext'
import { FormErrorBoundary } from './FormErrorBoundary'
import { FormSkeleton } from './FormSkeleton'
import { defaultInputOf, inputSchemaOf } from '../internal/instanceFields'
import type { ActionsLabels } from '../labels/ActionsLabels'
import { useLabels } from '../labels/useLabels'
import { LazySchemaForm, reloadFormIfFailed } from './preloadActionForm'
import type { SchemaFormProps } from './theme/SchemaForm'
import { useFormInput } from './useFormInput'
import type { FormInputOptions } from './useFormInput'
import { useServerFieldErrors } from './useServerFieldErrors'
import { withLabels } from '../labels/withLabels'

export { preloadActionForm } from './preloadActionForm'
export type { ActionFormSubmitEvent } from './ActionFormContext'

/**
 * Props of `ActionInputForm`. When `connection` and `action` are literal keys of `ActionRegistry`, the input that
 * passed validation (`onSubmit`, the run callbacks) and the run's output get the action's types.
 */
export interface ActionInputFormProps<C extends string = string, A extends string = string>
  extends ActionSelector, Omit<HTMLAttributes<HTMLDivElement>, 'onChange' | 'onSubmit' | 'children'> {
  connection: C
  action: A
  /** The input, for controlled use (with `onChange`). */
  formData?: JsonObject
  /** The initial input of an uncontrolled form. Defaults to the action's draft, else the instance's `config.defaultInput`. */
  defaultFormData?: JsonObject
  /** Called with the whole input on every change. */
  onChange?: (formData: JsonObject) => void
  /** Called with the input after it passed validation; `event.preventDefault()` stops the run. */
  onSubmit?: (formData: ActionInputOf<C, A>, event: ActionFormSubmitEvent) => void
  /** Called after a successful run of this form. */
  onRunSuccess?: (response: ActionRunResponse<ActionOutputOf<C, A>>, input: ActionInputOf<C, A>) => void
  /** Called after a failed run of this form (not after a cancel). */
  onRunError?: (error: ActionsApiError, input: ActionInputOf<C, A>) => void
  /** An error whose field errors (a 400's `data.errors`) are shown on the fields. Defaults to the form's run error. */
  error?: unknown
  /** The schema to render. Defaults to the instance's `inputSchema` (none: a form with no fields). */
  schema?: JsonSchema
  /** Disables every field. Defaults to `false`. */
  disabled?: boolean
  /** Overrides of the labels from `ActionsLabelsProvider`. Defaults to none. */
  labels?: Partial<ActionsLabels>
  /** Rendered at the end of the form, e.g. a `RunActionButton` (which then submits the form). */
  children?: ReactNode
}

/**
 * The input form of an action, generated from its `inputSchema`, and the owner of the action's run: a valid submit
 * runs it with `useRunAction`, and a `RunActionButton` inside presents that run. The form code (rjsf, ajv) loads
 * lazily behind a skeleton; see `preloadActionForm`. What the customer typed is kept per action for the page's
 * life, so an un-keyed form switched to another action and back finds it again.
 */
export function ActionInputForm<C extends string, A extends string>(props: ActionInputFormProps<C, A>) {
  const {
    connection,
    action,
    instanceKey,
    formData,
    defaultFormData,
    onChange,
    onSubmit,
    onRunSuccess,
    onRunError,
    error: errorProp,
    schema: schemaProp,
    disabled,
    labels: labelsProp,
    children,
    className,
    ...rest
  } = props
  const labels = useLabels(labelsProp)
  // A form mounted after a failed load of the form code tries to load it again.
  useState(reloadFormIfFailed)
  // Untyped inside: only the callbacks carry the registry's types.
  const selector: ActionSelector = { connection, action, instanceKey }
  const key = draftKey(selector)
  const { queryClient } = useActionsContext('ActionInputForm')
  const drafts = actionDrafts(queryClient)
  const query = useAction(selector)
  const runs = useActionRuns(selector)
  const instance = query.data
  // The input passed the action's schema, which is what the registry's types describe.
  const run = useRunAction<JsonObject>(selector, {
    // Options of the run as it started: a run finishing after a switch still clears its own action's draft.
    onSuccess: (response, input) => {
      drafts.delete(key)
      onRunSuccess?.(response as ActionRunResponse<ActionOutputOf<C, A>>, input as ActionInputOf<C, A>)
    },
    onError: (error, input) => {
      if (error.type !== 'aborted') onRunError?.(error, input as ActionInputOf<C, A>)
    },
  })
  // A run of this action still pending from before a switch belongs to it: show it, and let Cancel stop it.
  const pendingRun = runs.find((entry) => entry.status === 'pending')
  const isPending = run.isPending || pendingRun !== undefined
  const runError = run.error ?? null
  const error = errorProp !== undefined ? errorProp : (runError ?? undefined)
  const [fieldErrors, dismissFieldErrors] = useServerFieldErrors(error)
  const { mutate, cancel } = run
  const handleSubmit = (data: JsonObject, event: FormEvent) => {
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
    onSubmit?.(data as ActionInputOf<C, A>, submitEvent)
    if (!prevented && !isPending) mutate(data)
  }
  const status = isPending ? 'pending' : run.status
  const submittedAt = run.isPending ? run.submittedAt : (pendingRun?.startedAt ?? run.submittedAt)
  // useRunAction's result is a new object on every render; the context keeps the last one while the run's state is
  // the same (every other field derives from these), or each keystroke would make React search the whole form for
  // the context's readers.
  const context = useMemo<ActionFormContextValue>(
    () => ({ run, status, submittedAt, cancel, error: runError }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [
      run.status,
      run.data,
      run.error,
      run.variables,
      run.context,
      run.failureCount,
      run.failureReason,
      run.isPaused,
      run.submittedAt,
      run.mutate,
      run.reset,
      status,
      submittedAt,
      cancel,
      runError,
    ],
  )

  const idPrefix = `rai${useId().replace(/[^a-zA-Z0-9]/g, '')}`
  const schema = schemaProp ?? (instance ? inputSchemaOf(instance) : undefined)
  const state = query.isError && !instance ? 'error' : schema ? 'ready' : 'loading'
  return withLabels(
    labelsProp,
    <div
      className={clsx('rai-input-form', className)}
      data-state={state}
      data-invalid={fieldErrors.length > 0 ? '' : undefined}
      {...rest}
    >
      {state === 'error' ? (
        <ActionErrorMessage error={query.error}>
          <button type="button" className="rai-button" onClick={() => query.refetch()}>
            {labels.retry}
          </button>
        </ActionErrorMessage>
      ) : schema ? (
        <FormErrorBoundary
          resetKey={schema}
          fallback={(_error, retry) => (
            <div role="alert" className="rai-error rai-form-problem" data-problem="crash">
              <p className="rai-error-title">
                <strong>{labels.formSchemaError}</strong>
              </p>
              <p className="rai-error-message">{labels.formCrashed}</p>
              <button
                type="button"
                className="rai-button"
                onClick={() => {
                  reloadFormIfFailed()
                  retry()
                }}
              >
                {labels.formTryAgain}
              </button>
            </div>
          )}
        >
          <Suspense fallback={<FormSkeleton label={labels.formLoading} />}>
            <ActionFormContext.Provider value={context}>
              <FormFields
                // rjsf keeps state of its own: another action gets a fresh form, never the last one's values.
                key={key}
                input={{
                  key,
                  drafts,
                  value: formData,
                  defaultValue: defaultFormData,
                  onChange,
                  base: defaultInputOf(instance),
                  ready: instance !== undefined,
                }}
                onFieldChange={dismissFieldErrors}
                schema={schema}
                onSubmit={handleSubmit}
                fieldErrors={fieldErrors}
                labels={labels}
                connection={connection}
                title={labels.formLabel(instance?.name ?? action)}
                idPrefix={idPrefix}
                disabled={disabled}
              >
                {children}
              </FormFields>
            </ActionFormContext.Provider>
          </Suspense>
        </FormErrorBoundary>
      ) : (
        <FormSkeleton label={labels.loading} />
      )}
    </div>,
  )
}

/** Props of `FormFields`: where the input comes from (see `useFormInput`) and what the schema form shows. */
interface FormFieldsProps extends Omit<SchemaFormProps, 'formData' | 'onChange'> {
  input: FormInputOptions
  /** Called when the user changed a field (not when rjsf derived a change itself). */
  onFieldChange(): void
}

/**
 * The schema form and the input it edits. The input is state of this component, not of `ActionInputForm`, so a
 * keystroke renders only this and the form, never the queries and the run of the form's owner.
 */
function FormFields({ input: inputOptions, onFieldChange, ...props }: FormFieldsProps) {
  const [input, setInput] = useFormInput(inputOptions)
  const handleChange = useCallback(
    (next: JsonObject, fieldId?: string) => {
      if (fieldId !== undefined) onFieldChange()
      setInput(next)
    },
    [onFieldChange, setInput],
  )
  return <LazySchemaForm {...props} formData={input} onChange={handleChange} />
}
