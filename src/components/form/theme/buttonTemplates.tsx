import type { IconButtonProps } from '@rjsf/utils'
import type { KitData, KitFormContext, KitSchema } from './formContext'

type Button = IconButtonProps<KitData, KitSchema, KitFormContext>

function buttonProps({
  iconType: _iconType,
  icon: _icon,
  registry: _registry,
  uiSchema: _uiSchema,
  className,
  ...props
}: Button) {
  // rjsf passes its own class names (Bootstrap's among them); keep the kit's class first so it always applies.
  const extra = className
    ?.split(/\s+/)
    .filter((name) => name !== '' && !name.startsWith('btn'))
    .join(' ')
  return { ...props, className: extra ? `rai-button ${extra}` : 'rai-button' }
}

/** rjsf's add control (additional properties). */
export function AddButton(props: Button) {
  return (
    <button type="button" {...buttonProps(props)}>
      {props.registry.formContext.labels.formAddItem}
    </button>
  )
}

/** rjsf's remove control (additional properties). */
export function RemoveButton(props: Button) {
  return (
    <button type="button" data-variant="ghost" {...buttonProps(props)}>
      {props.registry.formContext.labels.formRemoveItem(0)}
    </button>
  )
}
