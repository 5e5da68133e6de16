import type { MutationFunctionContext } from '@tanstack/react-query'

/** The kit's record of one run, kept as the run mutation's context so `useActionRuns` can read it. */
export interface RunRecord {
  /** The hook instance that started the run, so `cancel()` aborts only its own runs. */
  owner: symbol
  controller: AbortController
  finishedAt?: number
}

/**
 * React Query hands `onMutate` and `mutationFn` of one execution the same context object; this links the
 * run's AbortController to its request without threading it through the caller's variables.
 */
export const runRecords = new WeakMap<MutationFunctionContext, RunRecord>()

/** Reads the kit's run record out of a run mutation's stored context. */
export function runRecordOf(context: unknown): RunRecord | undefined {
  if (typeof context !== 'object' || context === null || !('own' in context)) return undefined
  const own = (context as { own: unknown }).own
  return typeof own === 'object' && own !== null && 'controller' in own ? (own as RunRecord) : undefined
}

/** Starts the record of a run and links it to the execution's context. */
export function startRun(context: MutationFunctionContext, owner: symbol): RunRecord {
  const record: RunRecord = { owner, controller: new AbortController() }
  runRecords.set(context, record)
  return record
}

/** Stamps the end of a run; called before React Query stores the settled state, so readers see it. */
export function finishRun(record: RunRecord): void {
  record.finishedAt = Date.now()
}
