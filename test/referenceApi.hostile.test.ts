// @vitest-environment node
import { createReferenceApi } from 'react-action-instances/testing'
import { assertCleanError, createHostileHarness } from './support/hostileHarness'
import type { Answer, HostileCase, HostileHarness } from './support/hostileHarness'

const LIST = '/connections/hubspot/actions'
const INSTANCE = '/connections/hubspot/actions/create-contact'
const RUN = `${INSTANCE}/run`
const routes: [string, string][] = [
  ['GET', LIST],
  ['GET', INSTANCE],
  ['PATCH', INSTANCE],
  ['DELETE', INSTANCE],
  ['POST', `${INSTANCE}/setup`],
  ['POST', `${INSTANCE}/reset`],
  ['POST', RUN],
]

// Changes one character in the middle of the signature (the last one carries padding bits).
function flipSignature(token: string): string {
  const at = token.length - 10
  return `${token.slice(0, at)}${token[at] === 'A' ? 'B' : 'A'}${token.slice(at + 1)}`
}

function nested(depth: number): string {
  return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)
}

function json(answer: Answer): { [key: string]: unknown } {
  return JSON.parse(answer.text) as { [key: string]: unknown }
}

async function attackerIds(h: HostileHarness) {
  const instance = json(await h.call('GET', INSTANCE))
  return { id: String(instance.id), connectionId: String(instance.connectionId) }
}

async function firstCursor(h: HostileHarness, query = ''): Promise<string> {
  const page = json(await h.call('GET', `${LIST}?limit=1${query}`))
  return String(page.cursor)
}

const cases: HostileCase[] = []
const add = (
  kind: HostileCase['kind'],
  name: string,
  expected: number | number[],
  send: HostileCase['send'],
) => cases.push({ kind, name, expect: expected, send })

// ---------------------------------------------------------------- auth
const badAuth: [string, (h: HostileHarness) => Promise<Record<string, string>>][] = [
  ['no Authorization header', async () => ({})],
  ['"Bearer" alone', async () => ({ authorization: 'Bearer' })],
  ['Basic credentials', async () => ({ authorization: 'Basic dXNlcjpwYXNz' })],
  [
    'a token of another workspace',
    async () => ({
      authorization: `Bearer ${await createReferenceApi({ workspaceSecret: 'x'.repeat(40) }).mintToken()}`,
    }),
  ],
  [
    'an expired token',
    async (h) => ({ authorization: `Bearer ${await h.api.mintToken({ expiresIn: -60 })}` }),
  ],
  [
    'a token with a flipped signature',
    async (h) => ({ authorization: `Bearer ${flipSignature(h.attacker)}` }),
  ],
  [
    'an alg:none token',
    async () => ({
      authorization: `Bearer ${btoa('{"alg":"none"}')}.${btoa('{"id":"victim","exp":9999999999}')}.`,
    }),
  ],
  ['three garbage segments', async () => ({ authorization: 'Bearer a.b.c' })],
  ['a token of 8 KB', async () => ({ authorization: `Bearer ${'A'.repeat(8192)}` })],
]
for (const [method, path] of routes) {
  for (const [name, headers] of badAuth) {
    add('auth', `${method} ${path} with ${name} is a 401`, 401, async (h) =>
      h.call(method, path, {
        token: null,
        headers: await headers(h),
        body: method === 'GET' || method === 'DELETE' ? undefined : {},
      }),
    )
  }
}
add('auth', 'a token in the query string is a 401', 401, (h) =>
  h.call('GET', `${LIST}?token=${h.attacker}`, { token: null }),
)
add('auth', 'a token in access_token is a 401', 401, (h) =>
  h.call('GET', `${LIST}?access_token=${h.attacker}`, { token: null }),
)

