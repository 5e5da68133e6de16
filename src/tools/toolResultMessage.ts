import type { JsonValue } from '../types'
import type { ParsedToolCall } from './parseToolCall'
import type { ToolCallOutcome } from './executeToolCall'
import type { ToolFormat, ToolResultByFormat } from './types'

function errorText(outcome: Extract<ToolCallOutcome, { status: 'error' }>): string {
  const prefix = outcome.kind === 'denied' ? 'The user denied this tool call' : 'The tool call failed'
  return `${prefix} (${outcome.kind}): ${outcome.message}`
}

function toJson(value: unknown): JsonValue {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as JsonValue)
}

/**
 * The tool-result message of `format` for a call's outcome: the output as JSON text, or the error as a readable
 * text flagged the format's way (`is_error` for Anthropic, `isError` for MCP, an `error-text` output for the AI SDK,
 * and for OpenAI, which has no flag, a JSON `{"error": {...}}` content).
 */
export function toolResultMessage<F extends ToolFormat>(
  format: F,
  call: Pick<ParsedToolCall, 'id' | 'name'>,
  outcome: ToolCallOutcome,
): ToolResultByFormat[F] {
  const failed = outcome.status === 'error'
  const text = failed ? errorText(outcome) : JSON.stringify(toJson(outcome.output))
  let message: ToolResultByFormat[ToolFormat]
  if (format === 'openai') {
    const content = failed
      ? JSON.stringify({ error: { kind: outcome.kind, message: errorText(outcome) } })
      : text
    message = { role: 'tool', tool_call_id: call.id, content }
  } else if (format === 'anthropic') {
    message = {
      role: 'user',
      content: [
        { type: 'tool_result', tool_use_id: call.id, content: text, ...(failed ? { is_error: true } : {}) },
      ],
    }
  } else if (format === 'mcp') {
    const output = failed ? undefined : outcome.output
    const structured =
      typeof output === 'object' && output !== null && !Array.isArray(output)
        ? (toJson(output) as { [key: string]: unknown })
        : undefined
    message = {
      content: [{ type: 'text', text }],
      ...(structured ? { structuredContent: structured } : {}),
      ...(failed ? { isError: true } : {}),
    }
  } else {
    message = {
      role: 'tool',
      content: [
        {
          type: 'tool-result',
          toolCallId: call.id,
          toolName: call.name,
          output: failed
            ? { type: 'error-text', value: text }
            : { type: 'json', value: toJson(outcome.output) },
        },
      ],
    }
  }
  return message as ToolResultByFormat[F]
}
