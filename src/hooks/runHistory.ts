import type { Mutation, QueryClient } from '@tanstack/react-query'
import { actionKeys } from './actionKeys'

/** Run history is read from the mutation cache, so runs stay there this long: 30 minutes. */
export const RUN_HISTORY_MS = 30 * 60_000
/** The history of one action keeps at most this many settled runs... */
export const RUN_HISTORY_MAX_RUNS = 50
/** ...and at most this much output (JSON text), always keeping the latest run. */
export const RUN_HISTORY_MAX_BYTES = 8 * 1024 * 1024

type AnyMutation = Mutation<unknown, Error, unknown, unknown>

/** What the kit learns of a settled run: when it settled and its size as JSON text (UTF-16 code units). */
interface SettledRun {
  finishedAt: number
  bytes: number
}

const settledRuns = new WeakMap<AnyMutation, SettledRun>()
const tracked = new WeakSet<QueryClient>()

function sizeOf(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 0
  } catch {
    return 0
  }
}

function isSettled(mutation: AnyMutation): boolean {
  return mutation.state.status === 'success' || mutation.state.status === 'error'
}

function isRun(mutation: AnyMutation): boolean {
  const key = mutation.options.mutationKey
  return key?.[0] === actionKeys.all[0] && key[1] === 'connection' && key[3] === 'runs'
}

/** When a settled run settled and how large it is; noted the first time it is read after settling. */
export function settledRunOf(mutation: AnyMutation): SettledRun | undefined {
  if (!isSettled(mutation)) return undefined
  let facts = settledRuns.get(mutation)
  if (!facts) {
    facts = { finishedAt: Date.now(), bytes: sizeOf(mutation.state.data) }
    settledRuns.set(mutation, facts)
  }
  return facts
}

/** Drops the oldest settled runs of one action beyond the count and byte budgets; the latest is always kept. */
function prune(queryClient: QueryClient, settling: AnyMutation): void {
  const cache = queryClient.getMutationCache()
  let bytes = 0
  cache
    .findAll({ mutationKey: settling.options.mutationKey, exact: true })
    .filter(isSettled)
    .sort((a, b) => b.mutationId - a.mutationId)
    .forEach((mutation, index) => {
      bytes += settledRunOf(mutation)?.bytes ?? 0
      if (index > 0 && (index >= RUN_HISTORY_MAX_RUNS || bytes > RUN_HISTORY_MAX_BYTES))
        cache.remove(mutation)
    })
}

/**
 * Keeps the run history of `queryClient` bounded: whenever a run settles, its time and size are noted and the
 * action's oldest runs beyond the budgets are removed. Subscribes once per QueryClient, for its lifetime.
 */
export function trackRunHistory(queryClient: QueryClient): void {
  if (tracked.has(queryClient)) return
  tracked.add(queryClient)
  queryClient.getMutationCache().subscribe((event) => {
    if (event.type !== 'updated' || (event.action.type !== 'success' && event.action.type !== 'error')) return
    if (!isRun(event.mutation)) return
    settledRunOf(event.mutation)
    prune(queryClient, event.mutation)
  })
}
