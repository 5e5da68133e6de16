import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { createInterface } from 'node:readline'

/** Finds a free port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise((resolve) => server.close(resolve))
  if (!address || typeof address === 'string') throw new Error('no port')
  return address.port
}

export interface ApiProcess {
  url: string
  token: string
  child: ChildProcess
  stop(): Promise<number | null>
}

/**
 * Starts the command behind `npm run api` (`tsx scripts/api.ts`) on a free port and waits for its ready line and
 * demo token. It runs tsx directly rather than through npm so SIGTERM reaches the server itself and its own
 * exit code can be checked.
 */
export async function startApiProcess(env: Record<string, string> = {}): Promise<ApiProcess> {
  const port = await freePort()
  const child = spawn('node_modules/.bin/tsx', ['scripts/api.ts'], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const lines = createInterface({ input: child.stdout! })
  const seen: string[] = []
  const ready = new Promise<{ url: string; token: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`api did not start: ${seen.join('\n')}`)), 30_000)
    child.once('exit', (code) => reject(new Error(`api exited with ${code}: ${seen.join('\n')}`)))
    lines.on('line', (line) => {
      seen.push(line)
      const url = /https?:\/\/127\.0\.0\.1:\d+/.exec(seen[0] ?? '')?.[0]
      const token = seen
        .slice(1)
        .join(' ')
        .match(/[\w-]+\.[\w-]+\.[\w-]+/)?.[0]
      if (url && token) {
        clearTimeout(timer)
        resolve({ url, token })
      }
    })
  })
  const { url, token } = await ready
  return {
    url,
    token,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode)
        child.once('exit', (code) => resolve(code))
        child.kill('SIGTERM')
      }),
  }
}
