import type { UiSchema } from '@rjsf/utils'
import { referenceNode, referenceSource } from './reference/referenceSource'

type Node = { [key: string]: unknown }

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function enumLabels(schema: Node): string[] | undefined {
  if (!Array.isArray(schema.enum)) return undefined
  if (Array.isArray(schema.enumNames)) return schema.enumNames.map((name) => String(name))
  // An enum with `referenceRecords` takes its labels from the records.
  const records = Array.isArray(schema.referenceRecords) ? (schema.referenceRecords as Node[]) : undefined
  if (!records) return undefined
  return schema.enum.map((value) => {
    const record = records.find((r) => isNode(r) && r.id === value)
    return typeof record?.name === 'string' ? record.name : String(value)
  })
}

/**
 * The uiSchema for what rjsf does not read from a DataSchema itself: `enum` labels from `enumNames` (or
 * `referenceRecords`) as `ui:enumNames`, the reference combobox for `referenceCollection` and `referenceRecords`
 * (on a field or on an array's items) and the masked input for `isSensitive`. Follows `properties` and `items`.
 */
export function dataSchemaUiSchema(schema: unknown, depth = 0): UiSchema | undefined {
  if (!isNode(schema) || depth > 32) return undefined
  const ui: UiSchema = {}
  const names = enumLabels(schema)
  if (names) ui['ui:enumNames'] = names
  if (referenceSource(schema) !== undefined) {
    ui['ui:widget'] = 'ReferenceWidget'
    // The array's own widget picks its values; its items need no uiSchema of their own.
    if (schema.type === 'array' || referenceNode(schema) !== schema) return ui
  } else if (schema.isSensitive === true && schema.type === 'string') {
    ui['ui:widget'] = 'SensitiveInputWidget'
  }
  if (isNode(schema.properties)) {
    for (const [name, property] of Object.entries(schema.properties)) {
      // A property named __proto__ cannot be a plain key of the uiSchema object.
      if (name === '__proto__') continue
      const child = dataSchemaUiSchema(property, depth + 1)
      if (child) ui[name] = child
    }
  }
  const items = dataSchemaUiSchema(schema.items, depth + 1)
  if (items) ui.items = items
  return Object.keys(ui).length > 0 ? ui : undefined
}
