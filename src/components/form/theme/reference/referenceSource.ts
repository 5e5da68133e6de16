import type { DataCollectionParameters, DataRecord, DataSchemaKeywords, JsonObject } from '../../../../types'

/** Where a reference field's choices come from. */
export type ReferenceSource =
  | {
      kind: 'collection'
      key: string
      parameters: { [name: string]: unknown }
      allowCustom: boolean
    }
  | { kind: 'records'; records: DataRecord[]; allowCustom: boolean }

type Node = DataSchemaKeywords & { [key: string]: unknown }

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The schema that carries a field's reference keywords: the field itself, or the items of an array. */
export function referenceNode(schema: unknown): Node | undefined {
  if (!isNode(schema)) return undefined
  if (isNode(schema.referenceCollection) || Array.isArray(schema.referenceRecords)) return schema
  if (schema.type === 'array' && isNode(schema.items)) return referenceNode(schema.items)
  return undefined
}

/** The source of a field's choices, or undefined when the field is no reference (or an enum, which has its own). */
export function referenceSource(schema: unknown): ReferenceSource | undefined {
  const node = referenceNode(schema)
  if (node === undefined || Array.isArray(node.enum)) return undefined
  const allowCustom = node.allowCustom === true
  const collection = node.referenceCollection
  if (isNode(collection) && typeof collection.key === 'string') {
    const parameters = isNode(collection.parameters) ? collection.parameters : {}
    return { kind: 'collection', key: collection.key, parameters, allowCustom }
  }
  const records = (node.referenceRecords ?? []).flatMap((record) =>
    isNode(record) && (typeof record.id === 'string' || typeof record.id === 'number')
      ? [{ id: String(record.id), ...(typeof record.name === 'string' ? { name: record.name } : {}) }]
      : [],
  )
  return { kind: 'records', records, allowCustom }
}

const variablePath = /^\$\.input\.([\w$-]+(?:\.[\w$-]+)*)$/

/** The field a `{ "$var": "$.input.<field>" }` parameter refers to, as a path, or undefined for a constant. */
export function variableOf(parameter: unknown): string[] | undefined {
  if (!isNode(parameter) || typeof parameter.$var !== 'string') return undefined
  return variablePath.exec(parameter.$var)?.[1]?.split('.') ?? []
}

/**
 * The parameters with `$var`s replaced by the input's values; `missing` names the fields a parameter needs
 * that have no value yet (then the collection cannot be read).
 */
export function resolveParameters(
  parameters: { [name: string]: unknown },
  input: JsonObject,
): { parameters: DataCollectionParameters; missing: string[] } {
  const resolved: DataCollectionParameters = {}
  const missing: string[] = []
  for (const [name, parameter] of Object.entries(parameters)) {
    const path = variableOf(parameter)
    let value: unknown = parameter
    if (path !== undefined) {
      value = path.reduce<unknown>(
        (node, key) => (isNode(node) && Object.hasOwn(node, key) ? node[key] : undefined),
        input,
      )
      if (value === undefined || value === null || value === '') {
        missing.push(path.join('.'))
        continue
      }
    }
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      resolved[name] = value
    else if (value !== null && value !== undefined) resolved[name] = JSON.stringify(value)
  }
  return { parameters: resolved, missing }
}

/** Only icons that can be shown safely: http(s) and inline images. */
export function safeIconUri(uri: string | undefined): string | undefined {
  return uri !== undefined && /^(https?:|data:image\/)/i.test(uri) ? uri : undefined
}
