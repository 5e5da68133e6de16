import {
  loadToolDefinitions,
  mayAlwaysAllow,
  toToolDefinitions,
  toolNames,
} from 'react-action-instances/tools'
import type { ToolFormat, ToolSet } from 'react-action-instances/tools'
import type { ActionInstance } from 'react-action-instances'
import { definitionProblems, toolNameOf } from './support/toolRules'
import { FORMATS, SEEDED_CONNECTIONS, toolsClient } from './support/toolsClient'

function expectValid(set: ToolSet) {
  const names = set.tools.map(toolNameOf)
  expect(new Set(names).size).toBe(names.length)
  for (const tool of set.tools)
    expect({ tool: toolNameOf(tool), problems: definitionProblems(set.format, tool) }).toEqual({
      tool: toolNameOf(tool),
      problems: [],
    })
  expect(Object.keys(set.entries).sort()).toEqual([...names].sort())
}

const customSchema = {
  type: 'object',
  required: ['email', 'owner'],
  definitions: { email: { type: 'string', format: 'email', title: 'Email' } },
  properties: {
    email: { $ref: '#/definitions/email' },
    owner: {
      type: 'string',
      title: 'Owner',
      referenceRecords: [
        { id: 'u1', name: 'Ada' },
        { id: 'u2', name: 'Grace' },
      ],
    },
    list: {
      type: 'string',
      referenceCollection: { key: 'lists', parameters: { email: { $var: '$.input.email' } } },
    },
    tag: {
      type: 'string',
      allowCustom: true,
      referenceRecords: Array.from({ length: 60 }, (_, i) => ({ id: `t${i}`, name: `Tag ${i}` })),
    },
    apiKey: { type: 'string', isSensitive: true, title: 'API key' },
    company: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] },
  },
  additionalProperties: false,
}

