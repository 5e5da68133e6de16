// RSS and heap growth of the reference API over 10,000 distinct customized schemas, beside a baseline of the
// same 10,000 PATCH + run pairs with one schema. Run: `node --expose-gc --import tsx scripts/bench/schemaMemory.ts`.
import { createReferenceApi } from '../../src/testing'

const COUNT = Number(process.env.SCHEMAS ?? 10_000)
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

function collect(): { rss: number; heap: number } {
  const gc = (globalThis as { gc?: () => void }).gc
  gc?.()
  gc?.()
  const usage = process.memoryUsage()
  return { rss: usage.rss, heap: usage.heapUsed }
}

async function measure(distinct: boolean): Promise<{ rss: number; heap: number; ms: number }> {
  const api = createReferenceApi()
  const headers = {
    authorization: `Bearer ${await api.mintToken({ id: distinct ? 'distinct' : 'same' })}`,
    'content-type': 'application/json',
  }
  const base = 'http://bench.local/connections/slack/actions/send-message'
  const before = collect()
  const started = performance.now()
  for (let i = 0; i < COUNT; i += 1) {
    const n = distinct ? i : 0
    const inputSchema = {
      type: 'object',
      properties: {
        text: { type: 'string', pattern: `^[a-z]*${n}?$`, maxLength: 1000 + n },
        channel: { type: 'string' },
      },
    }
    await api.handle(new Request(base, { method: 'PATCH', headers, body: JSON.stringify({ inputSchema }) }))
    const run = await api.handle(
      new Request(`${base}/run`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ channel: 'general', text: 'abc' }),
      }),
    )
    if (run.status !== 201) throw new Error(`run ${i} answered ${run.status}`)
  }
  const ms = performance.now() - started
  const after = collect()
  return { rss: after.rss - before.rss, heap: after.heap - before.heap, ms }
}

if ((globalThis as { gc?: unknown }).gc === undefined) console.warn('run with --expose-gc for stable figures')
const start = collect()
const same = await measure(false)
const distinct = await measure(true)
const end = collect()
console.log(`RSS at start ${mb(start.rss)}, at end ${mb(end.rss)}`)
console.log(
  `one schema, ${COUNT} PATCH+run:        RSS +${mb(same.rss)}, heap +${mb(same.heap)}, ${same.ms.toFixed(0)} ms`,
)
console.log(
  `${COUNT} distinct schemas, PATCH+run:   RSS +${mb(distinct.rss)}, heap +${mb(distinct.heap)}, ${distinct.ms.toFixed(0)} ms`,
)
