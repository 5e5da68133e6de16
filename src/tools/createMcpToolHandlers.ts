import type { ActionsClient } from '../client/types'
import { loadToolDefinitions } from './loadToolDefinitions'
import type { LoadToolDefinitionsOptions } from './loadToolDefinitions'
import { runToolCall } from './runToolCall'
import type { McpToolCall, McpToolDefinition, McpToolResult, ToolSet } from './types'

/** Options of `createMcpToolHandlers`. */
export interface McpToolHandlersOptions extends Omit<LoadToolDefinitionsOptions<'mcp'>, 'format' | 'signal'> {
  /** The connections whose actions are served as tools. */
  connections: readonly string[]
}

/** The handlers of an MCP server's tool requests, typed after MCP's `ListToolsResult` and `CallToolResult`. */
export interface McpToolHandlers {
  'tools/list': (
    params?: { cursor?: string },
    extra?: { signal?: AbortSignal },
  ) => Promise<{ tools: McpToolDefinition[] }>
  'tools/call': (params: McpToolCall, extra?: { signal?: AbortSignal }) => Promise<McpToolResult>
}

/**
 * Serves the actions of `options.connections` as MCP tools: `tools/list` lists them fresh (outdated instances set up
 * first), `tools/call` runs one and answers a `CallToolResult` (failures as `isError: true`, never a thrown error).
 * @example
 * const handlers = createMcpToolHandlers(client, { connections: ['hubspot'] })
 * server.setRequestHandler(ListToolsRequestSchema, (request, extra) => handlers['tools/list'](request.params, extra))
 * server.setRequestHandler(CallToolRequestSchema, (request, extra) => handlers['tools/call'](request.params, extra))
 */
export function createMcpToolHandlers(
  client: ActionsClient,
  options: McpToolHandlersOptions,
): McpToolHandlers {
  const { connections, ...loadOptions } = options
  let latest: Promise<ToolSet<'mcp'>> | undefined
  const load = (signal?: AbortSignal) => {
    const next = loadToolDefinitions(client, connections, {
      ...loadOptions,
      format: 'mcp',
      ...(signal ? { signal } : {}),
    })
    latest = next
    next.catch(() => {
      if (latest === next) latest = undefined
    })
    return next
  }
  return {
    async 'tools/list'(_params, extra) {
      return { tools: (await load(extra?.signal)).tools }
    },
    async 'tools/call'(params, extra) {
      const signal = extra?.signal
      let tools: ToolSet<'mcp'>
      try {
        tools = await (latest ?? load(signal))
        // A tool the last list did not know may be new: list once more before calling it unknown.
        if (!Object.prototype.hasOwnProperty.call(tools.entries, params.name)) tools = await load(signal)
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        return {
          content: [{ type: 'text', text: `The tools could not be listed: ${message}` }],
          isError: true,
        }
      }
      return runToolCall(client, params, { format: 'mcp', tools, ...(signal ? { signal } : {}) })
    },
  }
}
