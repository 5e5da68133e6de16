// @vitest-environment node
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { QueryClient } from '@tanstack/react-query'
import {
  actionKeys,
  actionQueryDefaults,
  actionDetailQueryOptions,
  ActionsApiError,
  createActionsClient,
  retryDelay,
  shouldRetryRequest,
} from 'react-action-instances'
import { createReferenceApi, toNodeListener } from 'react-action-instances/testing'
import type { ReferenceApi, ReferenceApiOptions } from 'react-action-instances/testing'

const LIST = '/connections/hubspot/actions'
const GET = '/connections/hubspot/actions/create-contact'

/** A reference API served over HTTP on 127.0.0.1, and a way to close it. */
async function serve(options: ReferenceApiOptions) {
  const api = createReferenceApi(options)
  const server: Server = createServer(toNodeListener(api.handle))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const close = async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
  return { api, base, close }
}

async function auth(api: ReferenceApi, id: string) {
  return { authorization: `Bearer ${await api.mintToken({ id })}` }
}

/** One request read whole: status, Retry-After and the parsed body. */
async function send(url: string, headers: Record<string, string>, init: RequestInit = {}) {
  const response = await fetch(url, { ...init, headers })
  const text = await response.text()
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (text === '' ? undefined : JSON.parse(text)) as unknown,
  }
}

type Answer = Awaited<ReturnType<typeof send>>

function statuses(answers: Answer[]): Record<number, number> {
  const counts: Record<number, number> = {}
  for (const { status } of answers) counts[status] = (counts[status] ?? 0) + 1
  return counts
}

/** A 429 of the rate limiter: the documented body and a whole number of seconds > 0 in Retry-After. */
function expectRateLimited(answer: Answer, message: RegExp): number {
  expect(answer.status).toBe(429)
  expect(answer.body).toEqual({
    type: 'rate_limit_exceeded',
    key: 'rate_limit_exceeded',
    message: expect.stringMatching(message) as unknown,
  })
  expect(answer.retryAfter).toMatch(/^\d+$/)
  const seconds = Number(answer.retryAfter)
  expect(seconds).toBeGreaterThan(0)
  expect(seconds).toBeLessThanOrEqual(1)
  return seconds
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function summary(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b)
  const median = sorted[Math.floor(sorted.length / 2)] ?? NaN
  return { median, max: sorted[sorted.length - 1] ?? NaN }
}

const ms = (value: number) => value.toFixed(1)

