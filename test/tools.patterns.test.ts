// @vitest-environment node
import { createActionsClient } from 'react-action-instances'
import type { ActionInstance, JsonSchema } from 'react-action-instances'
import { executeToolCall, parseToolCall, toToolDefinitions } from 'react-action-instances/tools'

// A tool call's arguments come from a model and its schema from the platform: on a host's server, a `pattern`
// that backtracks must not block the process, whatever string the model sends.
function patternTool(pattern: string) {
  const inputSchema: JsonSchema = {
    type: 'object',
    required: ['code'],
    properties: { code: { type: 'string', pattern } },
  }
  const instance: ActionInstance = { id: 'action-1', key: 'check-code', integrationKey: 'crm', inputSchema }
  const tools = toToolDefinitions([instance], { format: 'openai' })
  const sent: string[] = []
  const client = createActionsClient({
    apiUri: 'http://127.0.0.1:9',
    token: 'unused',
    fetch: (input) => {
      sent.push(String(input instanceof Request ? input.url : input))
      return Promise.reject(new TypeError('offline'))
    },
  })
  const call = (code: string) =>
    executeToolCall(
      client,
      parseToolCall(
        { id: 'call-1', function: { name: 'crm-check-code', arguments: JSON.stringify({ code }) } },
        { format: 'openai', tools },
      ),
    )
  return { call, sent }
}

describe('patterns in a tool’s input schema', () => {
  it('checks a pattern that backtracks catastrophically in a RegExp in linear time, and refuses a mismatch', async () => {
    const { call, sent } = patternTool('^(a+)+$')
    // 50,001 characters: a backtracking engine would try 2^50,000 ways before saying no.
    const outcome = await call(`${'a'.repeat(50_000)}!`)
    expect(outcome).toMatchObject({
      status: 'error',
      kind: 'invalid_arguments',
      message: expect.stringContaining('/code must match pattern "^(a+)+$"'),
    })
    expect(sent).toEqual([])
  })

  it('lets a matching string through to the action', async () => {
    const { call, sent } = patternTool('^(a+)+$')
    expect(await call('a'.repeat(50_000))).toMatchObject({ status: 'error', kind: 'api_error' })
    expect(sent).toHaveLength(1)
  })

  it('tests the pattern anywhere in the string, as JSON Schema says, with Unicode classes', async () => {
    const { call, sent } = patternTool('\\p{Lu}\\d{3}')
    expect(await call('ref: Ä123 (ok)')).toMatchObject({ kind: 'api_error' })
    expect(await call('ref: ä123')).toMatchObject({ kind: 'invalid_arguments' })
    expect(sent).toHaveLength(1)
  })

  it('leaves a pattern RE2 cannot express (lookahead) to the API instead of guessing', async () => {
    const { call, sent } = patternTool('^(?=.*\\d).+$')
    expect(await call('no digits')).toMatchObject({ status: 'error', kind: 'api_error' })
    expect(sent).toHaveLength(1)
  })
})
