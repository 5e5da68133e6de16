import { errorId } from '@rjsf/utils'
import type {
  DescriptionFieldProps,
  ErrorListProps,
  FieldErrorProps,
  FieldTemplateProps,
  TitleFieldProps,
} from '@rjsf/utils'

import { safeId } from './formContext'
import type { KitData, KitFormContext, KitSchema } from './formContext'

function isContainer(schema: KitSchema, uiSchema: FieldTemplateProps['uiSchema']) {
  // An array with a widget of its own (a multi-select) is one field with one label.
  if (schema.type === 'array' && uiSchema?.['ui:widget'] !== undefined) return false
  return schema.type === 'object' || schema.type === 'array' || schema.properties !== undefined
}

/** One field: a visible `<label for>`, the description, the widget and its errors. Containers bring their legend. */
export function FieldTemplate(props: FieldTemplateProps<KitData, KitSchema, KitFormContext>) {
  const { id, children, errors, help, description, hidden, rawErrors, schema, rawDescription, fieldPathId } =
    props
  const { labels } = props.registry.formContext
  const index = fieldPathId.path.at(-1)
  // rjsf names list items "<list title>-<n>"; say it in the kit's words, and items are never "required".
  const isItem = typeof index === 'number'
  const label = isItem ? labels.formItemLabel(props.label.replace(/-\d+$/, ''), index) : props.label
  const required = !isItem && props.required
  if (hidden) return <div hidden>{children}</div>
  if (isContainer(schema, props.uiSchema))
    return (
      <div className="rai-field" data-container="">
        {children}
        {errors}
      </div>
    )
  return (
    <div className="rai-field" data-invalid={rawErrors?.length ? '' : undefined}>
      <label htmlFor={id} className="rai-field-label">
        {label}
        {required && (
          <span className="rai-field-required" aria-hidden="true">
            {' *'}
          </span>
        )}
      </label>
      {rawDescription ? description : null}
      {children}
      {errors}
      {help}
    </div>
  )
}

/** The messages of one field, under the id its input's `aria-describedby` points at. */
export function FieldErrorTemplate({
  errors = [],
  fieldPathId,
}: FieldErrorProps<KitData, KitSchema, KitFormContext>) {
  const messages = errors.filter(Boolean)
  if (messages.length === 0) return null
  return (
    <ul id={safeId(errorId(fieldPathId))} className="rai-field-errors">
      {messages.map((message, index) => (
        <li key={index}>{message}</li>
      ))}
    </ul>
  )
}

/** The summary announced after a submit attempt with invalid fields. */
export function ErrorListTemplate({ errors, registry }: ErrorListProps<KitData, KitSchema, KitFormContext>) {
  const { labels } = registry.formContext
  return (
    <div role="alert" className="rai-form-errors">
      <p className="rai-form-errors-title">{labels.formErrorSummary(errors.length)}</p>
      <ul>
        {errors.map((error, index) => (
          <li key={index}>{error.stack}</li>
        ))}
      </ul>
    </div>
  )
}

/** A field's description, always as text. */
export function DescriptionFieldTemplate({
  id,
  description,
}: DescriptionFieldProps<KitData, KitSchema, KitFormContext>) {
  if (!description) return null
  return (
    <p id={safeId(id)} className="rai-field-description">
      {description}
    </p>
  )
}

/** The title of an object: its legend is rendered by the object template, so this renders plain text. */
export function TitleFieldTemplate({ id, title }: TitleFieldProps<KitData, KitSchema, KitFormContext>) {
  return (
    <span id={id} className="rai-field-title">
      {title}
    </span>
  )
}
