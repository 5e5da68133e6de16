// @vitest-environment node
// `react-action-instances typegen` end to end: the embedded seed, the reference API over HTTP, a consumer typechecked
// against the output, and `--check` failing after a customization changes a schema.
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { createActionsClient } from 'react-action-instances'
import type { ActionsClient } from 'react-action-instances'
import { createReferenceApi, toNodeListener } from 'react-action-instances/testing'
import { generateRegistry } from '../src/typegen/generateRegistry'
import { runTypegen } from '../src/typegen/runTypegen'

const root = fileURLToPath(new URL('../src/index.ts', import.meta.url))
const api = createReferenceApi()
let server: Server
let apiUri: string
let token: string
let dir: string

function io() {
  const out: string[] = []
  const err: string[] = []
  return {
    out,
    err,
    io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line), cwd: dir },
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'typegen-'))
  token = await api.mintToken()
  server = createServer(toNodeListener(api.handle))
  // The in-process typecheck blocks the event loop for seconds; idle keep-alive sockets must outlive it.
  server.keepAliveTimeout = 120_000
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  apiUri = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((done) => server.close(done))
  await rm(dir, { recursive: true, force: true })
})

const CONSUMER = `
import { useAction, useRunAction } from 'react-action-instances'

export function useConsumer() {
  const run = useRunAction({ connection: 'hubspot', action: 'create-contact' })
  run.mutate({ email: 'ada@example.com', firstName: 'Ada', lifecycleStage: 'lead' })
  // @ts-expect-error firstName is required
  run.mutate({ email: 'ada@example.com' })
  // @ts-expect-error email is a string
  run.mutate({ email: 1, firstName: 'Ada' })
  // @ts-expect-error the input schema is closed
  run.mutate({ email: 'ada@example.com', firstName: 'Ada', nickname: 'A' })
  const id: string | undefined = run.data?.output.id
  // @ts-expect-error output fields are typed
  const wrong: number | undefined = run.data?.output.email
  const send = useRunAction({ connection: 'slack', action: 'send-message' })
  const defaults = useAction({ connection: 'hubspot', action: 'create-contact' }).data?.config?.defaultInput
  const stage: string | undefined = defaults?.lifecycleStage
  const loose = useRunAction({ connection: 'no-such-app', action: 'anything' })
  loose.mutate({ whatever: true })
  return { id, wrong, send, stage }
}
`