// ---------------------------------------------------------------- tenancy
for (const [method, suffix] of [
  ['GET', ''],
  ['PATCH', ''],
  ['DELETE', ''],
  ['POST', '/setup'],
  ['POST', '/reset'],
  ['POST', '/run'],
] as const) {
  add('tenancy', `${method} of another customer's instance id${suffix} is a 404`, 404, async (h) => {
    const { id } = await attackerIds(h)
    return h.call(method, `/connections/hubspot/actions/${id}${suffix}`, {
      token: h.victim,
      body: method === 'GET' || method === 'DELETE' ? undefined : {},
    })
  })
  add('tenancy', `${method} through another customer's connection id${suffix} is a 404`, 404, async (h) => {
    const { connectionId } = await attackerIds(h)
    return h.call(method, `/connections/${connectionId}/actions/create-contact${suffix}`, {
      token: h.victim,
      body: method === 'GET' || method === 'DELETE' ? undefined : {},
    })
  })
}
add('tenancy', "a list through another customer's connection id is a 404", 404, async (h) => {
  const { connectionId } = await attackerIds(h)
  return h.call('GET', `/connections/${connectionId}/actions`, { token: h.victim })
})
add('tenancy', "another customer's cursor is a 400", 400, async (h) =>
  h.call('GET', `${LIST}?cursor=${await firstCursor(h)}`, { token: h.victim }),
)
add('tenancy', 'a cursor of another connection is a 400', 400, async (h) =>
  h.call('GET', `/connections/slack/actions?cursor=${await firstCursor(h)}`),
)
add('tenancy', 'a cursor with other search is a 400', 400, async (h) =>
  h.call('GET', `${LIST}?search=contact&cursor=${await firstCursor(h)}`),
)
add('tenancy', 'a cursor with other includeArchived is a 400', 400, async (h) =>
  h.call('GET', `${LIST}?includeArchived=true&cursor=${await firstCursor(h)}`),
)
add('tenancy', 'cursors reveal no count: two first pages give unrelated cursors', 200, async (h) => {
  const a = await firstCursor(h)
  const b = await firstCursor(h)
  expect(a).not.toBe(b)
  expect(atob(a.replace(/[^A-Za-z0-9+/]/g, '').slice(0, 8))).not.toMatch(/seq/)
  return h.call('GET', `${LIST}?limit=1&cursor=${b}`)
})
for (const forged of [
  'c2VxOjE',
  'c2VxOjA',
  'c2VxOjk5OTk5OTk',
  'seq:1',
  '0',
  '-1',
  'AAAA',
  '%00',
  'null',
  'undefined',
  'x'.repeat(5000),
]) {
  add('tenancy', `a forged cursor ${forged.slice(0, 12)} is a 400`, 400, (h) =>
    h.call('GET', `${LIST}?cursor=${encodeURIComponent(forged)}`),
  )
}
add('tenancy', "a victim's instanceKey instance is not visible to the attacker", 404, async (h) => {
  await h.call('GET', `${INSTANCE}?instanceKey=private`, { token: h.victim })
  return h.call('GET', `${INSTANCE}?instanceKey=private&autoCreate=false`)
})

