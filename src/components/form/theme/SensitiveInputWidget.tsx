import { useState } from 'react'
import type { WidgetProps } from '@rjsf/utils'
import { describedBy } from './formContext'
import type { KitData, KitFormContext, KitSchema } from './formContext'

/** The input of an `isSensitive` field: masked, with a button that shows the value while pressed on. */
export function SensitiveInputWidget(props: WidgetProps<KitData, KitSchema, KitFormContext>) {
  const { id, value, disabled, readonly, rawErrors, required, options, schema, registry } = props
  const { labels } = registry.formContext
  const [revealed, setRevealed] = useState(false)
  const hasDescription = Boolean(options.description ?? schema.description)
  return (
    <div className="rai-sensitive" data-state={revealed ? 'revealed' : 'masked'}>
      <input
        id={id}
        name={props.htmlName || id}
        type={revealed ? 'text' : 'password'}
        className="rai-input"
        autoComplete="off"
        spellCheck={false}
        value={typeof value === 'string' ? value : ''}
        disabled={disabled}
        readOnly={readonly}
        aria-invalid={rawErrors?.length ? true : undefined}
        aria-describedby={describedBy(id, hasDescription, rawErrors)}
        aria-required={required || undefined}
        onChange={(event) =>
          props.onChange(event.target.value === '' ? options.emptyValue : event.target.value)
        }
        onBlur={(event) => props.onBlur(id, event.target.value)}
        onFocus={(event) => props.onFocus(id, event.target.value)}
      />
      <button
        type="button"
        className="rai-button rai-sensitive-toggle"
        aria-pressed={revealed}
        aria-controls={id}
        disabled={disabled}
        onClick={() => setRevealed((shown) => !shown)}
      >
        {revealed ? labels.sensitiveHide : labels.sensitiveShow}
      </button>
    </div>
  )
}
