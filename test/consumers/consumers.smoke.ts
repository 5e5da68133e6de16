// The packed tarball in fresh apps, the way a developer installs it: `npm pack`, then one app per leg in a
// temporary folder, made from ./vite-app with the leg's React, TypeScript and module resolution; each app is
// type-checked with `skipLibCheck: false`, built with Vite and used in Chromium.
import { execFile, spawn } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from '../e2e/support/browser'
import { serveStatic } from '../e2e/support/staticServer'

const run = promisify(execFile)
// The apps' tools pick their own NODE_ENV (production for `vite build`, `next build`, `next start`), not Vitest's `test`.
const { NODE_ENV: _vitestMode, ...parentEnv } = process.env
const env = { ...parentEnv, NEXT_TELEMETRY_DISABLED: '1' }
const root = fileURLToPath(new URL('../..', import.meta.url))
const template = fileURLToPath(new URL('./vite-app', import.meta.url))
const nextTemplate = fileURLToPath(new URL('./next-app', import.meta.url))

/** The version this checkout installed, so a leg uses what the kit is tested with. */
const installed = (name: string) => installedIn(root, name)
const react18 = (
  JSON.parse(readFileSync(join(root, 'test/react18/package.json'), 'utf8')) as {
    dependencies: Record<string, string>
  }
).dependencies

// npm's current `typescript` (the native TypeScript 7 compiler); pinned so a new release cannot break CI unseen.
const TYPESCRIPT_7 = '7.0.2'
// Next.js 16 runs on Node 20.9+; its TypeScript check uses the TypeScript 5 API, so that app keeps TypeScript 5.9.
const NEXT = '16.4.6'

interface Leg {
  name: string
  resolution: 'bundler' | 'nodenext'
  packages: Record<string, string>
}

const react19 = {
  react: installed('react'),
  'react-dom': installed('react-dom'),
  '@types/react': installed('@types/react'),
  '@types/react-dom': installed('@types/react-dom'),
}
const common = { '@tanstack/react-query': installed('@tanstack/react-query'), vite: installed('vite') }

const legs: Leg[] = [
  {
    name: 'React 19, TypeScript 7, bundler',
    resolution: 'bundler',
    packages: { ...react19, ...common, typescript: TYPESCRIPT_7 },
  },
  {
    name: 'React 18.3, TypeScript 5.9, bundler',
    resolution: 'bundler',
    packages: { ...react18, ...common, typescript: installed('typescript') },
  },
  {
    name: 'React 19, TypeScript 7, nodenext',
    resolution: 'nodenext',
    packages: { ...react19, ...common, typescript: TYPESCRIPT_7 },
  },
]

