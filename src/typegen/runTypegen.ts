/// <reference types="node" />
// `react-action-instances typegen`: argument parsing, reading/writing the file, `--check`, readable errors.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { ActionsApiError } from '../client/ActionsApiError'
import { createActionsClient } from '../client/createActionsClient'
import type { ActionsClient } from '../client/types'
import { diffLines } from './diffLines'
import { generateRegistry } from './generateRegistry'

/** Where `runTypegen` writes; the bin passes the process's streams. */
export interface TypegenIo {
  out(line: string): void
  err(line: string): void
  cwd?: string
}

export const TYPEGEN_USAGE = `Usage: react-action-instances typegen (--api-uri URL --token TOKEN | --reference)
       [--connection KEY ...] [--out FILE] [--check]

  --api-uri URL      the Action Instances API (default https://api.integration.app)
  --token TOKEN      a customer token (or the ACTIONS_TOKEN environment variable)
  --reference        read the embedded reference API's seed instead (no server)
  --connection KEY   a connection to read; repeat for several (required with --api-uri)
  --out FILE         the .d.ts to write (default actionRegistry.d.ts)
  --check            write nothing; exit 1 and print the difference when FILE is out of date`

class UsageError extends Error {}

/** The reference API's client and seed connection keys, loaded only for `--reference`. */
async function referenceSource(): Promise<{ client: ActionsClient; connections: string[] }> {
  const { createReferenceApi, defaultSeed } = await import('../testing/index')
  const api = createReferenceApi()
  const token = await api.mintToken()
  const client = createActionsClient({ apiUri: 'http://reference.invalid', token, fetch: api.fetch })
  return { client, connections: defaultSeed.integrations.map((integration) => integration.key) }
}

/** One readable line for an error. */
function describe(error: unknown, apiUri: string): string {
  if (error instanceof UsageError) return `${error.message}\n${TYPEGEN_USAGE}`
  if (error instanceof ActionsApiError) {
    if (error.status === 401) return `the API at ${apiUri} refused the token (401): ${error.message}`
    if (error.status === 0) return `cannot reach the API at ${apiUri}: ${error.message}`
    return `the API at ${apiUri} answered ${error.status}: ${error.message}`
  }
  return error instanceof Error ? error.message : String(error)
}

/**
 * Runs the command with `args` (after `typegen`); resolves to the exit code: 0 written or up to date,
 * 1 `--check` found the file out of date, 2 an error.
 */
export async function runTypegen(args: readonly string[], io: TypegenIo): Promise<number> {
  let apiUri = 'https://api.integration.app'
  try {
    const { values } = parseArgs({
      args: [...args],
      options: {
        'api-uri': { type: 'string' },
        token: { type: 'string' },
        reference: { type: 'boolean', default: false },
        connection: { type: 'string', multiple: true },
        out: { type: 'string', default: 'actionRegistry.d.ts' },
        check: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    })
    if (values.help) {
      io.out(TYPEGEN_USAGE)
      return 0
    }
    let client: ActionsClient
    let connections = values.connection ?? []
    if (values.reference) {
      apiUri = 'the embedded reference API'
      const source = await referenceSource()
      client = source.client
      if (connections.length === 0) connections = source.connections
    } else {
      apiUri = values['api-uri'] ?? apiUri
      const token = values.token ?? process.env.ACTIONS_TOKEN
      if (token === undefined || token === '') throw new UsageError('typegen needs --token (or --reference).')
      if (connections.length === 0) throw new UsageError('typegen needs at least one --connection KEY.')
      client = createActionsClient({ apiUri, token, timeoutMs: 30_000 })
    }
    const text = await generateRegistry({ client, connections })
    const file = resolve(io.cwd ?? process.cwd(), values.out)
    const current = await readFile(file, 'utf8').catch(() => undefined)
    if (values.check) {
      if (current === text) {
        io.out(`${values.out} is up to date.`)
        return 0
      }
      io.out(
        current === undefined
          ? `${values.out} does not exist; run typegen without --check.`
          : `${values.out} is out of date; run typegen without --check.\n${diffLines(current, text)}`,
      )
      return 1
    }
    if (current !== text) {
      await mkdir(dirname(file), { recursive: true })
      await writeFile(file, text)
    }
    io.out(`Wrote ${values.out} (${connections.length} connections, ${Buffer.byteLength(text)} bytes).`)
    return 0
  } catch (error) {
    io.err(`typegen: ${describe(error, apiUri)}`)
    return 2
  }
}
