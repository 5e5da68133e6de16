import type { MutationFunctionContext } from '@tanstack/react-query'

/** The kit's record of one unsettled run: who may cancel it, and its AbortController. */
export interface RunRecord {
  /** The hook instance that started the run, so `cancel()` aborts only its own runs. */
  owner: symbol
  /** The hashed run key (`actionKeys.runs`), so `cancel()` aborts only runs of the action it shows. */
  scope: string
  controller: AbortController
  /** When the run started (ms since epoch), for the log the kit writes of it. */
  startedAt: number
}

/** Runs that started and have not settled: `cancel()` reads them here, since React Query stores a run's context only after `onMutate` resolves. */
const active = new Set<RunRecord>()

/** Aborts the unsettled runs of `scope` that `owner` may cancel (see `mayCancel`). */
export function abortActive(owner: symbol, scope: string): void {
  for (const record of active)
    if (record.scope === scope && mayCancel(record, owner)) record.controller.abort()
}

/**
 * React Query hands `onMutate` and `mutationFn` of one execution the same context object; this links the
 * run's AbortController to its request without threading it through the caller's variables.
 */
export const runRecords = new WeakMap<MutationFunctionContext, RunRecord>()

/**
 * Controllers made when `mutate()` was called, before React Query reached `onMutate` (which it calls a few
 * microtasks later): a `cancel()` in between aborts them, so the request is never sent.
 */
const queued = new WeakMap<symbol, AbortController[]>()

/** Makes the controller of a run that `mutate()` is about to start; `startRun` picks it up in order. */
export function queueRun(owner: symbol): AbortController {
  const controller = new AbortController()
  const list = queued.get(owner) ?? []
  list.push(controller)
  queued.set(owner, list)
  return controller
}

/** Aborts every run of `owner` that was queued but not started yet. */
export function abortQueued(owner: symbol): void {
  for (const controller of queued.get(owner) ?? []) controller.abort()
}

/** The hooks that are mounted; a run whose hook unmounted (a runner switched away and back) has no owner left. */
const liveOwners = new Set<symbol>()

/** Marks a hook's runs as owned while it is mounted; returns the cleanup. */
export function claimRuns(owner: symbol): () => void {
  liveOwners.add(owner)
  return () => {
    liveOwners.delete(owner)
  }
}

/** Whether `owner` may cancel this run: it started it, or the hook that did is gone. */
export function mayCancel(record: RunRecord, owner: symbol): boolean {
  return record.owner === owner || !liveOwners.has(record.owner)
}

/** Starts the record of a run (with the controller `queueRun` made for it, if any) and links it to the execution. */
export function startRun(context: MutationFunctionContext, owner: symbol, scope: string): RunRecord {
  const controller = queued.get(owner)?.shift() ?? new AbortController()
  const record: RunRecord = { owner, scope, controller, startedAt: Date.now() }
  runRecords.set(context, record)
  active.add(record)
  return record
}

/** Forgets a settled run: it can no longer be cancelled. */
export function finishRun(context: MutationFunctionContext): void {
  const record = runRecords.get(context)
  if (record) active.delete(record)
}
