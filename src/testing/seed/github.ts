import type { DataSchema, JsonObject } from '../../types'
import type { JsonSchema } from '../../types'
import type { SeedIntegration } from '../types'
import { avatar } from './avatar'
import { githubCollaborators, githubLabels, githubRepositories } from './githubRecords'

const repository: JsonSchema = {
  type: 'string',
  pattern: '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$',
  title: 'Repository',
  description: 'As owner/name.',
}

const repositoryChoice: DataSchema = { ...repository, referenceCollection: { key: 'repositories' } }

const labelChoices: DataSchema = {
  type: 'array',
  title: 'Labels',
  description: 'Labels of the chosen repository.',
  uniqueItems: true,
  default: [],
  items: {
    type: 'string',
    referenceCollection: { key: 'labels', parameters: { repository: { $var: '$.input.repository' } } },
  } as DataSchema,
}

const assigneeChoices: DataSchema = {
  type: 'array',
  title: 'Assignees',
  description: 'Collaborators, or any GitHub login.',
  uniqueItems: true,
  items: { type: 'string', referenceCollection: { key: 'collaborators' }, allowCustom: true } as DataSchema,
}

const issueType: DataSchema = {
  type: 'string',
  title: 'Type',
  referenceRecords: [
    { id: 'bug', name: 'Bug' },
    { id: 'feature', name: 'Feature request' },
    { id: 'task', name: 'Task' },
  ],
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
    type: { type: 'string' },
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
  dataCollections: {
    repositories: {
      records: () =>
        githubRepositories.map((id) => ({
          id,
          name: id,
          uri: `https://github.com/${id}`,
          iconUri: avatar(id, '#24292f'),
        })),
    },
    labels: {
      requiredParameters: ['repository'],
      records: ({ parameters }) =>
        (githubLabels[parameters.repository ?? ''] ?? []).map((name) => ({ id: name, name })),
    },
    collaborators: {
      records: () => githubCollaborators.map((login) => ({ id: login, name: login })),
    },
  },
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
          repository: repositoryChoice,
          title: { type: 'string', minLength: 1, maxLength: 256, title: 'Title' },
          body: { type: 'string', title: 'Body', description: 'Markdown.' },
          type: issueType,
          labels: labelChoices,
          assignees: assigneeChoices,
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
        for (const key of ['body', 'type', 'assignees', 'milestone'])
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