// ---------------------------------------------------------------- methods/headers
const wrongMethods: [string, string][] = [
  ['POST', LIST],
  ['PATCH', LIST],
  ['DELETE', LIST],
  ['PUT', LIST],
  ['POST', INSTANCE],
  ['PUT', INSTANCE],
  ['GET', RUN],
  ['PATCH', RUN],
  ['DELETE', RUN],
  ['PUT', RUN],
  ['GET', `${INSTANCE}/setup`],
  ['DELETE', `${INSTANCE}/reset`],
  ['PROPFIND', LIST],
  ['FOO', INSTANCE],
]
for (const [method, path] of wrongMethods) {
  add('methods/headers', `${method} ${path} is a 405 with Allow`, 405, async (h) => {
    const answer = await h.call(method, path)
    expect(answer.headers.get('allow')).toMatch(/GET|POST/)
    return answer
  })
}
for (const method of ['TRACE', 'PURGE', 'LOCK']) {
  add('methods/headers', `${method} over HTTP is a 405`, 405, (h) =>
    h.raw(`${method} ${LIST} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`),
  )
}
const badHosts = [
  '[',
  'a b',
  ':99999',
  'a%zz',
  'a/b',
  'a@b',
  '..',
  'exa mple.com:80',
  '[::1',
  'host:port',
  'a?b',
  '\u00e9.com',
  'a\\b',
  '127.0.0.1:-1',
]
for (const host of badHosts) {
  add('methods/headers', `Host ${JSON.stringify(host)} is a 400 that does not echo it`, 400, async (h) => {
    const answer = await h.raw(
      `GET ${LIST} HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer ${h.attacker}\r\nConnection: close\r\n\r\n`,
    )
    if (host.length > 2) expect(answer.text).not.toContain(host)
    return answer
  })
}
add('methods/headers', 'an absolute-form target is accepted', 200, (h) =>
  h.raw(
    `GET http://other.example${LIST} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${h.attacker}\r\nConnection: close\r\n\r\n`,
  ),
)
add('methods/headers', 'an absolute-form target with a bad host is a 400', 400, (h) =>
  h.raw(`GET http://a%zz${LIST} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`),
)
add('methods/headers', 'OPTIONS * answers 204 with Allow', 204, async (h) => {
  const answer = await h.raw('OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n')
  expect(answer.headers.get('allow')).toContain('GET')
  return answer
})
add('methods/headers', 'GET * is a 400', 400, (h) =>
  h.raw('GET * HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n'),
)
for (const type of [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/jsonx',
  'json',
  'text/json',
]) {
  for (const [method, path] of [
    ['PATCH', INSTANCE],
    ['POST', RUN],
  ] as const) {
    add('methods/headers', `${method} with Content-Type ${type} is a 415`, 415, (h) =>
      h.call(method, path, { raw: '{}', headers: { 'content-type': type } }),
    )
  }
}
for (const path of [
  '/',
  '/connections',
  '/connections/hubspot/nope',
  '/connections/hubspot/actions/x/y/z',
  '/admin',
  '/connections/hubspot/actions/create-contact/run/again',
]) {
  add('methods/headers', `GET ${path} is a 404`, 404, (h) => h.call('GET', path))
}
for (const path of [
  '/connections/%zz/actions',
  '/connections/hubspot/actions/%E0%A4%A',
  '/connections/%/actions',
]) {
  add('methods/headers', `a malformed escape in ${path} is a 400`, 400, (h) => h.call('GET', path))
}

// ---------------------------------------------------------------- bodies
const badJson = [
  '{',
  '{"a":',
  '[1,]',
  "{'a':1}",
  'NaN',
  '{"a":1}}',
  'undefined',
  '\u0000',
  '{"a":1,}',
  '"unterminated',
]
for (const raw of badJson) {
  for (const [method, path] of [
    ['PATCH', INSTANCE],
    ['POST', RUN],
  ] as const) {
    add('bodies', `${method} with malformed JSON ${JSON.stringify(raw)} is a 400`, 400, (h) =>
      h.call(method, path, { raw }),
    )
  }
}
for (const value of [[], 5, 'text', null, true]) {
  for (const [method, path] of [
    ['PATCH', INSTANCE],
    ['POST', RUN],
  ] as const) {
    add('bodies', `${method} with a body of ${JSON.stringify(value)} is a 400`, 400, (h) =>
      h.call(method, path, { body: value }),
    )
  }
}
for (const depth of [1_025, 2_500, 200_000]) {
  add(
    'bodies',
    `PATCH config nested ${depth} levels is a 400 that names the limit and stores nothing`,
    400,
    async (h) => {
      const answer = await h.call('PATCH', INSTANCE, { raw: `{"config":${nested(depth)}}` })
      expect(json(answer).message).toContain('1,024')
      expect((await h.call('GET', INSTANCE)).status).toBe(200)
      expect((await h.call('GET', LIST)).status).toBe(200)
      return answer
    },
  )
  add('bodies', `a run input nested ${depth} levels is a 400`, 400, (h) =>
    h.call('POST', RUN, { raw: nested(depth) }),
  )
  add('bodies', `arrays nested ${depth} levels are a 400`, 400, (h) =>
    h.call('POST', RUN, { raw: `{"a":${'['.repeat(depth)}${']'.repeat(depth)}}` }),
  )
}
add('bodies', 'PATCH config at the depth limit is stored, and GET and list still answer', 200, async (h) => {
  const answer = await h.call('PATCH', INSTANCE, { raw: `{"config":${nested(1_023)}}` })
  expect(answer.status).toBe(200)
  expect((await h.call('GET', LIST)).status).toBe(200)
  return h.call('GET', INSTANCE)
})
add('bodies', 'a body with 20,001 keys is a 400', 400, (h) =>
  h.call('PATCH', INSTANCE, {
    raw: `{"config":{${Array.from({ length: 20_001 }, (_, i) => `"k${i}":1`).join(',')}}}`,
  }),
)
add('bodies', 'a run body with 30,000 array items is a 400', 400, (h) =>
  h.call('POST', RUN, { raw: `{"tags":[${Array(30_000).fill('1').join(',')}]}` }),
)
add('bodies', 'brackets inside strings do not count as nesting', 200, (h) =>
  h.call('PATCH', INSTANCE, { body: { config: { note: '{['.repeat(500) } } }),
)
for (const body of [
  { unknown: 1 },
  { config: [] },
  { config: { defaultInput: 5 } },
  { inputSchema: 'x' },
  { type: 'drop-tables' },
  { config: null },
]) {
  add('bodies', `PATCH ${JSON.stringify(body)} is a 400`, 400, (h) => h.call('PATCH', INSTANCE, { body }))
}
add('bodies', 'a body over 10 MB is a 413', 413, (h) =>
  h.call('POST', RUN, { raw: `{"a":"${'x'.repeat(10 * 1024 * 1024)}"}` }),
)
add('bodies', 'a declared Content-Length over 10 MB is a 413', 413, (h) =>
  h.raw(
    `POST ${RUN} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${h.attacker}\r\nContent-Type: application/json\r\nContent-Length: 11000000\r\n\r\n{`,
  ),
)

