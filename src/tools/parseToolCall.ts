import type { JsonObject } from '../types'
import { isNode } from './schemaWalk'
import type { ToolCallByFormat, ToolEntry, ToolFormat, ToolSet } from './types'

/** A failure a tool call can meet; every one is returned to the model as an error result, none is thrown. */
export type ToolCallErrorKind = 'invalid_json' | 'unknown_tool' | 'invalid_arguments' | 'api_error' | 'denied'

/** A provider's tool call, read: its id, tool, action and arguments, or what is wrong with it. */
export interface ParsedToolCall {
  format: ToolFormat
  /** The provider's id of the call (`''` for MCP, whose calls are answered in their own request). */
  id: string
  name: string
  /** The tool's action and schema; absent for an unknown tool. */
  entry?: ToolEntry
  /** The arguments as the model sent them (`{}` when it sent none). */
  arguments: JsonObject
  /** Set when the call cannot run as sent. */
  problem?: { kind: 'invalid_json' | 'unknown_tool' | 'invalid_arguments'; message: string }
}

function readCall(
  format: ToolFormat,
  call: unknown,
): { id: string; name: string; args: unknown; json?: string } {
  const c = isNode(call) ? call : {}
  const text = (value: unknown) => (typeof value === 'string' ? value : '')
  if (format === 'openai') {
    if (isNode(c.function))
      return {
        id: text(c.id),
        name: text(c.function.name),
        args: undefined,
        json: text(c.function.arguments),
      }
    return { id: text(c.call_id), name: text(c.name), args: undefined, json: text(c.arguments) }
  }
  if (format === 'anthropic') return { id: text(c.id), name: text(c.name), args: c.input }
  if (format === 'mcp') return { id: '', name: text(c.name), args: c.arguments }
  return { id: text(c.toolCallId), name: text(c.toolName), args: c.input !== undefined ? c.input : c.args }
}

/**
 * Reads a provider's tool call (`format`'s shape) and finds its tool in `tools`. Never throws: a call that cannot
 * run (arguments that are not JSON or not an object, an unknown tool) comes back with a `problem`.
 */
export function parseToolCall<F extends ToolFormat>(
  call: ToolCallByFormat[F],
  options: { format: F; tools: ToolSet<F> },
): ParsedToolCall {
  const { format, tools } = options
  const { id, name, args, json } = readCall(format, call)
  const entry = Object.prototype.hasOwnProperty.call(tools.entries, name) ? tools.entries[name] : undefined
  const parsed: ParsedToolCall = { format, id, name, arguments: {}, ...(entry ? { entry } : {}) }
  if (!entry) {
    const known = Object.keys(tools.entries).slice(0, 20).join(', ')
    return {
      ...parsed,
      problem: { kind: 'unknown_tool', message: `There is no tool named "${name}". Known tools: ${known}.` },
    }
  }
  let value = args
  if (json !== undefined) {
    try {
      value = json.trim() === '' ? {} : JSON.parse(json)
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error)
      return {
        ...parsed,
        problem: { kind: 'invalid_json', message: `The arguments are not valid JSON (${detail}).` },
      }
    }
  }
  if (value === undefined || value === null) value = {}
  if (!isNode(value))
    return {
      ...parsed,
      problem: { kind: 'invalid_arguments', message: 'The arguments must be a JSON object.' },
    }
  return { ...parsed, arguments: value as JsonObject }
}
