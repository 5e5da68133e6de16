import type { IconButtonProps } from '@rjsf/utils'
import type { KitData, KitFormContext, KitSchema } from './formContext'

type Button = IconButtonProps<KitData, KitSchema, KitFormContext>

function buttonProps({
  iconType: _iconType,
  icon: _icon,
  registry: _registry,
  uiSchema: _uiSchema,
  ...props
}: Button) {
  return props
}

/** rjsf's add control (additional properties). */
export function AddButton(props: Button) {
  return (
    <button type="button" className="rai-button" {...buttonProps(props)}>
      {props.registry.formContext.labels.formAddItem}
    </button>
  )
}

/** rjsf's remove control (additional properties). */
export function RemoveButton(props: Button) {
  return (
    <button type="button" className="rai-button" data-variant="ghost" {...buttonProps(props)}>
      {props.registry.formContext.labels.formRemoveItem(0)}
    </button>
  )
}