// ---------------------------------------------------------------- schemas
const evilPatterns = [
  '^(a|a)*$',
  '^(a+)+$',
  '(a*)*b',
  '^(x+x+)+y$',
  '^(([a-z])+.)+[A-Z]([a-z])+$',
  '(.*a){12}',
  '^(a|aa)+$',
  '^(\\w+\\s?)*$',
  '^([a-zA-Z0-9])(([\\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$',
  '(a|b|ab)*c',
]
for (const pattern of evilPatterns) {
  // RE2 runs these in time linear in the string (a backtracking engine would not return on 5,001 characters).
  add('schemas', `pattern ${pattern.slice(0, 24)} on 5,001 characters answers 400`, 400, async (h) => {
    const schema = { type: 'object', properties: { text: { type: 'string', pattern } } }
    expect(
      (await h.call('PATCH', '/connections/slack/actions/send-message', { body: { inputSchema: schema } }))
        .status,
    ).toBe(200)
    return h.call('POST', '/connections/slack/actions/send-message/run', {
      body: { channel: 'general', text: `${'a'.repeat(5000)}!` },
    })
  })
  add('schemas', `patternProperties ${pattern.slice(0, 24)} runs in linear time`, 400, async (h) => {
    const schema = { type: 'object', patternProperties: { [pattern]: { type: 'number' } } }
    await h.call('PATCH', '/connections/slack/actions/send-message', { body: { inputSchema: schema } })
    return h.call('POST', '/connections/slack/actions/send-message/run', {
      body: { [`${'a'.repeat(3000)}`]: 'x' },
    })
  })
}
for (const pattern of [
  '(a)\\1',
  '(?=a)a',
  '(?<!a)b',
  '(?!x)y',
  'x'.repeat(1001),
  '(',
  '[z-a]',
  '\\k<name>',
]) {
  add(
    'schemas',
    `PATCH with pattern ${pattern.slice(0, 16)} RE2 cannot run is a 400 naming inputSchema`,
    400,
    async (h) => {
      const answer = await h.call('PATCH', INSTANCE, {
        body: { inputSchema: { type: 'object', properties: { a: { type: 'string', pattern } } } },
      })
      expect(json(answer).message).toContain('inputSchema')
      return answer
    },
  )
}
for (const schema of [
  { type: 'nonsense' },
  { $ref: '#/nowhere' },
  { properties: 5 },
  { required: 'x' },
  { minLength: -1 },
  { allOf: {} },
  { $ref: 'http://example.com/x.json' },
]) {
  add('schemas', `PATCH inputSchema ${JSON.stringify(schema)} is a 400`, 400, (h) =>
    h.call('PATCH', INSTANCE, { body: { inputSchema: schema } }),
  )
}
add('schemas', 'an inputSchema of more than 1,000 entries is a 400', 400, (h) => {
  const properties = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`p${i}`, { type: 'string' }]))
  return h.call('PATCH', INSTANCE, { body: { inputSchema: { type: 'object', properties } } })
})
add('schemas', 'patterns that compile to more than 4,000 RE2 instructions are a 400', 400, (h) => {
  const allOf = Array.from({ length: 5 }, (_, i) => ({ pattern: `[a-z]{${1000 - i}}` }))
  return h.call('PATCH', INSTANCE, {
    body: { inputSchema: { type: 'object', properties: { a: { allOf } } } },
  })
})
add(
  'schemas',
  'a large RE2 program on a long string stops at the pattern budget before testing',
  400,
  async (h) => {
    await h.call('PATCH', '/connections/slack/actions/send-message', {
      body: { inputSchema: { type: 'object', properties: { text: { pattern: '(?:a?){1000}a{1000}' } } } },
    })
    const answer = await h.call('POST', '/connections/slack/actions/send-message/run', {
      body: { channel: 'general', text: 'a'.repeat(200_000) },
    })
    expect(json(answer).message).toContain("too long for the schema's patterns")
    return answer
  },
)
add('schemas', 'many patterns on one long string stop at the pattern budget with a 400', 400, async (h) => {
  const allOf = Array.from({ length: 200 }, (_, i) => ({ pattern: `^(a|a)*${i}?$` }))
  await h.call('PATCH', '/connections/slack/actions/send-message', {
    body: { inputSchema: { type: 'object', properties: { text: { type: 'string', allOf } } } },
  })
  const answer = await h.call('POST', '/connections/slack/actions/send-message/run', {
    body: { channel: 'general', text: 'a'.repeat(100_000) },
  })
  expect(json(answer).message).toContain('characters')
  return answer
})
for (const format of ['email', 'uri', 'hostname', 'date-time', 'ipv6', 'uri-reference', 'regex']) {
  add('schemas', `format ${format} on a 100 KB string answers 400`, 400, async (h) => {
    await h.call('PATCH', '/connections/slack/actions/send-message', {
      body: { inputSchema: { type: 'object', properties: { text: { type: 'string', format } } } },
    })
    return h.call('POST', '/connections/slack/actions/send-message/run', {
      body: { channel: 'general', text: `${'a@a.'.repeat(25_000)}\u0000` },
    })
  })
}
for (const [name, input] of [
  ['email 5 and tags "x"', { email: 5, tags: 'x' }],
  ['email an object', { email: { $gt: '' }, firstName: 'A' }],
  ['tags a number', { email: 'n@example.com', firstName: 'A', tags: 7 }],
  ['company a string', { email: 'm@example.com', firstName: 'A', company: 'acme' }],
] as const) {
  add(
    'schemas',
    `a loosened inputSchema and ${name} is a 400 action_run that changes nothing`,
    400,
    async (h) => {
      const before = json(
        await h.call('POST', '/connections/hubspot/actions/list-contacts/run', { body: {} }),
      )
      await h.call('PATCH', INSTANCE, { body: { inputSchema: { type: 'object' } } })
      const answer = await h.call('POST', RUN, { body: input })
      expect(json(answer).type).toBe('action_run')
      const after = await h.call('POST', '/connections/hubspot/actions/list-contacts/run', { body: {} })
      expect(after.status).toBe(201)
      // Every run has its own log id; what the app holds is unchanged.
      expect(json(after).output).toEqual(before.output)
      return answer
    },
  )
}
add('schemas', 'a duplicate email is a 400 action_run', 400, async (h) => {
  await h.call('POST', RUN, { body: { email: 'dup@example.com', firstName: 'A' } })
  return h.call('POST', RUN, { body: { email: 'DUP@example.com', firstName: 'B' } })
})

