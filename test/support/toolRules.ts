// Each provider's published rules for a tool definition, written from their docs, independent of the kit's code:
// - OpenAI function calling / Structured Outputs: name `^[a-zA-Z0-9_-]{1,64}$`; with `strict: true` the root is an
//   object (not anyOf), every object has `additionalProperties: false` and lists every property in `required`,
//   only the supported keywords and string formats, at most 10 levels of nesting, 5000 properties, 1000 enum values.
// - Anthropic tool use: name `^[a-zA-Z0-9_-]{1,64}$`, `input_schema` a JSON Schema with `type: "object"`.
// - MCP `Tool`: name 1–128 characters of `[A-Za-z0-9_.-]`, `inputSchema` a JSON Schema object with `type: "object"`.
// - AI SDK: a tools record keyed by name, `inputSchema` a JSON Schema (draft-07) for `jsonSchema()`.
import { Ajv } from 'ajv'
import addFormatsModule from 'ajv-formats'
import type { ToolDefinitionByFormat, ToolFormat } from 'react-action-instances/tools'

const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as typeof addFormatsModule

const providerName = /^[a-zA-Z0-9_-]{1,64}$/
const mcpName = /^[A-Za-z0-9_.-]{1,128}$/

// Strict JSON Schema: an unknown keyword (a DataSchema extension left behind) fails to compile.
const ajv = new Ajv({
  strict: true,
  strictTypes: false,
  strictTuples: false,
  strictRequired: false,
  allErrors: true,
})
addFormats(ajv)

type Node = { [key: string]: unknown }
const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function jsonSchemaProblems(schema: unknown): string[] {
  if (!isNode(schema)) return ['the schema is not an object']
  const problems: string[] = []
  if (schema.type !== 'object') problems.push('the root type is not "object"')
  try {
    ajv.compile(schema)
  } catch (error) {
    problems.push(`not a valid JSON Schema: ${(error as Error).message}`)
  }
  return problems
}

const strictFormats = ['date-time', 'time', 'date', 'duration', 'email', 'hostname', 'ipv4', 'ipv6', 'uuid']
const strictKeywords: { [type: string]: string[] } = {
  any: ['type', 'description', 'title', 'enum', 'const', 'anyOf'],
  string: ['pattern', 'format'],
  number: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'],
  integer: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'],
  boolean: [],
  null: [],
  array: ['items', 'minItems', 'maxItems'],
  object: ['properties', 'required', 'additionalProperties'],
}

/** OpenAI's strict-mode rules; returns what breaks them. */
export function strictProblems(schema: unknown): string[] {
  const problems: string[] = []
  const counts = { properties: 0, enumValues: 0 }
  const visit = (node: unknown, path: string, depth: number) => {
    if (!isNode(node)) return void problems.push(`${path}: not an object schema`)
    if (depth > 10) problems.push(`${path}: nested deeper than 10`)
    const types =
      typeof node.type === 'string' ? [node.type] : Array.isArray(node.type) ? (node.type as string[]) : []
    if (types.length === 0 && !node.anyOf && node.enum === undefined && node.const === undefined)
      problems.push(`${path}: no type`)
    const allowed = new Set([
      ...(strictKeywords.any ?? []),
      ...types.flatMap((t) => strictKeywords[t] ?? ['?']),
    ])
    for (const key of Object.keys(node))
      if (!allowed.has(key)) problems.push(`${path}: keyword ${key} not supported`)
    if (typeof node.format === 'string' && !strictFormats.includes(node.format))
      problems.push(`${path}: format ${node.format}`)
    if (Array.isArray(node.enum)) {
      counts.enumValues += node.enum.length
      if (types.includes('null') && !node.enum.includes(null))
        problems.push(`${path}: nullable enum without null`)
    }
    if (Array.isArray(node.anyOf))
      node.anyOf.forEach((branch, i) => visit(branch, `${path}/anyOf/${i}`, depth + 1))
    if (types.includes('array')) {
      if (!isNode(node.items)) problems.push(`${path}: array without one items schema`)
      else visit(node.items, `${path}/items`, depth + 1)
    }
    if (types.includes('object')) {
      if (node.additionalProperties !== false) problems.push(`${path}: additionalProperties is not false`)
      const properties = isNode(node.properties) ? node.properties : {}
      const keys = Object.keys(properties)
      counts.properties += keys.length
      const required = Array.isArray(node.required) ? node.required : []
      if (keys.length !== required.length || keys.some((k) => !required.includes(k)))
        problems.push(`${path}: not every property is required`)
      for (const key of keys) visit(properties[key], `${path}/properties/${key}`, depth + 1)
    }
  }
  if (!isNode(schema) || schema.type !== 'object' || 'anyOf' in schema)
    problems.push('the root is not an object')
  visit(schema, '', 0)
  if (counts.properties > 5000) problems.push('more than 5000 properties')
  if (counts.enumValues > 1000) problems.push('more than 1000 enum values')
  return problems
}

/** Every rule one definition of `format` breaks (`[]` when it follows them all). */
export function definitionProblems<F extends ToolFormat>(
  format: F,
  tool: ToolDefinitionByFormat[F],
): string[] {
  if (format === 'openai') {
    const { type, function: fn } = tool as ToolDefinitionByFormat['openai']
    const problems = type === 'function' ? [] : ['type is not "function"']
    if (!providerName.test(fn.name)) problems.push(`name ${fn.name}`)
    if (typeof fn.description !== 'string' || fn.description === '') problems.push('no description')
    problems.push(...jsonSchemaProblems(fn.parameters))
    if (fn.strict) problems.push(...strictProblems(fn.parameters))
    return problems
  }
  if (format === 'anthropic') {
    const t = tool as ToolDefinitionByFormat['anthropic']
    const problems = providerName.test(t.name) ? [] : [`name ${t.name}`]
    if (typeof t.description !== 'string' || t.description === '') problems.push('no description')
    return [...problems, ...jsonSchemaProblems(t.input_schema)]
  }
  if (format === 'mcp') {
    const t = tool as ToolDefinitionByFormat['mcp']
    const problems = mcpName.test(t.name) ? [] : [`name ${t.name}`]
    const schema = t.inputSchema as unknown as Node
    if (schema.properties !== undefined && !isNode(schema.properties))
      problems.push('properties is not an object')
    if (
      schema.required !== undefined &&
      !(Array.isArray(schema.required) && schema.required.every((r) => typeof r === 'string'))
    )
      problems.push('required is not a string array')
    for (const [key, value] of Object.entries(t.annotations ?? {}))
      if (key !== 'title' && typeof value !== 'boolean') problems.push(`annotation ${key}`)
    return [...problems, ...jsonSchemaProblems(schema)]
  }
  const t = tool as ToolDefinitionByFormat['ai-sdk']
  return [...(providerName.test(t.name) ? [] : [`name ${t.name}`]), ...jsonSchemaProblems(t.inputSchema)]
}

/** The name of a definition of any format. */
export function toolNameOf(tool: ToolDefinitionByFormat[ToolFormat]): string {
  return 'function' in tool ? tool.function.name : tool.name
}
