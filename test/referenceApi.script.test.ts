// @vitest-environment node
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { createInterface } from 'node:readline'

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address !== null ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

function firstLines(child: ChildProcess, count: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const lines: string[] = []
    const reader = createInterface({ input: child.stdout as NodeJS.ReadableStream })
    reader.on('line', (line) => {
      lines.push(line)
      if (lines.length === count) resolve(lines)
    })
    child.once('exit', (code) => reject(new Error(`exited early with ${code}`)))
  })
}

describe('npm run api', () => {
  test('starts, prints its address and a working token, and stops cleanly on SIGTERM', async () => {
    const port = await freePort()
    const child = spawn('node_modules/.bin/tsx', ['scripts/api.ts'], {
      env: { ...process.env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    try {
      const [ready, tokenLine] = await firstLines(child, 2)
      expect(ready).toBe(`Reference API listening on http://127.0.0.1:${port}`)
      const token = /(\S+)$/.exec(tokenLine ?? '')?.[1] ?? ''
      expect(token.split('.')).toHaveLength(3)
      const response = await fetch(`http://127.0.0.1:${port}/connections/hubspot/actions/create-contact`, {
        headers: { authorization: `Bearer ${token}` },
      })
      expect(response.status).toBe(200)
      expect(((await response.json()) as { userId: string }).userId).toBe('demo-customer')
      expect((await fetch(`http://127.0.0.1:${port}/connections/hubspot/actions`)).status).toBe(401)
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
      child.kill('SIGTERM')
      expect(await exited).toBe(0)
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL')
    }
  }, 30_000)
})
