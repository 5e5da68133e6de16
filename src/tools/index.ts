export {
  approvalKey,
  createMemoryApprovalStorage,
  createWebApprovalStorage,
  DESTRUCTIVE_ACTION_TYPES,
  mayAlwaysAllow,
} from './approvalStorage'
export { createMcpToolHandlers } from './createMcpToolHandlers'
export { executeToolCall } from './executeToolCall'
export { loadToolDefinitions } from './loadToolDefinitions'
export { MAX_TOOL_NAME_LENGTH, toolNames } from './toolName'
export { parseToolCall } from './parseToolCall'
export { runToolCall } from './runToolCall'
export { STRICT_FORMATS, STRICT_LIMITS, toStrictSchema } from './openAiStrictSchema'
export { MAX_REFERENCE_ENUM, toolInputSchema } from './toolInputSchema'
export { toolResultMessage } from './toolResultMessage'
export { MAX_DESCRIPTION_LENGTH, toToolDefinitions } from './toToolDefinitions'
export type { ApprovalScope, ToolApprovalStorage } from './approvalStorage'
export type { McpToolHandlers, McpToolHandlersOptions } from './createMcpToolHandlers'
export type { ToolCallOutcome } from './executeToolCall'
export type { LoadToolDefinitionsOptions } from './loadToolDefinitions'
export type { ParsedToolCall, ToolCallErrorKind } from './parseToolCall'
export type { RunToolCallOptions } from './runToolCall'
export type { StrictResult } from './openAiStrictSchema'
export type { ToolDefinitionsOptions, ToolSource } from './toToolDefinitions'
export type {
  AiSdkToolCall,
  AiSdkToolDefinition,
  AiSdkToolResult,
  AnthropicToolCall,
  AnthropicToolDefinition,
  AnthropicToolResult,
  McpToolCall,
  McpToolDefinition,
  McpToolResult,
  NonStrictTool,
  OpenAiToolCall,
  OpenAiToolDefinition,
  OpenAiToolResult,
  ToolCallByFormat,
  ToolDefinitionByFormat,
  ToolEntry,
  ToolFormat,
  ToolResultByFormat,
  ToolSet,
  ToolTarget,
} from './types'
