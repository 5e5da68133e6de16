import type { JsonObject } from '../../types'
import type { JsonSchema } from '../../types'
import type { SeedIntegration } from '../types'

const repository: JsonSchema = {
  type: 'string',
  pattern: '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$',
  title: 'Repository',
  description: 'As owner/name.',
}

const milestone: JsonSchema = {
  type: 'object',
  required: ['title'],
  properties: { title: { type: 'string' }, dueOn: { type: 'string', format: 'date' } },
}

const issue: JsonSchema = {
  type: 'object',
  required: ['id', 'number', 'repository', 'title', 'state', 'labels', 'url', 'createdAt'],
  properties: {
    id: { type: 'string' },
    number: { type: 'integer', minimum: 1 },
    repository: { type: 'string' },
    title: { type: 'string' },
    body: { type: 'string' },
    state: { type: 'string', enum: ['open', 'closed'] },
    labels: { type: 'array', items: { type: 'string' } },
    assignees: { type: 'array', items: { type: 'string' } },
    milestone,
    url: { type: 'string', format: 'uri' },
    createdAt: { type: 'string', format: 'date-time' },
  },
  additionalProperties: false,
}

/** The seeded GitHub integration: issues in any repository, starting empty. */
export const github: SeedIntegration = {
  key: 'github',
  name: 'GitHub',
  actions: [
    {
      key: 'create-issue',
      name: 'Create issue',
      description: 'Opens an issue in a GitHub repository.',
      type: 'create-data-record',
      inputSchema: {
        type: 'object',
        required: ['repository', 'title'],
        properties: {
          repository,
          title: { type: 'string', minLength: 1, maxLength: 256, title: 'Title' },
          body: { type: 'string', title: 'Body', description: 'Markdown.' },
          labels: { type: 'array', items: { type: 'string' }, default: [], title: 'Labels' },
          assignees: { type: 'array', items: { type: 'string' }, title: 'Assignees' },
          milestone,
        },
        additionalProperties: false,
      },
      outputSchema: issue,
      run({ input, app, now }) {
        const repo = String(input.repository)
        const issues = app.records('issues')
        const number = [...issues.values()].filter((i) => i.repository === repo).length + 1
        const created: JsonObject = {
          id: app.nextId('issue'),
          number,
          repository: repo,
          title: String(input.title),
          state: 'open',
          labels: input.labels ?? [],
          url: `https://github.com/${repo}/issues/${number}`,
          createdAt: now,
        }
        for (const key of ['body', 'assignees', 'milestone'])
          if (input[key] !== undefined) created[key] = input[key]
        issues.set(String(created.id), created)
        return {
          output: created,
          logs: [{ level: 'info', message: `POST /repos/${repo}/issues`, status: 201 }],
        }
      },
    },
    {
      key: 'list-issues',
      name: 'List issues',
      description: 'Lists the issues of a GitHub repository.',
      type: 'list-data-records',
      inputSchema: {
        type: 'object',
        required: ['repository'],
        properties: {
          repository,
          state: { type: 'string', enum: ['open', 'closed', 'all'], default: 'open', title: 'State' },
          labels: {
            type: 'array',
            items: { type: 'string' },
            title: 'Labels',
            description: 'All must match.',
          },
        },
        additionalProperties: false,
      },
      outputSchema: {
        type: 'object',
        required: ['items'],
        properties: { items: { type: 'array', items: issue } },
        additionalProperties: false,
      },
      run({ input, app }) {
        const labels = Array.isArray(input.labels) ? input.labels : []
        const items = [...app.records('issues').values()].filter(
          (i) =>
            i.repository === input.repository &&
            (input.state === 'all' || i.state === input.state) &&
            labels.every((label) => Array.isArray(i.labels) && i.labels.includes(label)),
        )
        return { output: { items }, logs: [`Found ${items.length} issue(s) in ${String(input.repository)}`] }
      },
    },
  ],
}