// ---------------------------------------------------------------- queries
for (const limit of [
  '0',
  '-1',
  '1001',
  '1.5',
  'abc',
  '',
  ' 5',
  '0x10',
  'NaN',
  'Infinity',
  '1e9',
  '[]',
  '%00',
]) {
  if (limit === '') continue
  add('queries', `limit=${limit} is a 400`, 400, (h) =>
    h.call('GET', `${LIST}?limit=${encodeURIComponent(limit)}`),
  )
}
for (const value of ['yes', 'no', 'TRUE', '2', 'null', '-', '[]']) {
  add('queries', `includeArchived=${value} is a 400`, 400, (h) =>
    h.call('GET', `${LIST}?includeArchived=${value}`),
  )
  add('queries', `autoCreate=${value} is a 400`, 400, (h) => h.call('GET', `${INSTANCE}?autoCreate=${value}`))
}
for (const cursor of ['', '====', '💥', '../../etc/passwd', '<script>', "' OR 1=1 --"]) {
  if (cursor === '') continue
  add('queries', `cursor=${cursor} is a 400`, 400, (h) =>
    h.call('GET', `${LIST}?cursor=${encodeURIComponent(cursor)}`),
  )
}
add('queries', 'a 100 KB search answers 200', 200, (h) =>
  h.call('GET', `${LIST}?search=${'a'.repeat(100_000)}`),
)
add('queries', 'a regex-looking search is matched literally', 200, (h) =>
  h.call('GET', `${LIST}?search=${encodeURIComponent('(a+)+$')}`),
)
add('queries', 'an unknown action with autoCreate=false is a 404', 404, (h) =>
  h.call('GET', `/connections/hubspot/actions/nope?autoCreate=false`),
)
add('queries', 'an unknown connection is a 404', 404, (h) => h.call('GET', '/connections/nope/actions'))
add('queries', 'an archived instance with autoCreate=false is a 404', 404, async (h) => {
  await h.call('DELETE', `${INSTANCE}?instanceKey=gone`)
  return h.call('GET', `${INSTANCE}?instanceKey=gone&autoCreate=false`)
})

