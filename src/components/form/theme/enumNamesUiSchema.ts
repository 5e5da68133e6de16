import type { UiSchema } from '@rjsf/utils'

type Node = { [key: string]: unknown }

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The uiSchema that gives `enum` options the labels of a schema's `enumNames` (a common, non-standard keyword
 * that rjsf 6 reads only from the uiSchema, as `ui:enumNames`). Follows `properties` and `items`.
 */
export function enumNamesUiSchema(schema: unknown, depth = 0): UiSchema | undefined {
  if (!isNode(schema) || depth > 32) return undefined
  const ui: UiSchema = {}
  let found = false
  if (Array.isArray(schema.enum) && Array.isArray(schema.enumNames)) {
    ui['ui:enumNames'] = schema.enumNames.map((name) => String(name))
    found = true
  }
  if (isNode(schema.properties)) {
    for (const [name, property] of Object.entries(schema.properties)) {
      // A property named __proto__ cannot be a plain key of the uiSchema object.
      if (name === '__proto__') continue
      const child = enumNamesUiSchema(property, depth + 1)
      if (child) {
        ui[name] = child
        found = true
      }
    }
  }
  const items = enumNamesUiSchema(schema.items, depth + 1)
  if (items) {
    ui.items = items
    found = true
  }
  return found ? ui : undefined
}
