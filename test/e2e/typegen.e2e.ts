// `react-action-instances typegen` as a developer runs it: the built bin (dist/bin/typegen.js) against `npm run api`
// on a free port, a consumer typechecked against its output, then `--check` failing after the schema changes.
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONSUMER, typecheck } from '../support/typegenConsumer'
import { startApiProcess, type ApiProcess } from './support/referenceApiProcess'
import { root } from './support/storybook'

const run = promisify(execFile)
const bin = join(root, 'dist/bin/typegen.js')

/** Runs the bin; resolves with its exit code and output instead of rejecting on a non-zero exit. */
async function typegen(args: string[], cwd: string) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, 'typegen', ...args], { cwd })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

describe('typegen, the built bin against npm run api', () => {
  let api: ApiProcess
  let dir: string
  const connections = ['--connection', 'hubspot', '--connection', 'slack', '--connection', 'github']

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'typegen-e2e-'))
    api = await startApiProcess()
  })

  afterAll(async () => {
    expect(await api?.stop()).toBe(0)
    await rm(dir, { recursive: true, force: true })
  })

  it('writes the registry, and a consumer typechecks against it', async () => {
    const started = performance.now()
    const result = await typegen(
      ['--api-uri', api.url, '--token', api.token, '--out', 'actions.d.ts', ...connections],
      dir,
    )
    const ms = performance.now() - started
    expect(result).toMatchObject({ code: 0, stderr: '' })
    const generated = await readFile(join(dir, 'actions.d.ts'), 'utf8')
    // The live seed gives the same file as the project's committed `npm run typegen` output.
    expect(generated).toBe(await readFile(join(root, 'test/fixtures/actionRegistry.d.ts'), 'utf8'))
    console.info(`typegen bin over HTTP: ${Buffer.byteLength(generated)} bytes in ${ms.toFixed(0)} ms`)

    await writeFile(join(dir, 'consumer.ts'), CONSUMER)
    expect(typecheck([join(dir, 'consumer.ts'), join(dir, 'actions.d.ts')])).toEqual([])
  })

  it('--check passes, then exits 1 with the difference after a schema is customized through the API', async () => {
    const args = [
      '--api-uri',
      api.url,
      '--token',
      api.token,
      '--out',
      'actions.d.ts',
      ...connections,
      '--check',
    ]
    expect(await typegen(args, dir)).toMatchObject({ code: 0, stderr: '' })

    const url = `${api.url}/connections/hubspot/actions/create-contact`
    const headers = { authorization: `Bearer ${api.token}`, 'content-type': 'application/json' }
    const instance = (await (await fetch(url, { headers })).json()) as {
      inputSchema: { properties: Record<string, unknown> }
    }
    const inputSchema = {
      ...instance.inputSchema,
      properties: { ...instance.inputSchema.properties, nickname: { type: 'string' } },
    }
    const patched = await fetch(url, { method: 'PATCH', headers, body: JSON.stringify({ inputSchema }) })
    expect(patched.status).toBe(200)

    const stale = await typegen(args, dir)
    expect(stale.code).toBe(1)
    expect(stale.stdout).toContain('actions.d.ts is out of date')
    expect(stale.stdout).toMatch(/^\+ +nickname\?: string$/m)
  })

  it('says what is wrong in one line with exit code 2 when the token is refused', async () => {
    const refused = await typegen(['--api-uri', api.url, '--token', 'not-a-token', ...connections], dir)
    expect(refused.code).toBe(2)
    expect(refused.stderr.trim().split('\n')).toHaveLength(1)
  })
})
