import { Ajv } from 'ajv'
import { createActionsClient } from 'react-action-instances'
import type { ActionInstance } from 'react-action-instances'
import { executeToolCall, parseToolCall, toToolDefinitions } from 'react-action-instances/tools'

// A host's server answering many customers sees many schemas: the validators the tools compile stay bounded.
describe('argument validators across many distinct schemas', () => {
  it('keeps at most 200 compiled schemas, releasing the least recently used from ajv, and still validates', async () => {
    const instances: ActionInstance[] = Array.from({ length: 250 }, (_, i) => ({
      id: `action-${i}`,
      key: `action-${i}`,
      integrationKey: 'crm',
      inputSchema: {
        type: 'object',
        required: ['count'],
        properties: { count: { type: 'integer', minimum: i } },
      },
    }))
    const tools = toToolDefinitions(instances, { format: 'openai' })
    const client = createActionsClient({
      apiUri: 'http://127.0.0.1:9',
      token: 'unused',
      fetch: () => Promise.reject(new Error('invalid arguments are never sent')),
    })
    const call = (i: number, count: number) =>
      executeToolCall(
        client,
        parseToolCall(
          { id: `call-${i}`, function: { name: `crm-action-${i}`, arguments: JSON.stringify({ count }) } },
          { format: 'openai', tools },
        ),
      )
    const released = vi.spyOn(Ajv.prototype, 'removeSchema')
    try {
      for (let i = 0; i < 250; i += 1) {
        const outcome = await call(i, -1)
        expect(outcome).toMatchObject({ status: 'error', kind: 'invalid_arguments' })
      }
      // 250 schemas compiled, 200 kept: the 50 oldest were dropped from ajv's own cache too.
      expect(released).toHaveBeenCalledTimes(50)
      // A dropped schema compiles again on its next call and gives the same verdict.
      expect(await call(0, -1)).toMatchObject({
        status: 'error',
        kind: 'invalid_arguments',
        message: expect.stringContaining('/count must be >= 0'),
      })
      expect(released).toHaveBeenCalledTimes(51)
      // A recently used schema is kept: calling it again compiles nothing and releases nothing.
      expect(await call(249, -1)).toMatchObject({ status: 'error', kind: 'invalid_arguments' })
      expect(released).toHaveBeenCalledTimes(51)
    } finally {
      released.mockRestore()
    }
  })
})
