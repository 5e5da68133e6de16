import type { ActionsClient, RequestOptions } from '../client/types'
import { executeToolCall } from './executeToolCall'
import { parseToolCall } from './parseToolCall'
import { toolResultMessage } from './toolResultMessage'
import type { ToolCallByFormat, ToolFormat, ToolResultByFormat, ToolSet } from './types'

/** Options of `runToolCall`. */
export interface RunToolCallOptions<F extends ToolFormat> extends RequestOptions {
  /** The format of the call and of the result. */
  format: F
  /** The tools the model was given (`toToolDefinitions`' result): they map the call back to its action. */
  tools: ToolSet<F>
}

/**
 * Runs a model's tool call and returns the provider's tool-result message: parses the call (OpenAI `tool_calls[i]`,
 * Anthropic `tool_use`, MCP `tools/call` params, AI SDK tool call), checks its arguments against the instance's
 * schema, runs the action once (never retried) and wraps the output. Invalid JSON, an unknown tool, invalid
 * arguments and API errors come back as error results the model can read; none is thrown.
 * @example
 * for (const call of completion.choices[0].message.tool_calls ?? [])
 *   messages.push(await runToolCall(client, call, { format: 'openai', tools }))
 */
export async function runToolCall<F extends ToolFormat>(
  client: ActionsClient,
  call: ToolCallByFormat[F],
  options: RunToolCallOptions<F>,
): Promise<ToolResultByFormat[F]> {
  const parsed = parseToolCall(call, options)
  const outcome = await executeToolCall(client, parsed, options.signal ? { signal: options.signal } : {})
  return toolResultMessage(options.format, parsed, outcome)
}