// ---------------------------------------------------------------- races
add('races', '20 parallel runs creating one email: exactly one 201', [201, 400], async (h) => {
  const answers = await Promise.all(
    Array.from({ length: 20 }, () =>
      h.call('POST', RUN, { body: { email: 'race@example.com', firstName: 'R' } }),
    ),
  )
  expect(answers.filter((a) => a.status === 201)).toHaveLength(1)
  return answers
})
for (let round = 0; round < 10; round += 1) {
  add(
    'races',
    `PATCH, reset, run and archive interleaved (round ${round}) leave a readable instance`,
    [200, 201, 400, 404],
    async (h) => {
      const key = `?instanceKey=race-${round}`
      const answers = await Promise.all([
        h.call('PATCH', `${INSTANCE}${key}`, { body: { config: { defaultInput: { firstName: 'P' } } } }),
        h.call('POST', `${INSTANCE}/reset${key}`),
        h.call('POST', `${RUN}${key}`, { body: { email: `r${round}@example.com`, firstName: 'R' } }),
        h.call('DELETE', `${INSTANCE}${key}`),
        h.call('PATCH', `${INSTANCE}${key}`, { raw: `{"config":${nested(5000)}}` }),
      ])
      expect((await h.call('GET', `${INSTANCE}${key}`)).status).toBe(200)
      expect((await h.call('GET', LIST)).status).toBe(200)
      return answers
    },
  )
}
for (let round = 0; round < 6; round += 1) {
  add(
    'races',
    `a failing and a succeeding run in parallel (round ${round}): only the success is kept`,
    [201, 400],
    async (h) => {
      await h.call('PATCH', INSTANCE, { body: { inputSchema: { type: 'object' } } })
      const [bad, good] = await Promise.all([
        h.call('POST', RUN, { body: { email: 5, tags: 'x' } }),
        h.call('POST', RUN, { body: { email: `ok${round}@example.com`, firstName: 'G' } }),
      ])
      expect(bad.status).toBe(400)
      expect(good.status).toBe(201)
      expect(
        (await h.call('POST', '/connections/hubspot/actions/list-contacts/run', { body: {} })).status,
      ).toBe(201)
      return [bad, good]
    },
  )
}
for (let round = 0; round < 4; round += 1) {
  add(
    'races',
    `paging while instances are archived (round ${round}) neither fails nor repeats`,
    200,
    async (h) => {
      const seen = new Set<string>()
      let page = json(await h.call('GET', `${LIST}?limit=2`))
      await h.call('DELETE', '/connections/hubspot/actions/get-contact')
      const answers: Answer[] = []
      while (typeof page.cursor === 'string') {
        for (const item of page.items as { id: string }[]) {
          expect(seen.has(item.id)).toBe(false)
          seen.add(item.id)
        }
        const answer = await h.call('GET', `${LIST}?limit=2&cursor=${page.cursor}`)
        answers.push(answer)
        page = json(answer)
      }
      return answers
    },
  )
}