describe('toToolDefinitions', () => {
  describe('given the seeded actions', () => {
    it.each(FORMATS)('writes one valid %s tool per action, named <connection>-<action>', async (format) => {
      const { client } = await toolsClient()
      const set = await loadToolDefinitions(client, SEEDED_CONNECTIONS, { format })
      expect(set.tools).toHaveLength(10)
      expectValid(set)
      expect(set.entries['slack-send-message']?.target).toEqual({
        connection: 'slack',
        action: 'send-message',
      })
      if (format === 'openai') {
        const strict = set.tools.filter((t) => 'function' in t && t.function.strict).length
        console.info(
          `seeded: ${strict} of ${set.tools.length} OpenAI tools strict; fallbacks: ${JSON.stringify(set.nonStrict)}`,
        )
        expect(set.nonStrict).toEqual([])
      } else expect(set.nonStrict).toEqual([])
    })

    it('turns the seed reference fields into strings: records as an enum, collections described', async () => {
      const { client } = await toolsClient()
      const set = await loadToolDefinitions(client, ['github', 'slack'], { format: 'anthropic' })
      const props = (name: string) =>
        (
          set.tools.find((t) => t.name === name)?.input_schema as unknown as {
            properties: Record<string, Record<string, unknown>>
          }
        ).properties
      expect(props('github-create-issue').type).toMatchObject({
        type: 'string',
        enum: ['bug', 'feature', 'task'],
      })
      expect(props('github-create-issue').type?.description).toContain('bug (Bug)')
      expect(props('slack-send-message').channel).toMatchObject({ type: 'string' })
      expect(props('slack-send-message').channel?.description).toContain('"channels" collection')
    })

    it('marks a deleting action destructive and a listing one read-only for MCP', async () => {
      const { client } = await toolsClient()
      const set = await loadToolDefinitions(client, ['hubspot'], { format: 'mcp' })
      const byName = Object.fromEntries(set.tools.map((t) => [t.name, t]))
      expect(byName['hubspot-delete-contact']?.annotations).toMatchObject({
        destructiveHint: true,
        readOnlyHint: false,
      })
      expect(byName['hubspot-list-contacts']?.annotations).toMatchObject({
        destructiveHint: false,
        readOnlyHint: true,
      })
    })
  })

  describe('given instances with only the fields the OpenAPI requires', () => {
    it('names a bare instance by its connection, treats an unknown type as possibly deleting, and never always allows it', () => {
      const instance: ActionInstance = {
        id: 'inst-1',
        inputSchema: { type: 'object', properties: { q: { type: 'string' } } },
      }
      const set = toToolDefinitions([{ connection: 'hubspot', instance }], { format: 'mcp' })
      expectValid(set)
      const [tool] = set.tools
      expect(tool?.name).toBe('hubspot-inst-1')
      expect(tool?.annotations).toMatchObject({ title: 'inst-1', destructiveHint: true, readOnlyHint: false })
      const entry = set.entries['hubspot-inst-1']
      expect(entry?.type).toBeUndefined()
      expect(mayAlwaysAllow(entry!.target, entry!.type)).toBe(false)
      expect(mayAlwaysAllow({ connection: 'hubspot', action: 'list' }, 'list-data-records')).toBe(true)
    })

    it('says how to pass an instance that names no connection, instead of writing a tool for no connection', () => {
      expect(() => toToolDefinitions([{ id: 'inst-1' }], { format: 'openai' })).toThrow(
        'Action instance inst-1 has no integrationKey or connectionId: pass it as { connection, instance }.',
      )
    })
  })

  describe('given customized actions (PATCH)', () => {
    it.each(FORMATS)(
      'writes valid %s tools: extensions replaced, $refs inlined, the default input as default',
      async (format) => {
        const { client } = await toolsClient()
        await client
          .connection('hubspot')
          .action('create-contact')
          .patch({ inputSchema: customSchema as never, config: { defaultInput: { owner: 'u1' } } })
        await client
          .connection('slack')
          .action('send-message')
          .patch({ config: { defaultInput: { channel: 'general', unfurlLinks: false } } })
        const set = await loadToolDefinitions(client, SEEDED_CONNECTIONS, { format })
        expectValid(set)
        const anthropic = toToolDefinitions(
          set.tools.length ? [await client.connection('hubspot').action('create-contact').get()] : [],
          { format: 'anthropic' },
        )
        const schema = anthropic.tools[0]?.input_schema as unknown as {
          properties: Record<string, Record<string, unknown>>
          required: string[]
        }
        expect(schema.properties.email).toEqual({ type: 'string', format: 'email', title: 'Email' })
        expect(schema.properties.owner).toMatchObject({ type: 'string', enum: ['u1', 'u2'], default: 'u1' })
        expect(schema.properties.owner?.description).toContain('u1 (Ada)')
        expect(schema.properties.list).toMatchObject({ type: 'string' })
        expect(schema.properties.list?.description).toContain('"lists" collection')
        expect(schema.properties.tag?.enum).toBeUndefined()
        expect(schema.properties.tag?.description).toContain('and 10 more')
        expect(schema.properties.apiKey).toEqual({ type: 'string', title: 'API key' })
        expect(schema.required).toEqual(['email'])
        expect(JSON.stringify(schema)).not.toMatch(
          /referenceRecords|referenceCollection|allowCustom|isSensitive|\$ref|definitions/,
        )
        if (format === 'openai') {
          console.info(
            `customized: ${set.tools.length - set.nonStrict.length} of ${set.tools.length} OpenAI tools strict; fallbacks: ${JSON.stringify(set.nonStrict)}`,
          )
          expect(set.nonStrict).toEqual([])
        }
      },
    )
  })

  describe('given an outdated instance (a custom field added since its setup)', () => {
    async function outdated() {
      const { client } = await toolsClient()
      await client
        .connection('hubspot')
        .action('create-contact-property')
        .run({ name: 'favorite_color', label: 'Favorite color', type: 'string' })
      return client
    }

    it.each(FORMATS)(
      'sets it up first with setupOutdated, so the %s tool has the new field',
      async (format) => {
        const client = await outdated()
        const listed = await client.connection('hubspot').actions.list()
        expect(listed.items.find((i) => i.key === 'create-contact')?.isOutdated).toBe(true)
        const stale = await loadToolDefinitions(client, ['hubspot'], { format, setupOutdated: false })
        expect(JSON.stringify(stale.tools)).not.toContain('favorite_color')
        const set = await loadToolDefinitions(client, ['hubspot'], { format, setupOutdated: true })
        expectValid(set)
        const tool = set.tools.find((t) => toolNameOf(t) === 'hubspot-create-contact')
        expect(JSON.stringify(tool)).toContain('favorite_color')
      },
    )
  })

  describe('names', () => {
    it('sanitizes, truncates to 64 characters and keeps names unique, mapping each back to its action', () => {
      const long = 'a'.repeat(80)
      const names = toolNames([
        { connection: 'my app', action: 'send/message' },
        { connection: 'my_app', action: 'send message' },
        { connection: long, action: 'x' },
        { connection: long, action: 'y' },
        { connection: 'hubspot', action: 'create-contact', instanceKey: 'second' },
      ])
      expect(names).toEqual([
        'my_app-send_message',
        'my_app-send_message_2',
        'a'.repeat(64),
        `${'a'.repeat(62)}_2`,
        'hubspot-create-contact-second',
      ])
      const instance = (key: string, connection: string): ActionInstance =>
        ({
          id: `id-${key}`,
          key,
          name: key,
          type: 'connector-operation',
          integrationKey: connection,
          connectionId: 'c',
          inputSchema: { type: 'object', properties: {} },
        }) as unknown as ActionInstance
      const set = toToolDefinitions(
        [instance('send/message', 'my app'), instance('send message', 'my_app')],
        { format: 'openai' as ToolFormat },
      )
      expect(Object.values(set.entries).map((e) => e.target)).toEqual([
        { connection: 'my app', action: 'send/message' },
        { connection: 'my_app', action: 'send message' },
      ])
    })
  })

  describe('references', () => {
    it('describes a $ref to a named anchor or with a malformed escape as unresolved, never as the whole schema', () => {
      const instance = {
        id: 'id-refs',
        key: 'refs',
        name: 'Refs',
        type: 'connector-operation',
        integrationKey: 'app',
        connectionId: 'c',
        inputSchema: {
          type: 'object',
          definitions: {},
          properties: { anchor: { $ref: '#contact' }, broken: { $ref: '#/definitions/%E0%A4%A' } },
        },
      } as unknown as ActionInstance
      const set = toToolDefinitions([instance], { format: 'anthropic' })
      const schema = (set.tools[0] as { input_schema: { properties: Record<string, unknown> } }).input_schema
      expect(schema.properties).toEqual({
        anchor: { description: 'Any value (an unresolved reference: #contact).' },
        broken: { description: 'Any value (an unresolved reference: #/definitions/%E0%A4%A).' },
      })
      expectValid(set)
    })
  })
})
