import type { ActionInstance, FieldError } from 'react-action-instances'
import { createHarness } from './fixtures/referenceApiHarness'
import type { Harness } from './fixtures/referenceApiHarness'
import { schemaErrors } from './fixtures/outputMatchesSchema'

type RunBody = { output: Record<string, unknown> & { items?: Record<string, unknown>[] }; logs: unknown[] }

async function run(harness: Harness, connection: string, action: string, input: unknown) {
  const result = await harness.call<
    RunBody & { type: string; message: string; data?: { errors?: FieldError[] } }
  >('POST', `/connections/${connection}/actions/${action}/run`, { body: input })
  if (result.status === 201) {
    const instance = (
      await harness.call<ActionInstance>('GET', `/connections/${connection}/actions/${action}`)
    ).body
    expect(schemaErrors(instance.outputSchema ?? {}, result.body.output)).toEqual([])
    expect(result.body.logs.length).toBeGreaterThan(0)
  }
  return result
}

describe('reference API runs against the in-memory external app', () => {
  test('contacts: create, list, get, update, delete, with defaults applied', async () => {
    const h = await createHarness()
    const created = await run(h, 'hubspot', 'create-contact', {
      email: 'ada@example.com',
      firstName: 'Ada',
      company: { name: 'Analytical', domain: 'example.com' },
      birthDate: '1815-12-10',
      website: 'https://ada.example.com',
    })
    expect(created.status).toBe(201)
    expect(created.body.output).toMatchObject({ email: 'ada@example.com', lifecycleStage: 'lead', tags: [] })
    const id = created.body.output.id as string
    expect((await run(h, 'hubspot', 'list-contacts', {})).body.output.items?.map((c) => c.id)).toEqual([id])
    expect((await run(h, 'hubspot', 'get-contact', { id })).body.output.firstName).toBe('Ada')
    const updated = await run(h, 'hubspot', 'update-contact', {
      id,
      lastName: 'Lovelace',
      lifecycleStage: 'customer',
    })
    expect(updated.body.output).toMatchObject({
      firstName: 'Ada',
      lastName: 'Lovelace',
      lifecycleStage: 'customer',
    })
    expect((await run(h, 'hubspot', 'list-contacts', { search: 'LOVE' })).body.output.items).toHaveLength(1)
    expect((await run(h, 'hubspot', 'delete-contact', { id })).body.output).toEqual({ id, deleted: true })
    expect((await run(h, 'hubspot', 'list-contacts', {})).body.output.items).toEqual([])
    for (const action of ['get-contact', 'update-contact', 'delete-contact']) {
      const missing = await run(h, 'hubspot', action, { id })
      expect({ action, status: missing.status, type: missing.body.type }).toEqual({
        action,
        status: 400,
        type: 'action_run',
      })
    }
  })

  test('a duplicate email is rejected by the external app as action_run', async () => {
    const h = await createHarness()
    await run(h, 'hubspot', 'create-contact', { email: 'dup@example.com', firstName: 'A' })
    const duplicate = await run(h, 'hubspot', 'create-contact', { email: 'DUP@example.com', firstName: 'B' })
    expect(duplicate.status).toBe(400)
    expect(duplicate.body).toMatchObject({
      type: 'action_run',
      key: 'action_run',
      message: expect.stringMatching(/already exists/),
    })
  })

  test('invalid input is a 400 with JSON Pointer field errors', async () => {
    const h = await createHarness()
    const result = await run(h, 'hubspot', 'create-contact', {
      email: 'not-an-email',
      company: { domain: 'not a host' },
      birthDate: '1815-13-45',
      website: 'nope',
      lifecycleStage: 'alien',
      tags: ['a', 'a'],
      extra: 1,
    })
    expect(result.status).toBe(400)
    expect(result.body.type).toBe('bad_request')
    const paths = result.body.data?.errors?.map((e) => `${e.path}:${e.keyword}`).sort()
    expect(paths).toEqual(
      [
        '/firstName:required',
        '/email:format',
        '/company/domain:format',
        '/birthDate:format',
        '/website:format',
        '/lifecycleStage:enum',
        '/tags:uniqueItems',
        '/extra:additionalProperties',
      ].sort(),
    )
    expect((await run(h, 'hubspot', 'create-contact', [])).status).toBe(400)
  })

  test('slack and github actions behave like their apps', async () => {
    const h = await createHarness()
    const channels = await run(h, 'slack', 'list-channels', {})
    const names = channels.body.output.items?.map((c) => c.name) ?? []
    // #general, #random and the 250 team channels the `channels` data collection pages through.
    expect(names.slice(0, 3)).toEqual(['general', 'random', 'eng-alerts'])
    expect(names).toHaveLength(252)
    expect(
      (await run(h, 'slack', 'send-message', { channel: '#random', text: 'hi' })).body.output,
    ).toMatchObject({ channel: 'random', text: 'hi' })
    // The form picks channels by id (the record's `id` in the data collection).
    expect(
      (await run(h, 'slack', 'send-message', { channel: 'C0RANDOM', text: 'hi' })).body.output,
    ).toMatchObject({ channel: 'random' })
    expect((await run(h, 'slack', 'send-message', { channel: 'nope', text: 'hi' })).body.type).toBe(
      'action_run',
    )
    const issue = await run(h, 'github', 'create-issue', {
      repository: 'acme/app',
      title: 'Bug',
      milestone: { title: 'v1', dueOn: '2030-01-01' },
    })
    expect(issue.body.output).toMatchObject({
      number: 1,
      state: 'open',
      url: 'https://github.com/acme/app/issues/1',
    })
    expect(
      (await run(h, 'github', 'list-issues', { repository: 'acme/app' })).body.output.items,
    ).toHaveLength(1)
    expect((await run(h, 'github', 'list-issues', { repository: 'acme/other' })).body.output.items).toEqual(
      [],
    )
    expect(
      (await run(h, 'github', 'create-issue', { repository: 'no slash', title: 'x' })).body.data?.errors?.[0]
        ?.path,
    ).toBe('/repository')
  })

  test('config.defaultInput merges under the input: input wins, objects merge, arrays and scalars replace', async () => {
    const h = await createHarness()
    await h.call('PATCH', '/connections/hubspot/actions/create-contact', {
      body: {
        config: {
          defaultInput: {
            firstName: 'Default',
            lifecycleStage: 'customer',
            company: { name: 'Acme', domain: 'acme.com' },
            tags: ['vip', 'imported'],
          },
        },
      },
    })
    const result = await run(h, 'hubspot', 'create-contact', {
      email: 'm@acme.com',
      lifecycleStage: 'subscriber',
      company: { domain: 'acme.org' },
      tags: ['new'],
    })
    expect(result.status).toBe(201)
    expect(result.body.output).toMatchObject({
      firstName: 'Default',
      lifecycleStage: 'subscriber',
      company: { name: 'Acme', domain: 'acme.org' },
      tags: ['new'],
    })
  })

  test('prototype keys in input or defaults are dropped and pollute nothing', async () => {
    const h = await createHarness()
    await h.call('PATCH', '/connections/github/actions/create-issue', {
      body: { config: { defaultInput: JSON.parse('{"__proto__": {"polluted": true}, "title": "Default"}') } },
    })
    const result = await h.call<RunBody>('POST', '/connections/github/actions/create-issue/run', {
      raw: '{"repository":"a/b","constructor":{"prototype":{"polluted":true}},"__proto__":{"polluted":true}}',
    })
    expect(result.status).toBe(201)
    expect(result.body.output.title).toBe('Default')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  test('a customized inputSchema that does not compile is refused at PATCH with a 400 naming it', async () => {
    const h = await createHarness()
    const patched = await h.call('PATCH', '/connections/slack/actions/send-message', {
      body: { inputSchema: { type: 'object', properties: { a: { type: 'nonsense' } } } },
    })
    expect(patched.status).toBe(400)
    expect(patched.body).toMatchObject({
      type: 'bad_request',
      message: expect.stringMatching(/"inputSchema" is not a valid JSON Schema/),
    })
    const result = await run(h, 'slack', 'send-message', { channel: 'general', text: 'x' })
    expect(result.status).toBe(201)
    expect((await run(h, 'slack', 'list-channels', {})).status).toBe(201)
  })
})
