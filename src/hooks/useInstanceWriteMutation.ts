import { useMutation } from '@tanstack/react-query'
import type { UseMutationResult } from '@tanstack/react-query'
import type { ActionsApiError } from '../client/ActionsApiError'
import type { ActionInstance } from '../types'
import { useActionsContext } from './ActionsContext'
import { cancelReads, refetchEmptyReads, writeInstance } from './cacheWrites'
import { composeMutationOptions } from './composeMutationOptions'
import type { ActionMutationOptions, ComposedContext } from './composeMutationOptions'
import type { ActionSelector } from './types'

/** The result of `useSetupAction` and `useResetAction`. */
export type InstanceWriteMutationResult<TContext = unknown> = UseMutationResult<
  ActionInstance,
  ActionsApiError,
  void,
  ComposedContext<undefined, TContext>
>

/** A mutation that returns the whole instance: it is written into the detail and list items, no second GET. */
export function useInstanceWriteMutation<TContext>(
  operation: 'setup' | 'reset',
  hook: string,
  input: ActionSelector,
  options: ActionMutationOptions<ActionInstance, void, TContext> | undefined,
): InstanceWriteMutationResult<TContext> {
  const { client, queryClient } = useActionsContext(hook)
  const { connection, action, instanceKey } = input
  return useMutation(
    {
      ...composeMutationOptions<ActionInstance, void, undefined, TContext>(
        {
          onMutate: async () => {
            await cancelReads(queryClient, input)
            return undefined
          },
          onSuccess: (instance) => writeInstance(queryClient, input, instance),
          onSettled: () => refetchEmptyReads(queryClient, input),
        },
        options,
      ),
      mutationFn: () => {
        const target = client
          .connection(connection)
          .action(action, instanceKey === undefined ? {} : { instanceKey })
        return operation === 'setup' ? target.setup() : target.reset()
      },
    },
    queryClient,
  )
}