async function sh(cwd: string, command: string, args: string[]): Promise<string> {
  try {
    const { stdout, stderr } = await run(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 })
    return stdout + stderr
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string }
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${(stdout + stderr).slice(-4000)}`, {
      cause: error,
    })
  }
}

const work = mkdtempSync(join(tmpdir(), 'rai-consumers-'))
let tarball = ''
let browser: Browser

beforeAll(async () => {
  // `npm pack` runs `prepack`, so the tarball is what a fresh clone publishes.
  await sh(root, 'npm', ['pack', '--pack-destination', work])
  tarball = join(work, readdirSync(work).find((file) => file.endsWith('.tgz')) ?? 'no tarball packed')
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  rmSync(work, { recursive: true, force: true })
})

describe('the tarball', () => {
  it('passes publint with warnings as errors', async () => {
    const output = await sh(root, join(root, 'node_modules/.bin/publint'), ['run', tarball, '--strict'])
    expect(output).toContain('All good!')
  })

  it('passes are-the-types-wrong for an ESM-only package', async () => {
    const { stdout } = await run(join(root, 'node_modules/.bin/attw'), [tarball, '--format', 'json'], {
      maxBuffer: 64 * 1024 * 1024,
    }).catch((error: { stdout: string }) => error)
    const report = JSON.parse(stdout) as {
      analysis: { entrypoints: Record<string, unknown> }
      problems: Record<string, { entrypoint: string; resolutionKind?: string }[]>
    }
    expect(Object.keys(report.analysis.entrypoints).sort()).toEqual(
      ['.', './components', './package.json', './styles.css', './testing', './tools'].sort(),
    )
    // ESM-only: `require` (node16 from CJS) and node10, which has no `exports`, are out of scope.
    const problems = Object.values(report.problems)
      .flat()
      .filter((problem) => problem.resolutionKind !== 'node10' && problem.resolutionKind !== 'node16-cjs')
    expect(problems).toEqual([])
  })
})

describe.each(legs)('an app on $name', (leg) => {
  const app = join(work, leg.name.replace(/\W+/g, '-'))
  let page: Page
  const problems: string[] = []

  afterAll(async () => {
    await page?.close()
  })

  it('installs the tarball and its peers', async () => {
    cpSync(template, app, { recursive: true })
    rmSync(join(app, leg.resolution === 'bundler' ? 'tsconfig.nodenext.json' : 'tsconfig.bundler.json'))
    cpSync(join(app, `tsconfig.${leg.resolution}.json`), join(app, 'tsconfig.json'))
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
    )
    const specs = Object.entries(leg.packages).map(([name, version]) => `${name}@${version}`)
    await sh(app, 'npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, ...specs])
    expect(installedIn(app, 'react-action-instances')).toBe(installedIn(root, 'react-action-instances', '.'))
    expect(installedIn(app, 'react')).toBe(leg.packages.react)
    expect(installedIn(app, 'typescript')).toBe(leg.packages.typescript)
  })

  it('type-checks with tsc --noEmit and skipLibCheck false', async () => {
    await sh(app, join(app, 'node_modules/.bin/tsc'), ['--noEmit', '-p', 'tsconfig.json'])
  })

  it('builds with vite build', async () => {
    await sh(app, join(app, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'])
    expect(readFileSync(join(app, 'dist/index.html'), 'utf8')).toContain('<script type="module"')
  })

  it('renders the action list', async () => {
    const server = await serveStatic(join(app, 'dist'))
    onTestFinished(() => server.close())
    page = await browser.newPage()
    watch(page, problems)
    await page.goto(server.url)
    const createContact = page.getByRole('option', { name: 'Create contact Create record', exact: true })
    await createContact.waitFor({ timeout: 15_000 })
    expect(await page.getByRole('listbox').getByRole('option').count()).toBeGreaterThan(1)
    // The page stays open for the next tests; the built files are already loaded.
    await createContact.click()
  })

  const field = (name: string) =>
    page.getByRole('region', { name: 'Create contact' }).getByRole('textbox', { name, exact: true })
  const runButton = () =>
    page.getByRole('region', { name: 'Create contact' }).getByRole('button', { name: 'Run' })

  it("opens an action's form", async () => {
    await field('Email').waitFor({ timeout: 15_000 })
    await expect.poll(() => field('First name').isVisible()).toBe(true)
  })

  it('shows field errors for an invalid run and moves focus to the first invalid field', async () => {
    await field('First name').fill('Ada')
    await runButton().click()
    await expect.poll(() => field('Email').getAttribute('aria-invalid')).toBe('true')
    const describedBy = ((await field('Email').getAttribute('aria-describedby')) ?? '').split(' ')
    const texts = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).innerText()))
    expect(texts.join('\n')).toMatch(/required/i)
    await expect
      .poll(() => field('Email').evaluate((element) => element === document.activeElement))
      .toBe(true)
  })

  it('shows the output of a valid run', async () => {
    await field('Email').fill('ada@example.com')
    await runButton().click()
    const output = page.getByRole('region', { name: 'Create contact' }).locator('.rai-output')
    await expect.poll(() => output.innerText(), { timeout: 15_000 }).toMatch(/ada@example\.com/)
    expect(await field('First name').inputValue()).toBe('Ada')
  })

  it('logs no page errors and no console errors or warnings', () => {
    expect(page).toBeDefined()
    expect(problems).toEqual([])
  })
})

function installedIn(app: string, name: string, folder = join('node_modules', name)): string {
  return (JSON.parse(readFileSync(join(app, folder, 'package.json'), 'utf8')) as { version: string }).version
}

/** Collects page errors and console errors and warnings (hydration mismatches are reported there). */
function watch(page: Page, problems: string[]) {
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console.${message.type()}: ${message.text()} (${message.location().url})`)
    }
  })
}

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise((resolve) => server.close(resolve))
  return typeof address === 'object' && address ? address.port : 0
}

describe('a Next.js App Router app', () => {
  const app = join(work, 'next-app')
  const problems: string[] = []
  let page: Page
  let stopServer = () => {}

  afterAll(async () => {
    await page?.close()
    stopServer()
  })

  it('installs the tarball, its peers, Next.js and jose', async () => {
    cpSync(nextTemplate, app, { recursive: true })
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'next-consumer', private: true }))
    const packages = {
      ...react19,
      '@tanstack/react-query': installed('@tanstack/react-query'),
      jose: installed('jose'),
      next: NEXT,
      typescript: installed('typescript'),
      '@types/node': installed('@types/node'),
    }
    const specs = Object.entries(packages).map(([name, version]) => `${name}@${version}`)
    await sh(app, 'npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, ...specs])
    expect(installedIn(app, 'next')).toBe(NEXT)
  })

  it('builds with next build, type check included', async () => {
    const output = await sh(app, join(app, 'node_modules/.bin/next'), ['build'])
    expect(output).toMatch(/Compiled successfully/)
    expect(output).toMatch(/\/api\/integration-token/)
  })

  it('serves the page, hydrates it and runs an action without errors or hydration warnings', async () => {
    const port = await freePort()
    const server = spawn(
      join(app, 'node_modules/.bin/next'),
      ['start', '-H', '127.0.0.1', '-p', String(port)],
      {
        cwd: app,
        env,
        stdio: 'ignore',
      },
    )
    stopServer = () => void server.kill()
    const url = `http://127.0.0.1:${port}/`
    await expect
      .poll(
        () =>
          fetch(url).then(
            (response) => response.status,
            () => 0,
          ),
        { timeout: 60_000, interval: 250 },
      )
      .toBe(200)
    const html = await (await fetch(url)).text()
    expect(html).toContain('<h1>Integrations</h1>')
    page = await browser.newPage()
    watch(page, problems)
    await page.goto(url)
    const createContact = page.getByRole('option', { name: 'Create contact Create record', exact: true })
    await createContact.waitFor({ timeout: 30_000 })
    await createContact.click()
    const region = page.getByRole('region', { name: 'Create contact' })
    await region.getByRole('textbox', { name: 'Email', exact: true }).fill('ada@example.com')
    await region.getByRole('textbox', { name: 'First name', exact: true }).fill('Ada')
    await region.getByRole('button', { name: 'Run' }).click()
    await expect
      .poll(() => region.locator('.rai-output').innerText(), { timeout: 15_000 })
      .toMatch(/ada@example/)
    expect(problems).toEqual([])
  })
})
