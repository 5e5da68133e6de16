/** A JSON Schema node as plain data. */
export type SchemaNode = { [key: string]: unknown }

/** Keywords whose value is a map of subschemas. */
export const schemaMapKeywords = ['properties', 'patternProperties', 'dependencies', 'definitions', '$defs']
/** Keywords whose value is one subschema. */
export const schemaKeywords = [
  'items',
  'additionalItems',
  'additionalProperties',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
]
/** Keywords whose value is a list of subschemas. */
export const schemaListKeywords = ['anyOf', 'allOf', 'oneOf']

/** Whether a value is a plain object. */
export function isNode(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Rebuilds a schema bottom-up: `visit` sees every subschema after its own subschemas were rebuilt. */
export function mapSchema(node: unknown, visit: (node: SchemaNode) => SchemaNode | boolean): unknown {
  if (!isNode(node)) return node
  const result: SchemaNode = {}
  for (const [key, value] of Object.entries(node)) {
    if (schemaMapKeywords.includes(key) && isNode(value)) {
      result[key] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, Array.isArray(sub) ? sub : mapSchema(sub, visit)]),
      )
    } else if (schemaListKeywords.includes(key) && Array.isArray(value)) {
      result[key] = value.map((sub) => mapSchema(sub, visit))
    } else if (key === 'items' && Array.isArray(value)) {
      result[key] = value.map((sub) => mapSchema(sub, visit))
    } else if (schemaKeywords.includes(key)) {
      result[key] = mapSchema(value, visit)
    } else {
      result[key] = value
    }
  }
  return visit(result)
}
