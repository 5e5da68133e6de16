import { canExpand, descriptionId } from '@rjsf/utils'
import type {
  ArrayFieldItemButtonsTemplateProps,
  ArrayFieldItemTemplateProps,
  ArrayFieldTemplateProps,
  ObjectFieldTemplateProps,
} from '@rjsf/utils'

import type { KitData, KitFormContext, KitSchema } from './formContext'

/** The root object renders its fields plainly (the form is named); nested objects are a fieldset with a legend. */
export function ObjectFieldTemplate(props: ObjectFieldTemplateProps<KitData, KitSchema, KitFormContext>) {
  const { title, description, properties, fieldPathId, registry, schema, uiSchema, formData, onAddProperty } =
    props
  const { labels } = registry.formContext
  const visible = properties.filter((property) => !property.hidden)
  const content = (
    <>
      {properties.map((property) => property.content)}
      {canExpand(schema, uiSchema, formData) && (
        <button
          type="button"
          className="rai-button"
          onClick={onAddProperty}
          disabled={props.disabled || props.readonly}
        >
          {labels.formAddItem}
        </button>
      )}
    </>
  )
  if (fieldPathId.path.length === 0) {
    return (
      <div className="rai-form-fields">
        {visible.length === 0 && !schema.additionalProperties && (
          <p className="rai-form-empty">{labels.formNoInput}</p>
        )}
        {content}
      </div>
    )
  }
  return (
    <fieldset className="rai-fieldset" id={fieldPathId.$id}>
      <legend className="rai-fieldset-legend">{title}</legend>
      {description && (
        <p id={descriptionId(fieldPathId)} className="rai-field-description">
          {description}
        </p>
      )}
      {content}
    </fieldset>
  )
}

/** A list field: a fieldset with its items and an "Add item" button. */
export function ArrayFieldTemplate(props: ArrayFieldTemplateProps<KitData, KitSchema, KitFormContext>) {
  const { title, items, canAdd, onAddClick, fieldPathId, registry, schema, disabled, readonly } = props
  const { labels } = registry.formContext
  return (
    <fieldset className="rai-fieldset" data-array="" id={fieldPathId.$id}>
      <legend className="rai-fieldset-legend">{title}</legend>
      {schema.description && (
        <p id={descriptionId(fieldPathId)} className="rai-field-description">
          {schema.description}
        </p>
      )}
      <div className="rai-array-items">{items}</div>
      {canAdd && (
        <button type="button" className="rai-button" onClick={onAddClick} disabled={disabled || readonly}>
          {labels.formAddItem}
        </button>
      )}
    </fieldset>
  )
}

/** One item of a list field with its move and remove buttons. */
export function ArrayFieldItemTemplate(
  props: ArrayFieldItemTemplateProps<KitData, KitSchema, KitFormContext>,
) {
  const { children, buttonsProps, hasToolbar } = props
  return (
    <div className="rai-array-item">
      <div className="rai-array-item-field">{children}</div>
      {hasToolbar && <ArrayFieldItemButtonsTemplate {...buttonsProps} />}
    </div>
  )
}

/** Move up, move down and remove, each named after the item it acts on. */
export function ArrayFieldItemButtonsTemplate(
  props: ArrayFieldItemButtonsTemplateProps<KitData, KitSchema, KitFormContext>,
) {
  const { index, hasMoveUp, hasMoveDown, hasRemove, onMoveUpItem, onMoveDownItem, onRemoveItem, registry } =
    props
  const { labels } = registry.formContext
  const inactive = props.disabled || props.readonly
  return (
    <div className="rai-array-item-buttons">
      {(hasMoveUp || hasMoveDown) && (
        <>
          <button
            type="button"
            className="rai-button"
            data-variant="ghost"
            aria-label={labels.formMoveItemUp(index)}
            disabled={inactive || !hasMoveUp}
            onClick={onMoveUpItem}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            className="rai-button"
            data-variant="ghost"
            aria-label={labels.formMoveItemDown(index)}
            disabled={inactive || !hasMoveDown}
            onClick={onMoveDownItem}
          >
            <span aria-hidden="true">↓</span>
          </button>
        </>
      )}
      {hasRemove && (
        <button
          type="button"
          className="rai-button"
          data-variant="ghost"
          aria-label={labels.formRemoveItem(index)}
          disabled={inactive}
          onClick={onRemoveItem}
        >
          <span aria-hidden="true">×</span>
        </button>
      )}
    </div>
  )
}
