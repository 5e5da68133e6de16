import { rmSync } from 'node:fs'
import type { Browser, Page, Request as BrowserRequest } from 'playwright-core'
import { mintCustomerToken } from 'react-action-instances/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './support/browser'
import { buildPage } from './support/buildPage'
import { startApiProcess, type ApiProcess } from './support/referenceApiProcess'
import { serveStatic, type RunningServer } from './support/staticServer'

const secret = 'e2e-live-secret'
const workspaceKey = 'e2e-workspace'
// Long enough to be used once, short enough to fall inside the client's refresh window a few seconds later.
// The client refreshes a token a quarter of its lifetime (at most 30 s) before it expires: this one after 18 s.
const tokenLifetimeSeconds = 24

describe('the kit over real HTTP against npm run api', () => {
  let api: ApiProcess
  let site: RunningServer
  let browser: Browser
  let page: Page
  let outDir: string
  let tokensMinted = 0
  let lastMintedAt = 0
  const apiRequests: BrowserRequest[] = []

  beforeAll(async () => {
    api = await startApiProcess({ WORKSPACE_SECRET: secret, WORKSPACE_KEY: workspaceKey })
    outDir = await buildPage('test/e2e/live')
    site = await serveStatic(outDir, {
      '/token': (_req, res) => {
        tokensMinted += 1
        lastMintedAt = Date.now()
        void mintCustomerToken({
          secret,
          workspaceKey,
          id: 'live-customer',
          name: 'Live customer',
          expiresIn: tokenLifetimeSeconds,
        }).then((token) => res.writeHead(200, { 'content-type': 'text/plain' }).end(token))
      },
    })
    browser = await launchChromium()
    page = await browser.newPage()
    page.on('request', (request) => {
      if (request.url().startsWith(api.url)) apiRequests.push(request)
    })
  })

  afterAll(async () => {
    await browser?.close()
    await site?.close()
    const code = await api?.stop()
    if (outDir) rmSync(outDir, { recursive: true, force: true })
    expect(code).toBe(0)
  })

  it('lists, runs and renews an expiring token, with the token only in the Authorization header', async () => {
    await page.goto(`${site.url}/?api=${encodeURIComponent(api.url)}`)
    await page.getByRole('option', { name: 'Create contact Create record' }).click()
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill('ada@example.com')
    await page.getByRole('textbox', { name: 'First name', exact: true }).fill('Ada')
    await page.getByRole('button', { name: 'Run', exact: true }).click()
    await expect.poll(() => page.getByText('ada@example.com').count()).toBeGreaterThan(0)
    const firstRun = apiRequests.find(
      (request) => request.method() === 'POST' && request.url().endsWith('/run'),
    )
    expect(firstRun).toBeDefined()
    const firstAuthorization = await firstRun!.headerValue('authorization')
    expect(firstAuthorization).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/)
    const mintedBeforeWait = tokensMinted
    // One token served the list, the instance and the first run.
    expect(mintedBeforeWait).toBe(1)

    // Once the token is within a quarter of its lifetime of expiring, the next request must fetch a fresh one.
    await page.waitForTimeout(
      Math.max(0, lastMintedAt + (tokenLifetimeSeconds * 0.75 + 0.5) * 1000 - Date.now()),
    )
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill('grace@example.com')
    await page.getByRole('textbox', { name: 'First name', exact: true }).fill('Grace')
    await page.getByRole('button', { name: 'Run', exact: true }).click()
    await expect.poll(() => page.getByText('grace@example.com').count()).toBeGreaterThan(0)
    expect(tokensMinted).toBeGreaterThan(mintedBeforeWait)
    expect(await page.evaluate(() => window.tokenFetches)).toBe(tokensMinted)
    const runs = apiRequests.filter(
      (request) => request.method() === 'POST' && request.url().endsWith('/run'),
    )
    const lastAuthorization = await runs.at(-1)!.headerValue('authorization')
    expect(lastAuthorization).not.toBe(firstAuthorization)
    for (const request of apiRequests) {
      expect(request.url()).not.toContain(firstAuthorization!.slice(7))
      expect(request.url()).not.toContain(lastAuthorization!.slice(7))
    }
    const responses = await Promise.all(runs.map((request) => request.response()))
    expect(responses.map((response) => response?.status())).toEqual(runs.map(() => 201))
  })
})
