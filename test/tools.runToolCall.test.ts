import { createMcpToolHandlers, loadToolDefinitions, runToolCall } from 'react-action-instances/tools'
import type { ToolCallByFormat, ToolFormat } from 'react-action-instances/tools'
import { FORMATS, SEEDED_CONNECTIONS, toolsClient } from './support/toolsClient'

const args = { channel: 'general', text: 'Deploy finished' }

/** A call of the model, recorded in each format's wire shape. */
function recordedCall(
  format: ToolFormat,
  name: string,
  input: unknown,
  raw?: string,
): ToolCallByFormat[ToolFormat] {
  if (format === 'openai')
    return {
      id: 'call_abc123',
      type: 'function',
      function: { name, arguments: raw ?? JSON.stringify(input) },
    }
  if (format === 'anthropic') return { type: 'tool_use', id: 'toolu_01A', name, input }
  if (format === 'mcp') return { name, arguments: input as Record<string, unknown> }
  return { type: 'tool-call', toolCallId: 'call-1', toolName: name, input }
}

/** The text and error flag of a result message, whatever its format. */
function readResult(format: ToolFormat, message: unknown): { text: string; isError: boolean } {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- reads four wire shapes
  const m = message as Record<string, any>
  if (format === 'openai') {
    expect(m).toMatchObject({ role: 'tool', tool_call_id: 'call_abc123' })
    return { text: m.content, isError: JSON.parse(m.content)?.error !== undefined }
  }
  if (format === 'anthropic') {
    expect(m).toMatchObject({ role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_01A' }] })
    return { text: m.content[0].content, isError: m.content[0].is_error === true }
  }
  if (format === 'mcp') return { text: m.content[0].text, isError: m.isError === true }
  expect(m).toMatchObject({
    role: 'tool',
    content: [{ type: 'tool-result', toolCallId: 'call-1' }],
  })
  const output = m.content[0].output
  return {
    text: typeof output.value === 'string' ? output.value : JSON.stringify(output.value),
    isError: output.type === 'error-text',
  }
}

describe.each(FORMATS)('runToolCall in the %s format', (format) => {
  async function setup() {
    const { api, client } = await toolsClient()
    const tools = await loadToolDefinitions(client, SEEDED_CONNECTIONS, { format })
    return { api, client, tools }
  }

  it('round trip: definitions → a recorded call → the run → the result message', async () => {
    const { api, client, tools } = await setup()
    const message = await runToolCall(client, recordedCall(format, 'slack-send-message', args), {
      format,
      tools,
    })
    const { text, isError } = readResult(format, message)
    expect(isError).toBe(false)
    expect(JSON.parse(text)).toMatchObject({ channel: 'general', text: 'Deploy finished' })
    if (format === 'mcp')
      expect((message as { structuredContent?: unknown }).structuredContent).toMatchObject({
        channel: 'general',
      })
    expect(api.countRequests({ operation: 'run' })).toBe(1)
  })

  it('drops the nulls strict mode makes the model send for optional fields', async () => {
    const { client, tools } = await setup()
    const input = { ...args, threadTs: null, unfurlLinks: null, attachments: null }
    const { isError } = readResult(
      format,
      await runToolCall(client, recordedCall(format, 'slack-send-message', input), { format, tools }),
    )
    expect(isError).toBe(false)
  })

  it('answers invalid arguments with an error result and does not run', async () => {
    const { api, client, tools } = await setup()
    const call = recordedCall(format, 'slack-send-message', { channel: 'general', text: '', extra: 1 })
    const { text, isError } = readResult(format, await runToolCall(client, call, { format, tools }))
    expect(isError).toBe(true)
    expect(text).toContain('invalid_arguments')
    expect(text).toContain('/text')
    expect(api.countRequests({ operation: 'run' })).toBe(0)
  })

  it('answers an unknown tool with an error result naming the known ones', async () => {
    const { client, tools } = await setup()
    const { text, isError } = readResult(
      format,
      await runToolCall(client, recordedCall(format, 'slack-delete-workspace', {}), { format, tools }),
    )
    expect(isError).toBe(true)
    expect(text).toContain('slack-delete-workspace')
    expect(text).toContain('slack-send-message')
  })

  it('answers an API error with a readable error result, never retrying the run', async () => {
    const { api, client, tools } = await setup()
    const missing = readResult(
      format,
      await runToolCall(client, recordedCall(format, 'slack-send-message', { channel: 'nope', text: 'x' }), {
        format,
        tools,
      }),
    )
    expect(missing.isError).toBe(true)
    expect(missing.text).toMatch(/no channel named \\?"nope/)
    api.clearRequests()
    api.injectFault({ kind: 'status', status: 503, operation: 'run' })
    const failed = readResult(
      format,
      await runToolCall(client, recordedCall(format, 'slack-send-message', args), { format, tools }),
    )
    expect(failed.isError).toBe(true)
    expect(failed.text).toContain('api_error')
    expect(api.countRequests({ operation: 'run' })).toBe(1)
  })
})

describe('runToolCall with OpenAI arguments that are not JSON', () => {
  it('answers an error result', async () => {
    const { client } = await toolsClient()
    const tools = await loadToolDefinitions(client, ['slack'], { format: 'openai' })
    const message = await runToolCall(
      client,
      recordedCall('openai', 'slack-send-message', null, '{"channel": "gen') as ToolCallByFormat['openai'],
      { format: 'openai', tools },
    )
    expect(JSON.parse(message.content).error.kind).toBe('invalid_json')
  })
})

describe('createMcpToolHandlers', () => {
  it('lists the tools and calls one, answering failures as isError', async () => {
    const { client } = await toolsClient()
    const handlers = createMcpToolHandlers(client, { connections: SEEDED_CONNECTIONS })
    const { tools } = await handlers['tools/list']()
    expect(tools.map((t) => t.name)).toContain('github-create-issue')
    const result = await handlers['tools/call']({
      name: 'github-create-issue',
      arguments: { repository: 'acme/web', title: 'Flaky test' },
    })
    expect(result.isError).toBeUndefined()
    expect(result.structuredContent).toMatchObject({ number: 1, title: 'Flaky test', state: 'open' })
    const unknown = await handlers['tools/call']({ name: 'github-close-everything', arguments: {} })
    expect(unknown.isError).toBe(true)
  })
})