function typecheck(files: string[]): string[] {
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.ReactJSX,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    paths: { 'react-action-instances': [root] },
  })
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`)
}

describe('typegen', () => {
  let seeded: string

  it('generates the seed registry with --reference, without a server', async () => {
    const { out, err, io: streams } = io()
    const started = performance.now()
    expect(await runTypegen(['--reference', '--out', 'reference.d.ts'], streams)).toBe(0)
    const ms = performance.now() - started
    expect(err).toEqual([])
    seeded = await readFile(join(dir, 'reference.d.ts'), 'utf8')
    expect(out[0]).toContain('3 connections')
    expect(seeded).toContain("declare module 'react-action-instances'")
    expect(seeded).toContain(
      "'create-contact': { input: HubspotCreateContact.Input; output: HubspotCreateContact.Output }",
    )
    // The project's own copy is current (`npm run typegen`).
    expect(seeded).toBe(await readFile(new URL('./fixtures/actionRegistry.d.ts', import.meta.url), 'utf8'))
    console.info(`typegen --reference: ${Buffer.byteLength(seeded)} bytes in ${ms.toFixed(0)} ms`)
  })

  it('reads the reference API over HTTP, and a consumer typechecks against the output', async () => {
    const { err, io: streams } = io()
    const args = ['--api-uri', apiUri, '--token', token, '--out', 'live.d.ts']
    const started = performance.now()
    const code = await runTypegen(
      [...args, '--connection', 'hubspot', '--connection', 'slack', '--connection', 'github'],
      streams,
    )
    const ms = performance.now() - started
    expect(err).toEqual([])
    expect(code).toBe(0)
    const live = await readFile(join(dir, 'live.d.ts'), 'utf8')
    expect(live).toBe(seeded)
    console.info(`typegen over HTTP: ${Buffer.byteLength(live)} bytes in ${ms.toFixed(0)} ms`)

    await writeFile(join(dir, 'consumer.ts'), CONSUMER)
    const diagnostics = typecheck([join(dir, 'consumer.ts'), join(dir, 'live.d.ts')])
    expect(diagnostics).toEqual([])
    // Without the registry the same file has unused @ts-expect-error directives: the types came from it.
    expect(typecheck([join(dir, 'consumer.ts')]).length).toBeGreaterThan(0)
  }, 60_000)

  it('--check passes when current and fails with the difference after a schema customization', async () => {
    const args = [
      '--api-uri',
      apiUri,
      '--token',
      token,
      '--out',
      'live.d.ts',
      '--connection',
      'hubspot',
      '--connection',
      'slack',
      '--connection',
      'github',
      '--check',
    ]
    const first = io()
    expect([await runTypegen(args, first.io), ...first.err]).toEqual([0])
    expect(first.out.join('\n')).toContain('up to date')

    const client = createActionsClient({ apiUri, token })
    const action = client.connection('hubspot').action('create-contact')
    const { inputSchema } = await action.get()
    const properties = { ...(inputSchema?.properties as object), nickname: { type: 'string' as const } }
    await action.patch({ inputSchema: { ...inputSchema, properties } })

    const second = io()
    expect(await runTypegen(args, second.io)).toBe(1)
    const report = second.out.join('\n')
    expect(report).toContain('live.d.ts is out of date')
    expect(report).toMatch(/^\+ +nickname\?: string$/m)
    await action.reset()
  })

  it('reports errors as one line with exit code 2', async () => {
    const closed = createServer()
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done))
    const deadUri = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`
    await new Promise((done) => closed.close(done))
    const unreachable = io()
    expect(
      await runTypegen(['--api-uri', deadUri, '--token', token, '--connection', 'hubspot'], unreachable.io),
    ).toBe(2)
    expect(unreachable.err).toEqual([
      expect.stringMatching(/^typegen: cannot reach the API at http:\/\/127\.0\.0\.1:\d+: /),
    ])

    const refused = io()
    expect(
      await runTypegen(
        ['--api-uri', apiUri, '--token', 'not-a-token', '--connection', 'hubspot'],
        refused.io,
      ),
    ).toBe(2)
    expect(refused.err).toEqual([expect.stringMatching(/^typegen: the API at .* refused the token \(401\)/)])
    expect(refused.err[0]).not.toContain('\n')
  })
})

describe('typegen with a schema that cannot compile', () => {
  it('types that action as unknown with a comment and still succeeds', async () => {
    // The reference API refuses such a schema, so a client double lists it.
    const instance = { key: 'broken', name: 'Broken', isOutdated: false }
    const inputSchema = { type: 'object', properties: { to: { $ref: '#/definitions/missing' } } }
    const client = {
      apiUri: 'http://double.invalid',
      connection: () => ({ actions: { list: async () => ({ items: [{ ...instance, inputSchema }] }) } }),
    } as unknown as ActionsClient
    const text = await generateRegistry({ client, connections: ['double'] })
    expect(text).toMatch(
      /\/\*\* The schema could not be compiled \(.+\); typed as unknown\. \*\/\n +export type Input = unknown/,
    )
    expect(text).toContain('broken: { input: DoubleBroken.Input; output: DoubleBroken.Output }')
  })

  it("never copies the generator's raw-TypeScript keywords from an API schema into the file", async () => {
    const instance = { key: 'sneaky', name: 'Sneaky', isOutdated: false }
    const inputSchema = {
      type: 'object',
      tsType: 'any; declare global { var pwned: true }',
      properties: { to: { type: 'string', tsType: 'never } declare const injected: 1; type X = {' } },
      required: ['to'],
    }
    const client = {
      apiUri: 'http://double.invalid',
      connection: () => ({ actions: { list: async () => ({ items: [{ ...instance, inputSchema }] }) } }),
    } as unknown as ActionsClient
    const text = await generateRegistry({ client, connections: ['double'] })
    expect(text).not.toContain('pwned')
    expect(text).not.toContain('injected')
    expect(text).toMatch(/to: string/)
  })
})