// ---------------------------------------------------------------- slow clients
for (let n = 0; n < 8; n += 1) {
  add('slow clients', `a client that stops mid-headers (${n}) does not block others`, 0, async (h) => {
    const hung = h.raw(`GET ${LIST} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthoriz`, { waitMs: 300 })
    expect((await h.call('GET', LIST, { token: h.victim })).status).toBe(200)
    return hung
  })
}
for (let n = 0; n < 8; n += 1) {
  add('slow clients', `a client that stops mid-body (${n}) does not block others`, 0, async (h) => {
    const hung = h.raw(
      `POST ${RUN} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${h.attacker}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"email":`,
      { waitMs: 300 },
    )
    expect((await h.call('GET', LIST, { token: h.victim })).status).toBe(200)
    return hung
  })
}
for (let n = 0; n < 4; n += 1) {
  add('slow clients', `a client that aborts during latency (${n}) leaves the API serving`, 200, async (h) => {
    h.api.setLatency(200)
    const controller = new AbortController()
    const pending = h.api.fetch(`https://api.integration.app${LIST}`, {
      headers: { authorization: `Bearer ${h.attacker}` },
      signal: controller.signal,
    })
    controller.abort()
    await expect(pending).rejects.toThrow()
    h.api.setLatency(0)
    return h.call('GET', LIST, { token: h.victim })
  })
}

const perClass = new Map<string, number>()
for (const c of cases) perClass.set(c.kind, (perClass.get(c.kind) ?? 0) + 1)

describe('reference API against a hostile corpus', () => {
  let h: HostileHarness
  beforeAll(async () => {
    h = await createHostileHarness()
  })
  afterAll(() => h.close())

  it('holds at least 250 cases across the eight classes', () => {
    console.info(
      `hostile cases per class: ${JSON.stringify(Object.fromEntries(perClass))}, total ${cases.length}`,
    )
    expect(cases.length).toBeGreaterThanOrEqual(250)
    expect([...perClass.keys()].sort()).toEqual([
      'auth',
      'bodies',
      'methods/headers',
      'queries',
      'races',
      'schemas',
      'slow clients',
      'tenancy',
    ])
  })

  describe.each([...perClass.keys()])('%s', (kind) => {
    it.each(cases.filter((c) => c.kind === kind).map((c) => [c.name, c] as const))('%s', async (_name, c) => {
      const sent = await c.send(h)
      const answers = Array.isArray(sent) ? sent : [sent]
      const allowed = Array.isArray(c.expect) ? c.expect : [c.expect]
      for (const answer of answers) {
        expect(allowed).toContain(answer.status)
        if (answer.status >= 400) assertCleanError(answer, [h.attacker, h.victim])
      }
      // Another customer is still served after every case.
      expect((await h.call('GET', LIST, { token: h.victim })).status).toBe(200)
    })
  })
})
