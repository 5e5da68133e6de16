import { useCallback, useMemo, useRef, useState } from 'react'
import { useActionsClient } from '../../hooks/useActionsClient'
import type { JsonObject } from '../../types'
import { createMemoryApprovalStorage, mayAlwaysAllow } from '../../tools/approvalStorage'
import type { ToolApprovalStorage } from '../../tools/approvalStorage'
import { executeToolCall } from '../../tools/executeToolCall'
import type { ToolCallOutcome } from '../../tools/executeToolCall'
import { parseToolCall } from '../../tools/parseToolCall'
import type { ParsedToolCall } from '../../tools/parseToolCall'
import { withoutOptionalNulls } from '../../tools/toolArguments'
import { toolResultMessage } from '../../tools/toolResultMessage'
import type { ToolCallByFormat, ToolFormat, ToolResultByFormat, ToolSet, ToolTarget } from '../../tools/types'

/** Where a tool call is: waiting for a person, running, or done. */
export type ToolCallStatus = 'pending' | 'running' | 'succeeded' | 'failed' | 'denied'

/** One tool call of the model, as `useToolCalls` tracks it. */
export interface ToolCallEntry<F extends ToolFormat = ToolFormat> {
  /** A key unique among the hook's calls. */
  key: string
  call: ParsedToolCall
  status: ToolCallStatus
  /** The arguments to run with: the model's (without strict mode's `null`s), then the person's edit. */
  arguments: JsonObject
  /** Whether "Always allow this action" may be offered: not for deleting or host-marked destructive actions. */
  canAlwaysAllow: boolean
  /** Whether it ran without asking, because the action is always allowed. */
  autoApproved: boolean
  /** The reason a person gave for denying it. */
  denyReason?: string
  outcome?: ToolCallOutcome
  /** The tool-result message for the model, once the call is done. */
  result?: ToolResultByFormat[F]
}

/** Options of `useToolCalls`. */
export interface UseToolCallsOptions<F extends ToolFormat> {
  format: F
  /** The tools the model was given. */
  tools: ToolSet<F>
  /** The customer "Always allow" choices belong to. */
  customer: string
  /** Where "Always allow" choices are kept. Defaults to one in memory for the page's life. */
  storage?: ToolApprovalStorage
  /** Marks more actions destructive (never always allowed). Deleting action types always are. Defaults to none. */
  isDestructive?: (target: ToolTarget, type: string) => boolean
}

/** What `useToolCalls` returns. */
export interface UseToolCallsResult<F extends ToolFormat> {
  /** Every call added, in order. */
  calls: ToolCallEntry<F>[]
  /** Adds a model's call; resolves with its tool-result message once it is approved and run, or denied. */
  add(call: ToolCallByFormat[F]): Promise<ToolResultByFormat[F]>
  /** Runs a pending call, with edited `args` if given; `alwaysAllow` also remembers the action for the customer. */
  approve(key: string, args?: JsonObject, options?: { alwaysAllow?: boolean }): void
  /** Denies a pending call; `reason` goes back to the model. */
  deny(key: string, reason?: string): void
}

const fallbackStorage = createMemoryApprovalStorage()

/**
 * A human approval step for a model's tool calls: each added call waits as `pending` until a person approves
 * (optionally editing its arguments) or denies it, unless the customer always allows its action. The client of the
 * nearest `ActionsProvider` runs it; the promise of `add` resolves with the result message for the model.
 * @example
 * const toolCalls = useToolCalls({ format: 'anthropic', tools, customer: user.id })
 * const result = await toolCalls.add(block)
 */
