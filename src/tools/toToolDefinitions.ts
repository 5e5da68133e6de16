import type { ActionInstance, JsonObject } from '../types'
import { toStrictSchema } from './openAiStrictSchema'
import { toolInputSchema } from './toolInputSchema'
import { toolNames } from './toolName'
import { isNode } from './schemaWalk'
import type {
  ToolDefinitionByFormat,
  ToolEntry,
  ToolFormat,
  ToolSet,
  ToolTarget,
  NonStrictTool,
} from './types'

/** The longest description a definition gets. */
export const MAX_DESCRIPTION_LENGTH = 1024

/** An action instance, optionally with the connection it was read through (else its `integrationKey`, then `connectionId`). */
export type ToolSource = ActionInstance | { connection: string; instance: ActionInstance }

/** Options of `toToolDefinitions`. */
export interface ToolDefinitionsOptions<F extends ToolFormat> {
  /** The provider format to write. */
  format: F
  /** OpenAI only: define tools with `strict: true` where the schema allows it. Defaults to `true`. */
  strict?: boolean
}

function targetOf(source: ToolSource): { target: ToolTarget; instance: ActionInstance } {
  const instance = 'instance' in source ? source.instance : source
  const connection =
    'instance' in source ? source.connection : (instance.integrationKey ?? instance.connectionId)
  if (connection === undefined) {
    throw new TypeError(
      `Action instance ${instance.id} has no integrationKey or connectionId: pass it as { connection, instance }.`,
    )
  }
  const target: ToolTarget = { connection, action: instance.key ?? instance.id }
  if (instance.instanceKey) target.instanceKey = instance.instanceKey
  return { target, instance }
}

function descriptionOf(instance: ActionInstance): string {
  const name = instance.name || instance.key || instance.id
  const text = instance.description ? `${name}: ${instance.description}` : name
  return text.length > MAX_DESCRIPTION_LENGTH ? `${text.slice(0, MAX_DESCRIPTION_LENGTH - 1)}…` : text
}

function defaultInputOf(instance: ActionInstance): JsonObject {
  const value = instance.config?.defaultInput
  return isNode(value) ? (value as JsonObject) : {}
}

const readOnlyTypes = [
  'list-data-records',
  'find-data-record-by-id',
  'match-data-record',
  'search-data-record',
]

/**
 * One tool per action instance, in `format`'s shape: named `<connection>-<action>` (see `toolNames`), described by
 * the action's name and description, with the input schema of `toolInputSchema` (for OpenAI, converted to strict
 * mode where it can be; the others are listed in `nonStrict`). Set up outdated instances before (see
 * `loadToolDefinitions`), so a tool never advertises a stale schema. Pass the result to `runToolCall` as `tools`.
 * @example
 * const tools = toToolDefinitions(instances, { format: 'openai' })
 * await openai.chat.completions.create({ model, messages, tools: tools.tools })
 */
export function toToolDefinitions<F extends ToolFormat>(
  instances: readonly ToolSource[],
  options: ToolDefinitionsOptions<F>,
): ToolSet<F> {
  const { format, strict = true } = options
  const sources = instances.map(targetOf)
  const names = toolNames(sources.map((s) => s.target))
  const tools: ToolDefinitionByFormat[F][] = []
  const entries: { [name: string]: ToolEntry } = {}
  const nonStrict: NonStrictTool[] = []
  sources.forEach(({ target, instance }, index) => {
    const name = names[index] ?? target.action
    const defaultInput = defaultInputOf(instance)
    const inputSchema = toolInputSchema(instance.inputSchema, defaultInput)
    const description = descriptionOf(instance)
    const title = instance.name || target.action
    entries[name] = {
      name,
      target,
      title,
      ...(instance.type !== undefined && { type: instance.type }),
      inputSchema: isNode(instance.inputSchema) ? instance.inputSchema : { type: 'object', properties: {} },
      defaultInput,
    }
    let definition: ToolDefinitionByFormat[ToolFormat]
    if (format === 'openai') {
      const converted = strict ? toStrictSchema(inputSchema) : undefined
      if (converted && !converted.ok) nonStrict.push({ name, reason: converted.reason })
      if (!strict) nonStrict.push({ name, reason: 'strict mode turned off' })
      const ok = converted?.ok === true
      definition = {
        type: 'function',
        function: { name, description, parameters: ok ? converted.schema : inputSchema, strict: ok },
      }
    } else if (format === 'anthropic') {
      definition = { name, description, input_schema: inputSchema }
    } else if (format === 'mcp') {
      // An action of unknown type may delete: MCP's own default for a tool that is not read-only.
      const destructive = instance.type === undefined || instance.type === 'delete-data-record'
      definition = {
        name,
        title,
        description,
        inputSchema,
        annotations: {
          title,
          readOnlyHint: instance.type !== undefined && readOnlyTypes.includes(instance.type),
          destructiveHint: destructive,
          openWorldHint: true,
        },
      }
    } else {
      definition = { name, description, inputSchema }
    }
    tools.push(definition as ToolDefinitionByFormat[F])
  })
  return { format, tools, entries, nonStrict }
}
