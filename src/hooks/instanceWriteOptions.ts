import type { MutationFunctionContext, QueryClient, UseMutationOptions } from '@tanstack/react-query'
import type { ActionsApiError } from '../client/ActionsApiError'
import type { ActionsClient } from '../client/types'
import type { ActionInstance } from '../types'
import { actionKeys } from './actionKeys'
import type { ActionWriteKind } from './actionKeys'
import { applyOptimistic, cancelReads, refetchEmptyReads, rollBack, writeInstance } from './cacheWrites'
import type { OptimisticChanges } from './cacheWrites'
import { composeHandlers } from './composeHandlers'
import type { ActionMutationOptions } from './composeHandlers'
import type { ActionSelector } from './types'
import { mayWrite } from './customerScope'
import { beginWrite, finishWrite, reconcile } from './writeTracker'
import type { WriteSettlement } from './writeTracker'

/** What one kind of write does to the cache. */
export interface InstanceWrite<TData, TVariables> {
  kind: ActionWriteKind
  /** Sends the write with the client the mutation started with. */
  mutationFn(variables: TVariables, client: ActionsClient): Promise<TData>
  /** The optimistic change, applied to every cached copy of the instance. */
  optimistic?(variables: TVariables): void
  /** Writes the server's answer; `settlement` says whether other writes overlapped it. */
  onSuccess(data: TData, settlement: WriteSettlement): Promise<unknown> | void
}

// Per execution, not per options object: a hook re-render gives the mutation new options mid-flight.
const changes = new WeakMap<MutationFunctionContext, OptimisticChanges>()
const begun = new WeakSet<MutationFunctionContext>()
// The client when the write started: a re-render with another customer's client must not redirect it.
const startedWith = new WeakMap<MutationFunctionContext, ActionsClient>()

/**
 * Mutation options of a write of one instance. Writes of a connection are tracked together: a write that
 * nothing overlapped writes its answer (or rolls its optimistic change back) exactly; when writes or reads
 * overlap, the last one to settle refetches the connection's cached details and lists once, so the cache
 * ends equal to the server whatever order the answers came in.
 */
export function instanceWriteOptions<TData, TVariables, TContext>(
  client: ActionsClient,
  queryClient: QueryClient,
  selector: ActionSelector,
  write: InstanceWrite<TData, TVariables>,
  options: ActionMutationOptions<TData, TVariables, TContext> | undefined,
): UseMutationOptions<TData, ActionsApiError, TVariables, TContext> {
  const { connection, action, instanceKey } = selector
  return {
    ...composeHandlers<TData, TVariables, TContext>(
      {
        onMutate: async (variables, context) => {
          beginWrite(queryClient, connection)
          begun.add(context)
          startedWith.set(context, client)
          await cancelReads(queryClient, selector)
          if (write.optimistic) {
            changes.set(
              context,
              applyOptimistic(queryClient, selector, () => write.optimistic?.(variables)),
            )
          }
        },
        onSuccess: async (data, _variables, context) => {
          const settlement = begun.delete(context) ? finishWrite(queryClient, connection) : 'alone'
          // An answer for a previous customer never lands in the cache of the current one.
          if (!mayWrite(queryClient, startedWith.get(context) ?? client)) return
          await write.onSuccess(data, settlement)
          if (settlement === 'last-of-overlap') await reconcile(queryClient, connection)
        },
        onError: async (_error, _variables, context) => {
          const settlement = begun.delete(context) ? finishWrite(queryClient, connection) : 'alone'
          if (!mayWrite(queryClient, startedWith.get(context) ?? client)) return
          const optimistic = changes.get(context)
          if (settlement === 'alone' && optimistic) await rollBack(queryClient, optimistic)
          if (settlement === 'last-of-overlap') await reconcile(queryClient, connection)
        },
        onSettled: () => refetchEmptyReads(queryClient, selector),
      },
      options,
    ),
    mutationKey: actionKeys.write(write.kind, connection, action, instanceKey),
    mutationFn: (variables, context) => write.mutationFn(variables, startedWith.get(context) ?? client),
  }
}

/** A setup or reset: no optimistic change; the instance the server returns is written into every cached copy. */
export function returnedInstanceWrite(
  kind: 'setup' | 'reset',
  queryClient: QueryClient,
  selector: ActionSelector,
): InstanceWrite<ActionInstance, void> {
  const { connection, action, instanceKey } = selector
  return {
    kind,
    mutationFn: (_variables, startClient) => {
      const target = startClient.connection(connection).action(action, { instanceKey })
      return kind === 'setup' ? target.setup() : target.reset()
    },
    onSuccess: (instance) => writeInstance(queryClient, selector, instance),
  }
}