export function useToolCalls<F extends ToolFormat>(options: UseToolCallsOptions<F>): UseToolCallsResult<F> {
  const { format, tools, customer, storage = fallbackStorage, isDestructive } = options
  const client = useActionsClient()
  const [calls, setCalls] = useState<ToolCallEntry<F>[]>([])
  // The calls as of the last change, for handlers that run before the next render (an approve right after add).
  const callsRef = useRef(calls)
  const setCallsNow = useCallback((change: (all: ToolCallEntry<F>[]) => ToolCallEntry<F>[]) => {
    callsRef.current = change(callsRef.current)
    setCalls(callsRef.current)
  }, [])
  const waiting = useRef(new Map<string, (result: ToolResultByFormat[F]) => void>())
  const counter = useRef(0)

  const update = useCallback(
    (key: string, patch: Partial<ToolCallEntry<F>>) => {
      setCallsNow((all) => all.map((entry) => (entry.key === key ? { ...entry, ...patch } : entry)))
    },
    [setCallsNow],
  )

  const finish = useCallback(
    (key: string, call: ParsedToolCall, outcome: ToolCallOutcome, patch: Partial<ToolCallEntry<F>> = {}) => {
      const result = toolResultMessage(format, call, outcome)
      const status: ToolCallStatus =
        outcome.status === 'success' ? 'succeeded' : patch.status === 'denied' ? 'denied' : 'failed'
      update(key, { ...patch, status, outcome, result })
      waiting.current.get(key)?.(result)
      waiting.current.delete(key)
    },
    [format, update],
  )

  const run = useCallback(
    (key: string, call: ParsedToolCall, args: JsonObject) => {
      update(key, { status: 'running', arguments: args })
      void executeToolCall(client, call, { arguments: args }).then(
        (outcome) => finish(key, call, outcome),
        (error: unknown) =>
          finish(key, call, {
            status: 'error',
            kind: 'api_error',
            message: error instanceof Error ? error.message : String(error),
          }),
      )
    },
    [client, finish, update],
  )

  const scopeOf = useCallback(
    (call: ParsedToolCall) =>
      call.entry
        ? { customer, connection: call.entry.target.connection, action: call.entry.target.action }
        : undefined,
    [customer],
  )

  const add = useCallback(
    (raw: ToolCallByFormat[F]) => {
      const call = parseToolCall(raw, { format, tools })
      const key = `${call.id || 'call'}-${++counter.current}`
      const entry = call.entry
      const canAlwaysAllow = entry !== undefined && mayAlwaysAllow(entry.target, entry.type, isDestructive)
      const scope = scopeOf(call)
      const autoApproved = canAlwaysAllow && scope !== undefined && storage.isAlwaysAllowed(scope)
      const args = entry ? withoutOptionalNulls(entry.inputSchema, call.arguments) : call.arguments
      const promise = new Promise<ToolResultByFormat[F]>((resolve) => waiting.current.set(key, resolve))
      setCallsNow((all) => [
        ...all,
        { key, call, status: 'pending', arguments: args, canAlwaysAllow, autoApproved },
      ])
      if (call.problem)
        finish(key, call, { status: 'error', kind: call.problem.kind, message: call.problem.message })
      else if (autoApproved) run(key, call, args)
      return promise
    },
    [finish, format, isDestructive, run, scopeOf, setCallsNow, storage, tools],
  )

  const approve = useCallback(
    (key: string, args?: JsonObject, approveOptions: { alwaysAllow?: boolean } = {}) => {
      const entry = callsRef.current.find((c) => c.key === key)
      if (!entry || entry.status !== 'pending') return
      const scope = scopeOf(entry.call)
      if (approveOptions.alwaysAllow && entry.canAlwaysAllow && scope) storage.setAlwaysAllowed(scope, true)
      run(key, entry.call, args ?? entry.arguments)
    },
    [run, scopeOf, storage],
  )

  const deny = useCallback(
    (key: string, reason = '') => {
      const entry = callsRef.current.find((c) => c.key === key)
      if (!entry || entry.status !== 'pending') return
      const message = reason.trim() ? `Reason: ${reason.trim()}` : 'No reason given.'
      finish(
        key,
        entry.call,
        { status: 'error', kind: 'denied', message },
        { status: 'denied', denyReason: reason.trim() },
      )
    },
    [finish],
  )

  return useMemo(() => ({ calls, add, approve, deny }), [calls, add, approve, deny])
}
