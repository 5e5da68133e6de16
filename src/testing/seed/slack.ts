import type { DataSchema, JsonObject, JsonSchema } from '../../types'
import { ActionRunError } from '../ActionRunError'
import type { SeedIntegration } from '../types'
import { slackChannels } from './slackChannels'

const channel: JsonSchema = {
  type: 'object',
  required: ['id', 'name', 'isArchived', 'memberCount'],
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    isArchived: { type: 'boolean' },
    memberCount: { type: 'integer', minimum: 0 },
  },
  additionalProperties: false,
}

const channelField: DataSchema = {
  type: 'string',
  minLength: 1,
  title: 'Channel',
  description: 'A channel id, or a name without "#".',
  referenceCollection: { key: 'channels' },
}

const userTokenField: DataSchema = {
  type: 'string',
  title: 'User token',
  description: 'Post as this user instead of the app (xoxp-…).',
  isSensitive: true,
}

/**
 * The seeded Slack integration: every customer's workspace starts with `#general`, `#random` and 250 team
 * channels, served as the `channels` data collection.
 */
export const slack: SeedIntegration = {
  key: 'slack',
  name: 'Slack',
  initialRecords: { channels: slackChannels() },
  dataCollections: {
    channels: {
      records: ({ app }) =>
        [...app.records('channels').values()]
          .filter((c) => c.isArchived !== true)
          .map((c) => ({
            id: String(c.id),
            name: String(c.name),
            fields: { memberCount: c.memberCount ?? 0 },
          })),
    },
  },
  actions: [
    {
      key: 'send-message',
      name: 'Send message',
      description: 'Posts a message to a Slack channel.',
      type: 'connector-operation',
      inputSchema: {
        type: 'object',
        required: ['channel', 'text'],
        properties: {
          channel: channelField,
          text: { type: 'string', minLength: 1, maxLength: 4000, title: 'Text' },
          threadTs: { type: 'string', title: 'Thread', description: 'Reply in this thread.' },
          userToken: userTokenField,
          unfurlLinks: { type: 'boolean', default: true, title: 'Unfurl links' },
          attachments: {
            type: 'array',
            title: 'Attachments',
            items: {
              type: 'object',
              required: ['title'],
              properties: { title: { type: 'string' }, url: { type: 'string', format: 'uri' } },
              additionalProperties: false,
            },
          },
        },
        additionalProperties: false,
      },
      outputSchema: {
        type: 'object',
        required: ['ts', 'channel', 'text', 'postedAt'],
        properties: {
          ts: { type: 'string' },
          channel: { type: 'string' },
          text: { type: 'string' },
          threadTs: { type: 'string' },
          postedAt: { type: 'string', format: 'date-time' },
        },
        additionalProperties: false,
      },
      run({ input, app, now }) {
        const name = String(input.channel).replace(/^#/, '')
        const found =
          app.records('channels').get(name) ??
          [...app.records('channels').values()].find((c) => c.name === name)
        if (found === undefined)
          throw new ActionRunError(`Slack has no channel named "${name}".`, { channel: name })
        const message: JsonObject = {
          ts: app.nextId('ts'),
          channel: String(found.name),
          text: String(input.text),
          postedAt: now,
        }
        if (typeof input.threadTs === 'string') message.threadTs = input.threadTs
        app.records('messages').set(String(message.ts), message)
        const as = typeof input.userToken === 'string' ? ' as the user' : ''
        return { output: message, logs: [`Posted to #${String(found.name)}${as}`] }
      },
    },
    {
      key: 'list-channels',
      name: 'List channels',
      description: 'Lists the channels of the Slack workspace.',
      type: 'list-data-records',
      inputSchema: {
        type: 'object',
        properties: { includeArchived: { type: 'boolean', default: false, title: 'Include archived' } },
        additionalProperties: false,
      },
      outputSchema: {
        type: 'object',
        required: ['items'],
        properties: { items: { type: 'array', items: channel } },
        additionalProperties: false,
      },
      run({ input, app }) {
        const items = [...app.records('channels').values()].filter(
          (c) => input.includeArchived === true || !c.isArchived,
        )
        return { output: { items }, logs: [`Found ${items.length} channel(s)`] }
      },
    },
  ],
}
