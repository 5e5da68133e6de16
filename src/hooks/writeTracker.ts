import type { QueryClient } from '@tanstack/react-query'
import { actionKeys } from './actionKeys'

interface ConnectionWrites {
  pending: number
  /** Something overlapped a write (another write, or a read): settle by refetching, not by guessing. */
  overlapped: boolean
}

const trackers = new WeakMap<QueryClient, Map<string, ConnectionWrites>>()

function stateOf(queryClient: QueryClient, connection: string): ConnectionWrites {
  let byConnection = trackers.get(queryClient)
  if (!byConnection) trackers.set(queryClient, (byConnection = new Map()))
  let state = byConnection.get(connection)
  if (!state) byConnection.set(connection, (state = { pending: 0, overlapped: false }))
  return state
}

/** Notes that a write of the connection started. */
export function beginWrite(queryClient: QueryClient, connection: string): void {
  const state = stateOf(queryClient, connection)
  if (state.pending > 0) state.overlapped = true
  state.pending += 1
}

/** Notes that a read of the connection ran while a write was pending, so its answer may predate the write. */
export function noteRead(queryClient: QueryClient, connection: string): void {
  const state = stateOf(queryClient, connection)
  if (state.pending > 0) state.overlapped = true
}

/** How a write settled relative to the others of its connection. */
export type WriteSettlement = 'alone' | 'overlapped' | 'last-of-overlap'

/**
 * Notes that a write settled (before its cache consequences, so reads they start do not count as
 * overlapping). `alone`: no other write or read overlapped it, so its answer or rollback is exact.
 * `last-of-overlap`: the order of the answers says nothing certain, so the caller refetches the connection.
 */
export function finishWrite(queryClient: QueryClient, connection: string): WriteSettlement {
  const state = stateOf(queryClient, connection)
  state.pending -= 1
  if (!state.overlapped) return 'alone'
  if (state.pending > 0) return 'overlapped'
  state.overlapped = false
  return 'last-of-overlap'
}

/** Refetches every cached detail and list of a connection, active or not, from the server. */
export function reconcile(queryClient: QueryClient, connection: string): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: actionKeys.connection(connection), refetchType: 'all' })
}
