import { clsx } from 'clsx'
import {
  createContext,
  forwardRef,
  useContext,
  useInsertionEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react'
import type { ComponentPropsWithoutRef, FormEvent, ReactNode } from 'react'
import Form from '@rjsf/core'
import type { IChangeEvent } from '@rjsf/core'
import type { RJSFValidationError, UiSchema } from '@rjsf/utils'
import { formValidator } from './formValidator'
import type { FieldError, JsonObject, JsonSchema } from '../../../types'
import type { ActionsLabels } from '../../labels/ActionsLabels'
import { SchemaProblem } from './SchemaProblem'
import { checkSchema } from './checkSchema'
import { dataSchemaUiSchema } from './dataSchemaUiSchema'
import {
  ArrayFieldItemButtonsTemplate,
  ArrayFieldItemTemplate,
  ArrayFieldTemplate,
  ObjectFieldTemplate,
} from './containerTemplates'
import {
  DescriptionFieldTemplate,
  ErrorListTemplate,
  FieldErrorTemplate,
  FieldTemplate,
  TitleFieldTemplate,
} from './fieldTemplates'
import type { KitData, KitFormContext, KitSchema } from './formContext'
import { toErrorSchema } from './toErrorSchema'
import { AddButton, RemoveButton } from './buttonTemplates'
import { BaseInputTemplate, CheckboxWidget, SelectWidget, TextareaWidget } from './widgets'
import { FormInputContext, createFormInputStore } from './reference/FormInputContext'
import { ReferenceWidget } from './reference/ReferenceWidget'
import { SensitiveInputWidget } from './SensitiveInputWidget'
import { useFormDataProp } from './useFormDataProp'

/** Props of the lazily loaded `SchemaForm`. */
export interface SchemaFormProps {
  schema: JsonSchema
  formData: JsonObject
  /** `fieldId` is set when a field changed, unset when rjsf derived the change itself (defaults). */
  onChange(formData: JsonObject, fieldId?: string): void
  onSubmit(formData: JsonObject, event: FormEvent): void
  /** Errors from the API (a 400's `data.errors`), shown on their fields. */
  fieldErrors: readonly FieldError[]
  labels: ActionsLabels
  /** The connection whose data collections fill reference fields. Defaults to none (they stay empty). */
  connection?: string
  /** Accessible name of the form. */
  title: string
  /** Prefix of every field id, unique per form on the page. */
  idPrefix: string
  disabled?: boolean
  className?: string
  /** Rendered at the end of the form, e.g. the run button. */
  children?: ReactNode
}

const templates = {
  FieldTemplate,
  FieldErrorTemplate,
  ErrorListTemplate,
  DescriptionFieldTemplate,
  TitleFieldTemplate,
  BaseInputTemplate,
  ObjectFieldTemplate,
  ArrayFieldTemplate,
  ArrayFieldItemTemplate,
  ArrayFieldItemButtonsTemplate,
  ButtonTemplates: { AddButton, RemoveButton },
}

const widgets = { SelectWidget, CheckboxWidget, TextareaWidget, ReferenceWidget, SensitiveInputWidget }

function localize(errors: RJSFValidationError[], labels: ActionsLabels): RJSFValidationError[] {
  return errors.map((error) => {
    const format = typeof error.params?.format === 'string' ? error.params.format : undefined
    const message =
      error.name === 'required'
        ? labels.formFieldRequired
        : format === 'email'
          ? labels.formFieldEmail
          : format === 'uri' || format === 'url'
            ? labels.formFieldUri
            : format === 'date'
              ? labels.formFieldDate
              : error.message
    const field =
      error.name === 'required' && typeof error.params?.missingProperty === 'string'
        ? error.params.missingProperty
        : (error.property ?? '').replace(/^\./, '')
    const title = error.title ?? field
    return { ...error, message, stack: title ? `${title}: ${message}` : (message ?? error.stack) }
  })
}

const FormTitle = createContext<string | undefined>(undefined)

// rjsf forwards only a fixed set of attributes to its <form>; this tag adds the accessible name. rjsf reads the
// form element through the ref (focus on the first invalid field), and React 18 hands refs only to forwardRef.
const NamedForm = forwardRef<HTMLFormElement, ComponentPropsWithoutRef<'form'>>(
  function NamedForm(props, ref) {
    return <form {...props} ref={ref} aria-label={useContext(FormTitle)} />
  },
)

// The form shows validation errors on their fields; without `onError` rjsf also logs them with console.error.
function showOnlyOnTheFields() {}

function asObject(value: unknown): JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : {}
}

