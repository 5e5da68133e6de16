import type { JsonObject, JsonSchema, JsonValue } from '../types'

/** The tool-calling formats the kit speaks. */
export type ToolFormat = 'openai' | 'anthropic' | 'mcp' | 'ai-sdk'

/** The action instance a tool runs: what a tool name maps back to. */
export interface ToolTarget {
  connection: string
  action: string
  instanceKey?: string
}

/** An OpenAI Chat Completions function tool. */
export interface OpenAiToolDefinition {
  type: 'function'
  function: { name: string; description: string; parameters: JsonSchema; strict: boolean }
}

/** An Anthropic Messages API client tool. */
export interface AnthropicToolDefinition {
  name: string
  description: string
  input_schema: JsonSchema & { type: 'object' }
}

/** An MCP `Tool`, as `tools/list` returns it. */
export interface McpToolDefinition {
  name: string
  title?: string
  description: string
  inputSchema: JsonSchema & { type: 'object' }
  annotations?: {
    title?: string
    readOnlyHint?: boolean
    destructiveHint?: boolean
    idempotentHint?: boolean
    openWorldHint?: boolean
  }
}

/** An AI SDK tool, before `jsonSchema()`: `tool({ description, inputSchema: jsonSchema(inputSchema) })`. */
export interface AiSdkToolDefinition {
  name: string
  description: string
  inputSchema: JsonSchema
}

/** The definition type of each format. */
export interface ToolDefinitionByFormat {
  openai: OpenAiToolDefinition
  anthropic: AnthropicToolDefinition
  mcp: McpToolDefinition
  'ai-sdk': AiSdkToolDefinition
}

/** An OpenAI `tool_calls[i]` (Chat Completions) or a Responses API `function_call` item. */
export type OpenAiToolCall =
  | { id: string; type?: 'function'; function: { name: string; arguments: string } }
  | { type: 'function_call'; call_id: string; name: string; arguments: string; id?: string }

/** An Anthropic `tool_use` content block. */
export interface AnthropicToolCall {
  type: 'tool_use'
  id: string
  name: string
  input: unknown
}

/** The params of an MCP `tools/call` request. */
export interface McpToolCall {
  name: string
  arguments?: { [key: string]: unknown }
  _meta?: { [key: string]: unknown }
}

/** An AI SDK tool call (`ToolCallPart`); `args` is AI SDK 4's name for `input`. */
export interface AiSdkToolCall {
  type?: 'tool-call'
  toolCallId: string
  toolName: string
  input?: unknown
  args?: unknown
}

/** The tool-call type of each format. */
export interface ToolCallByFormat {
  openai: OpenAiToolCall
  anthropic: AnthropicToolCall
  mcp: McpToolCall
  'ai-sdk': AiSdkToolCall
}

/** An OpenAI `tool` message. Errors carry `{"error": ...}` as their content: the format has no error flag. */
export interface OpenAiToolResult {
  role: 'tool'
  tool_call_id: string
  content: string
}

/** An Anthropic `user` message holding one `tool_result` block (merge the blocks of parallel calls into one message). */
export interface AnthropicToolResult {
  role: 'user'
  content: [{ type: 'tool_result'; tool_use_id: string; content: string; is_error?: boolean }]
}

/** An MCP `CallToolResult`. */
export interface McpToolResult {
  content: { type: 'text'; text: string }[]
  structuredContent?: { [key: string]: unknown }
  isError?: boolean
  [key: string]: unknown
}

/** An AI SDK `tool` message (`ToolModelMessage`) holding one tool result. */
export interface AiSdkToolResult {
  role: 'tool'
  content: [
    {
      type: 'tool-result'
      toolCallId: string
      toolName: string
      output: { type: 'json'; value: JsonValue } | { type: 'error-text'; value: string }
    },
  ]
}

/** The tool-result message type of each format. */
export interface ToolResultByFormat {
  openai: OpenAiToolResult
  anthropic: AnthropicToolResult
  mcp: McpToolResult
  'ai-sdk': AiSdkToolResult
}

/** Why a tool was defined without OpenAI's strict mode. */
export interface NonStrictTool {
  name: string
  reason: string
}

/** What the kit keeps about one tool, to map a call back to its action and check its arguments. */
export interface ToolEntry {
  name: string
  target: ToolTarget
  /** The action's display name. */
  title: string
  /** The action's type, such as `delete-data-record`; absent when the API did not give one. */
  type?: string
  /** The instance's `inputSchema` as the API returned it: arguments are validated against it. */
  inputSchema: JsonSchema
  /** The instance's `config.defaultInput`, merged under the arguments before validation (the API merges it too). */
  defaultInput: JsonObject
}

/** The result of `toToolDefinitions`: the definitions to send, and what maps a call back to its action. */
export interface ToolSet<F extends ToolFormat = ToolFormat> {
  format: F
  /** One definition per action instance, in the order of the instances. */
  tools: ToolDefinitionByFormat[F][]
  /** Every tool by name: its action and schema. */
  entries: { [name: string]: ToolEntry }
  /** OpenAI only: the tools defined with `strict: false`, and why. Empty for the other formats. */
  nonStrict: NonStrictTool[]
}
