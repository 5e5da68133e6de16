import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import type { ActionInstance } from 'react-action-instances'
import openapi from './fixtures/action-instances.openapi.json'
import { createHarness } from './fixtures/referenceApiHarness'

type Operation = {
  operationId: string
  responses: Record<string, { content?: { 'application/json': { schema: object } } }>
}

const ajv = new Ajv({ allErrors: true, strict: false })
addFormats(ajv)
ajv.addSchema({ components: openapi.components }, 'openapi')

const paths = openapi.paths as unknown as Record<string, Record<string, Operation>>
const connectionPath = '/connections/{connectionSelector}/actions/{actionSelector}'

function responseSchema(path: string, method: string, status: number): object | undefined {
  const operation = paths[path]?.[method]
  expect(operation, `${method} ${path} is in the contract`).toBeDefined()
  expect(Object.keys(operation?.responses ?? {})).toContain(String(status))
  const schema = operation?.responses[String(status)]?.content?.['application/json'].schema
  return schema === undefined
    ? undefined
    : JSON.parse(JSON.stringify(schema).replace(/"#\/components/g, '"openapi#/components'))
}

function expectValid(schema: object, body: unknown) {
  const validate = ajv.compile(schema)
  validate(body)
  expect(validate.errors ?? []).toEqual([])
}

const instanceSchema = { $ref: 'openapi#/components/schemas/ActionInstanceDto' }
const listSchema = {
  type: 'object',
  required: ['items'],
  properties: { items: { type: 'array', items: instanceSchema }, cursor: { type: 'string' } },
  additionalProperties: false,
}
const errorSchema = {
  type: 'object',
  required: ['type', 'message'],
  properties: {
    type: { type: 'string' },
    key: { type: 'string' },
    message: { type: 'string' },
    data: { type: 'object' },
    // A failed run's error carries the id of its log.
    actionRunId: { type: 'string' },
  },
  additionalProperties: false,
}
const runSchema = {
  type: 'object',
  required: ['output'],
  // `actionRunId` is the reference API's addition (the id of the run's log); the OpenAPI snapshot predates run logs.
  properties: { output: {}, logs: { type: 'array' }, actionRunId: { type: 'string' } },
  additionalProperties: false,
}

describe('reference API against the OpenAPI contract', () => {
  test('the fixture holds the seven connection-level operations the reference API serves', () => {
    const ids = Object.values(paths).flatMap((methods) => Object.values(methods).map((o) => o.operationId))
    for (const name of ['list', 'get', 'patch', 'setup', 'reset', 'run', 'archive']) {
      expect(ids).toContain(`ConnectionLevelAction${name === 'list' ? 's' : ''}Controller_${name}`)
    }
  })

  test('every operation answers with the documented status and a body matching its schema', async () => {
    const { call } = await createHarness()
    const action = '/connections/hubspot/actions/create-contact'
    const list = await call('GET', '/connections/hubspot/actions?limit=2')
    expect(responseSchema('/connections/{connectionSelector}/actions', 'get', 200)).toBeUndefined()
    expectValid(listSchema, list.body)
    expect(list.body.cursor).toEqual(expect.any(String))
    const steps: [string, string, string, string, number, unknown?][] = [
      ['get', 'GET', connectionPath, action, 200],
      ['patch', 'PATCH', connectionPath, action, 200, { config: { defaultInput: { tags: ['x'] } } }],
      ['post', 'POST', `${connectionPath}/setup`, `${action}/setup`, 201],
      ['post', 'POST', `${connectionPath}/reset`, `${action}/reset`, 201],
    ]
    for (const [verb, method, contractPath, path, status, body] of steps) {
      const result = await call<ActionInstance>(method, path, body === undefined ? {} : { body })
      expect(result.status).toBe(status)
      expectValid(responseSchema(contractPath, verb, status) ?? {}, result.body)
    }
    const run = await call('POST', `${action}/run`, { body: { email: 'c@d.io', firstName: 'C' } })
    expect(responseSchema(`${connectionPath}/run`, 'post', run.status)).toBeUndefined()
    expectValid(runSchema, run.body)
    const archived = await call('DELETE', action)
    expect(responseSchema(connectionPath, 'delete', archived.status)).toBeUndefined()
    expect(archived.body).toEqual({})
    const withArchived = await call('GET', '/connections/hubspot/actions?includeArchived=true')
    expectValid(listSchema, withArchived.body)
  })

  test('instances after dynamic-field setup still match ActionInstanceDto, and errors match the error shape', async () => {
    const { call } = await createHarness()
    await call('POST', '/connections/hubspot/actions/create-contact-property/run', {
      body: { name: 'tier', label: 'Tier', type: 'string' },
    })
    expectValid(instanceSchema, (await call('GET', '/connections/hubspot/actions/create-contact')).body)
    expectValid(
      instanceSchema,
      (await call('POST', '/connections/hubspot/actions/create-contact/setup')).body,
    )
    const errors = [
      await call('GET', '/connections/hubspot/actions/create-contact', { token: null }),
      await call('GET', '/connections/nope/actions'),
      await call('PUT', '/connections/hubspot/actions/create-contact', { body: {} }),
      await call('GET', '/connections/hubspot/actions?limit=0'),
      await call('POST', '/connections/hubspot/actions/create-contact/run', { body: { email: 'x' } }),
      await call('POST', '/connections/hubspot/actions/get-contact/run', { body: { id: 'missing' } }),
    ]
    expect(errors.map((e) => e.status)).toEqual([401, 404, 405, 400, 400, 400])
    for (const error of errors) expectValid(errorSchema, error.body)
  })
})