/** The rjsf form with the kit's templates and widgets; loaded on demand because rjsf and ajv are large. */
export function SchemaForm(props: SchemaFormProps) {
  const { schema, formData, onChange, onSubmit, fieldErrors, labels, title, idPrefix, disabled, className } =
    props
  const { connection } = props
  const issue = useMemo(() => checkSchema(schema), [schema])
  const extraErrors = useMemo(() => toErrorSchema(fieldErrors), [fieldErrors])
  const formContext = useMemo<KitFormContext>(() => ({ labels, connection }), [labels, connection])
  const hasChildren = Boolean(props.children)
  const uiSchema = useMemo<UiSchema<KitData, KitSchema, KitFormContext>>(
    () => ({
      ...dataSchemaUiSchema(schema),
      ...(hasChildren ? {} : { 'ui:submitButtonOptions': { norender: true } }),
    }),
    [schema, hasChildren],
  )
  // Kept while the children are, so a keystroke's render leaves rjsf's props deeply equal and rjsf skips it.
  const actions = useMemo(
    () => (props.children ? <div className="rai-form-actions">{props.children}</div> : undefined),
    [props.children],
  )
  const [rjsfData, reported] = useFormDataProp(formData, [
    schema,
    extraErrors,
    formContext,
    uiSchema,
    idPrefix,
    disabled,
    className,
    actions,
  ])
  const [inputStore] = useState(() => createFormInputStore(formData))
  useLayoutEffect(() => inputStore.set(formData), [inputStore, formData])
  // rjsf's callbacks read the latest props; updated before any layout effect, so before rjsf's componentDidUpdate
  // (which may report derived defaults) runs.
  const latest = useRef({ onChange, onSubmit, labels })
  useInsertionEffect(() => {
    latest.current = { onChange, onSubmit, labels }
  })
  const handlers = useMemo(
    () => ({
      transformErrors: (errors: RJSFValidationError[]) => localize(errors, latest.current.labels),
      onChange: (event: IChangeEvent<KitData, KitSchema, KitFormContext>, fieldId?: string) => {
        const data = asObject(event.formData)
        reported(data)
        latest.current.onChange(data, fieldId)
      },
      onSubmit: (event: IChangeEvent<KitData, KitSchema, KitFormContext>, domEvent: FormEvent) =>
        latest.current.onSubmit(asObject(event.formData), domEvent),
    }),
    [reported],
  )
  // The same element while rjsf's props are the same: a keystroke re-renders this component (the parent holds the
  // input) but not rjsf's Form, which has already rendered the change from its own state. Re-rendering it would
  // also make it deep-compare all its props (the whole schema) to find that nothing changed.
  const { prop: rjsfFormData, key: rjsfKey } = rjsfData
  const form = useMemo(
    () => (
      <Form<KitData, KitSchema, KitFormContext>
        key={rjsfKey}
        schema={schema as KitSchema}
        validator={formValidator}
        formData={rjsfFormData}
        formContext={formContext}
        uiSchema={uiSchema}
        templates={templates}
        widgets={widgets}
        idPrefix={idPrefix}
        className={clsx('rai-form', className)}
        tagName={NamedForm}
        noHtml5Validate
        showErrorList="top"
        focusOnFirstError
        disabled={disabled}
        extraErrors={extraErrors}
        transformErrors={handlers.transformErrors}
        onError={showOnlyOnTheFields}
        onChange={handlers.onChange}
        onSubmit={handlers.onSubmit}
      >
        {actions}
      </Form>
    ),
    [
      rjsfKey,
      schema,
      rjsfFormData,
      formContext,
      uiSchema,
      idPrefix,
      className,
      disabled,
      extraErrors,
      handlers,
      actions,
    ],
  )
  if (issue) return <SchemaProblem issue={issue} labels={labels} />
  return (
    <FormTitle.Provider value={title}>
      <FormInputContext.Provider value={inputStore}>{form}</FormInputContext.Provider>
    </FormTitle.Provider>
  )
}
