import type { ActionInstanceDependency, JsonSchema } from '../types'
import type { CustomField } from './types'

const dependencyType = 'app-data-schema'

function fieldSchema(field: CustomField): JsonSchema {
  const base: JsonSchema = { title: field.label }
  if (field.type === 'date') return { ...base, type: 'string', format: 'date' }
  return { ...base, type: field.type }
}

/** The dependencies an instance records for the custom fields it was set up with. */
export function fieldDependencies(collection: string, fields: CustomField[]): ActionInstanceDependency[] {
  return fields.map((field) => ({
    type: dependencyType,
    instanceId: `${collection}:${field.name}`,
    instance: { collection, name: field.name, label: field.label, type: field.type },
  }))
}

/** Whether the recorded dependencies differ from the app's current custom fields. */
export function isOutdated(
  collection: string,
  fields: CustomField[],
  dependencies: ActionInstanceDependency[],
): boolean {
  const expected = JSON.stringify(fieldDependencies(collection, fields))
  const recorded = JSON.stringify(dependencies.filter((d) => d.type === dependencyType))
  return expected !== recorded
}

/**
 * Recalculates the dynamic fields of an input schema: the fields of the previous dependencies are removed
 * and every current custom field is added under `properties`, its label as the title.
 */
export function applyDynamicFields(
  schema: JsonSchema,
  previous: ActionInstanceDependency[],
  collection: string,
  fields: CustomField[],
): { inputSchema: JsonSchema; dependencies: ActionInstanceDependency[] } {
  const properties: { [key: string]: JsonSchema | boolean } = { ...schema.properties }
  for (const dependency of previous) {
    const name = dependency.type === dependencyType ? dependency.instance?.name : undefined
    if (typeof name === 'string') delete properties[name]
  }
  for (const field of fields) properties[field.name] = fieldSchema(field)
  const others = previous.filter((d) => d.type !== dependencyType)
  return {
    inputSchema: { ...schema, properties },
    dependencies: [...others, ...fieldDependencies(collection, fields)],
  }
}
