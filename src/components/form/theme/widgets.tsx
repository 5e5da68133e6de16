import { enumOptionsIndexForValue, enumOptionsValueForIndex, getInputProps } from '@rjsf/utils'
import type { BaseInputTemplateProps, WidgetProps } from '@rjsf/utils'
import type { ChangeEvent } from 'react'

import { describedBy } from './formContext'
import type { KitData, KitFormContext, KitSchema } from './formContext'

type Widget = WidgetProps<KitData, KitSchema, KitFormContext>

function a11y({ id, schema, rawErrors, required, options }: Widget) {
  const hasDescription = Boolean(options.description ?? schema.description)
  return {
    'aria-invalid': rawErrors?.length ? true : undefined,
    'aria-describedby': describedBy(id, hasDescription, rawErrors),
    'aria-required': required || undefined,
  }
}

/** Every `<input>`-based widget (text, email, url, date, number): value handling plus the a11y attributes. */
export function BaseInputTemplate(props: BaseInputTemplateProps<KitData, KitSchema, KitFormContext>) {
  const {
    id,
    htmlName,
    value,
    readonly,
    disabled,
    autofocus,
    onBlur,
    onFocus,
    onChange,
    options,
    schema,
    type,
  } = props
  const inputProps = getInputProps<KitData, KitSchema, KitFormContext>(schema, type, options)
  const isNumber = inputProps.type === 'number' || inputProps.type === 'integer'
  const inputValue = isNumber ? (value || value === 0 ? value : '') : (value ?? '')
  return (
    <input
      {...inputProps}
      id={id}
      name={htmlName || id}
      className="rai-input"
      readOnly={readonly}
      disabled={disabled}
      autoFocus={autofocus}
      value={inputValue}
      placeholder={props.placeholder}
      onChange={(event: ChangeEvent<HTMLInputElement>) =>
        onChange(event.target.value === '' ? options.emptyValue : event.target.value)
      }
      onBlur={(event) => onBlur(id, event.target.value)}
      onFocus={(event) => onFocus(id, event.target.value)}
      {...a11y(props)}
    />
  )
}

/** A multi-line text input (`ui:widget: textarea`). */
export function TextareaWidget(props: Widget) {
  const { id, htmlName, value, readonly, disabled, onBlur, onFocus, onChange, options } = props
  return (
    <textarea
      id={id}
      name={htmlName || id}
      className="rai-input"
      rows={typeof options.rows === 'number' ? options.rows : 3}
      readOnly={readonly}
      disabled={disabled}
      value={typeof value === 'string' ? value : ''}
      onChange={(event) => onChange(event.target.value === '' ? options.emptyValue : event.target.value)}
      onBlur={(event) => onBlur(id, event.target.value)}
      onFocus={(event) => onFocus(id, event.target.value)}
      {...a11y(props)}
    />
  )
}

/** A select for enums and booleans; option values are indexes, labels are rendered as text. */
export function SelectWidget(props: Widget) {
  const { id, htmlName, value, disabled, readonly, onChange, onBlur, onFocus, options, schema, registry } =
    props
  const { enumOptions = [], emptyValue } = options
  const selected = enumOptionsIndexForValue<KitSchema>(value, enumOptions, false)
  const decode = (index: string) =>
    index === '' ? emptyValue : enumOptionsValueForIndex(index, enumOptions, emptyValue)
  return (
    <select
      id={id}
      name={htmlName || id}
      className="rai-input rai-select"
      disabled={disabled || readonly}
      value={typeof selected === 'string' ? selected : ''}
      onChange={(event) => onChange(decode(event.target.value))}
      onBlur={(event) => onBlur(id, decode(event.target.value))}
      onFocus={(event) => onFocus(id, decode(event.target.value))}
      {...a11y(props)}
    >
      {schema.default === undefined && (
        <option value="">{registry.formContext.labels.formSelectPlaceholder}</option>
      )}
      {enumOptions.map((option, index) => (
        <option key={index} value={String(index)}>
          {option.label}
        </option>
      ))}
    </select>
  )
}

/** A checkbox; its visible label comes from the field template like every other field. */
export function CheckboxWidget(props: Widget) {
  const { id, htmlName, value, disabled, readonly, onChange, onBlur, onFocus } = props
  return (
    <input
      type="checkbox"
      id={id}
      name={htmlName || id}
      className="rai-checkbox"
      checked={value === true}
      disabled={disabled || readonly}
      onChange={(event) => onChange(event.target.checked)}
      onBlur={(event) => onBlur(id, event.target.checked)}
      onFocus={(event) => onFocus(id, event.target.checked)}
      {...a11y(props)}
    />
  )
}
