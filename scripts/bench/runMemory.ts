// Heap after 1,000 runs with 1 MB outputs, beside the run history's cap. Run by `npm run bench` as
// `node --expose-gc --import tsx scripts/bench/runMemory.ts`; prints one JSON line.
import { MutationObserver, QueryClient } from '@tanstack/react-query'
import { createActionsClient, runActionMutationOptions } from '../../src/index'
import { RUN_HISTORY_MAX_BYTES, RUN_HISTORY_MAX_RUNS } from '../../src/hooks/runHistory'

const RUNS = 1000
const MB = 1024 * 1024
const gc = (globalThis as { gc?: () => void }).gc
const heap = () => {
  gc?.()
  gc?.()
  return process.memoryUsage().heapUsed
}

const body = JSON.stringify({ output: 'x'.repeat(MB) })
const fetch = async () => new Response(body, { status: 201, headers: { 'content-type': 'application/json' } })
const client = createActionsClient({ apiUri: 'http://bench.invalid', token: 't', fetch })
const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: false } } })
const observer = new MutationObserver(
  queryClient,
  runActionMutationOptions(client, queryClient, { connection: 'hubspot', action: 'create-contact' }),
)
const before = heap()
for (let i = 0; i < RUNS; i += 1) await observer.mutate({ i })
const held = queryClient.getMutationCache().getAll()
const heldBytes = held.reduce((sum, mutation) => sum + JSON.stringify(mutation.state.data ?? null).length, 0)
const after = heap()
process.stdout.write(
  `${JSON.stringify({
    runs: RUNS,
    heldRuns: held.length,
    heldBytes,
    heapGrowthBytes: after - before,
    capRuns: RUN_HISTORY_MAX_RUNS,
    capBytes: RUN_HISTORY_MAX_BYTES,
  })}\n`,
  // The cache's garbage-collection timers would keep the process alive for minutes.
  () => process.exit(0),
)