describe('reference API rate limits (per customer)', () => {
  it('over the requests per second: 429 rate_limit_exceeded with Retry-After, then served after waiting it', async () => {
    const { api, base, close } = await serve({ rateLimit: { requestsPerSecond: 5 } })
    try {
      const a = await auth(api, 'customer-a')
      // Eight at once: five are served, the other three are 429.
      const burst = await Promise.all(Array.from({ length: 8 }, () => send(`${base}${LIST}`, a)))
      expect(statuses(burst)).toEqual({ 200: 5, 429: 3 })
      let wait = 0
      for (const answer of burst.filter((b) => b.status === 429)) {
        wait = Math.max(wait, expectRateLimited(answer, /more than 5 requests per second/i))
      }
      // Refused requests are not counted: still 429 until the second is over, whatever the method.
      expectRateLimited(
        await send(`${base}${GET}`, a, { method: 'PATCH', body: '{}' }),
        /5 requests per second/,
      )

      await sleep(wait * 1000)
      const after = await Promise.all(Array.from({ length: 5 }, () => send(`${base}${LIST}`, a)))
      // A whole new second: the five it allows are all served.
      expect(statuses(after)).toEqual({ 200: 5 })
      expect(statuses([await send(`${base}${LIST}`, a)])).toEqual({ 429: 1 })
    } finally {
      await close()
    }
  })

  it('over the parallel requests: the excess in flight is 429, and finished, failed or aborted requests free their slots', async () => {
    const api = createReferenceApi({ rateLimit: { concurrent: 2 } })
    const token = await api.mintToken({ id: 'customer-a' })
    const request = (signal?: AbortSignal) =>
      api
        .fetch(`http://reference.test${LIST}`, { headers: { authorization: `Bearer ${token}` }, signal })
        .then(async (response) => ({
          status: response.status,
          retryAfter: response.headers.get('retry-after'),
          body: (await response.json()) as unknown,
        }))
    api.setLatency(400)
    for (let round = 0; round < 2; round += 1) {
      // Six at once while each admitted request takes 400 ms: two are served, four are refused at once.
      const answers = await Promise.all(Array.from({ length: 6 }, () => request()))
      expect(statuses(answers), `round ${round}`).toEqual({ 200: 2, 429: 4 })
      for (const answer of answers.filter((b) => b.status === 429)) {
        expectRateLimited(answer, /more than 2 requests in parallel/i)
      }
    }

    // Two requests aborted while in flight free their slots.
    const controller = new AbortController()
    const aborted = [request(controller.signal), request(controller.signal)]
    // Bounded: both are admitted (in flight, no status yet) within 2 s.
    const admittedBy = performance.now() + 2_000
    const inFlight = () => api.requests.filter((r) => r.customerId !== undefined && r.status === undefined)
    while (inFlight().length < 2 && performance.now() < admittedBy) await sleep(5)
    expect(inFlight()).toHaveLength(2)
    expect(statuses([await request()])).toEqual({ 429: 1 })
    controller.abort()
    await expect(Promise.all(aborted)).rejects.toThrow(/abort/i)

    // Two injected failures free theirs too.
    api.setLatency(0)
    api.injectFault({ kind: 'status', status: 503, times: 2 })
    expect(statuses(await Promise.all([request(), request()]))).toEqual({ 503: 2 })

    api.setLatency(400)
    expect(statuses(await Promise.all([request(), request(), request()]))).toEqual({ 200: 2, 429: 1 })
  })

  it('a wall clock set back does not lock a customer out: the window runs on a monotonic clock', async () => {
    const api = createReferenceApi({ rateLimit: { requestsPerSecond: 1 } })
    const headers = { authorization: `Bearer ${await api.mintToken({ id: 'customer-a' })}` }
    const one = () =>
      api.fetch(`http://reference.test${LIST}`, { headers }).then(async (response) => ({
        status: response.status,
        retryAfter: response.headers.get('retry-after'),
        body: (await response.json()) as unknown,
      }))
    expect((await one()).status).toBe(200)
    const refused = await one()
    expectRateLimited(refused, /1 requests per second/)
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      // NTP steps the wall clock back ten minutes; a second later the customer's window is over all the same.
      vi.setSystemTime(Date.now() - 10 * 60_000)
      await sleep(Number(refused.retryAfter) * 1000)
      expect((await one()).status).toBe(200)
      expectRateLimited(await one(), /1 requests per second/)
    } finally {
      vi.useRealTimers()
    }
  })

  it("one customer at its limit does not throttle another: B's lists are all served while A is refused", async () => {
    // B makes 40 requests in all (20 alone, 20 during the attack), under the 50 per second each customer has.
    const { api, base, close } = await serve({ rateLimit: { requestsPerSecond: 50, concurrent: 4 } })
    try {
      const a = await auth(api, 'customer-a')
      const b = await auth(api, 'customer-b')
      const listOnce = async () => {
        const started = performance.now()
        const answer = await send(`${base}${LIST}`, b)
        expect(answer.status).toBe(200)
        return performance.now() - started
      }
      // Baseline in the same test: the same 20 lists with nobody else on the server.
      const baseline: number[] = []
      for (let i = 0; i < 20; i += 1) baseline.push(await listOnce())

      let stop = false
      const seen = { 200: 0, 429: 0, other: 0 }
      const deadline = performance.now() + 15_000
      const hammer = async () => {
        // Bounded: at most 2,000 requests per loop and 15 s; it ends when B is done.
        for (let i = 0; i < 2_000 && !stop && performance.now() < deadline; i += 1) {
          const { status } = await send(`${base}${LIST}`, a)
          if (status === 200 || status === 429) seen[status] += 1
          else seen.other += 1
        }
      }
      // Eight loops: twice A's parallel limit, far over its 50 per second.
      const loops = Array.from({ length: 8 }, () => hammer())
      while (seen[429] < 20 && performance.now() < deadline) await sleep(5)
      const throttledBefore = seen[429]

      const latencies: number[] = []
      for (let i = 0; i < 20; i += 1) latencies.push(await listOnce())
      const throttledDuring = seen[429] - throttledBefore
      stop = true
      await Promise.all(loops)

      const alone = summary(baseline)
      const during = summary(latencies)
      console.info(
        `rate limit fairness: B's 20 sequential lists, ms: alone median ${ms(alone.median)}, max ${ms(alone.max)}; ` +
          `while A is throttled median ${ms(during.median)}, max ${ms(during.max)} ` +
          `(A: ${seen[200]} served, ${seen[429]} refused with 429, ${throttledDuring} of them during B's lists)`,
      )
      expect(seen.other).toBe(0)
      expect(throttledDuring).toBeGreaterThan(0)
      // Every list of B was served (listOnce expects a 200) while A was being refused. The latencies are printed as
      // figures, not asserted: a timed assertion fails on a busy machine, not on a defect.
      // B is still under its own limit afterwards.
      expect((await send(`${base}${LIST}`, b)).status).toBe(200)
    } finally {
      await close()
    }
  }, 30_000)

  it("the client reports a 429 as ActionsApiError with retryAfterMs, and the hooks' read policy waits it", async () => {
    const api = createReferenceApi({ rateLimit: { requestsPerSecond: 1 } })
    const sent: { at: number; status: number }[] = []
    const client = createActionsClient({
      apiUri: 'http://reference.test',
      token: await api.mintToken({ id: 'customer-a' }),
      fetch: async (input, init) => {
        const response = await api.fetch(input, init)
        sent.push({ at: performance.now(), status: response.status })
        return response
      },
    })
    const action = client.connection('hubspot').action('create-contact')
    await action.get()
    const error = await action.get().then(
      () => new Error('the second request in a second was served'),
      (failure: unknown) => failure,
    )
    expect(error).toBeInstanceOf(ActionsApiError)
    expect(error).toMatchObject({ type: 'rate_limit_exceeded', status: 429, retryAfterMs: 1000 })
    expect((error as ActionsApiError).message).toMatch(/1 requests per second/)
    expect(shouldRetryRequest(0, error)).toBe(true)
    expect(retryDelay(0, error)).toBe(1000)
    expect(retryDelay(2, error)).toBe(1000)

    // The read policy ActionsProvider registers: the first attempt is a 429, the retry waits Retry-After.
    await sleep(1000)
    sent.length = 0
    const queryClient = new QueryClient()
    queryClient.setQueryDefaults(actionKeys.all, actionQueryDefaults)
    await action.get()
    const instance = await queryClient.fetchQuery(
      actionDetailQueryOptions(client, { connection: 'hubspot', action: 'create-contact' }),
    )
    expect(instance.key).toBe('create-contact')
    expect(sent.map((s) => s.status)).toEqual([200, 429, 200])
    const waited = (sent[2]?.at ?? 0) - (sent[1]?.at ?? 0)
    console.info(`rate limit retry: the read retried ${ms(waited)} ms after the 429 (Retry-After: 1)`)
    expect(waited).toBeGreaterThanOrEqual(990)
    expect(waited).toBeLessThan(5_000)
    queryClient.clear()
  })

  it('is off by default: 200 quick requests of one customer, 100 of them at once, are never a 429', async () => {
    const api = createReferenceApi()
    const headers = { authorization: `Bearer ${await api.mintToken({ id: 'customer-a' })}` }
    const one = () => api.fetch(`http://reference.test${LIST}`, { headers }).then((r) => r.status)
    const answers: number[] = []
    const started = performance.now()
    for (let i = 0; i < 100; i += 1) answers.push(await one())
    answers.push(...(await Promise.all(Array.from({ length: 100 }, one))))
    console.info(`no rate limit: 200 requests in ${Math.round(performance.now() - started)} ms`)
    expect(answers).toHaveLength(200)
    expect(answers.every((status) => status === 200)).toBe(true)
    expect(api.countRequests()).toBe(200)
  })
})
