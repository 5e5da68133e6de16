import type { MutationFunctionContext, UseMutationOptions } from '@tanstack/react-query'
import type { ActionsApiError } from '../client/ActionsApiError'

/** React Query options a mutation hook accepts; the function and key are the kit's. */
export type ActionMutationOptions<TData, TVariables, TContext = unknown> = Omit<
  UseMutationOptions<TData, ActionsApiError, TVariables, TContext>,
  'mutationFn' | 'mutationKey'
>

/** The mutation context: the kit's own part and the caller's `onMutate` result, kept apart. */
export interface ComposedContext<TOwn, TContext> {
  own: TOwn
  caller: TContext | undefined
}

/** The cache consequences a mutation hook owns. */
export interface BuiltInHandlers<TData, TVariables, TOwn> {
  onMutate(variables: TVariables, context: MutationFunctionContext): Promise<TOwn> | TOwn
  onSuccess?(data: TData, variables: TVariables, own: TOwn): Promise<unknown> | unknown
  onError?(error: ActionsApiError, variables: TVariables, own: TOwn | undefined): Promise<unknown> | unknown
  onSettled?(variables: TVariables, own: TOwn | undefined): Promise<unknown> | unknown
}

/**
 * Runs the kit's handlers first and the caller's after them, each with its own context, so a caller's
 * `onSuccess` never replaces the kit's cache update. Mutations never retry: a run has no idempotency key.
 */
export function composeMutationOptions<TData, TVariables, TOwn, TContext>(
  builtIn: BuiltInHandlers<TData, TVariables, TOwn>,
  options: ActionMutationOptions<TData, TVariables, TContext> | undefined,
): UseMutationOptions<TData, ActionsApiError, TVariables, ComposedContext<TOwn, TContext>> {
  const { onMutate, onSuccess, onError, onSettled, ...rest } = options ?? {}
  return {
    ...rest,
    retry: false,
    onMutate: async (variables, context) => {
      const own = await builtIn.onMutate(variables, context)
      try {
        return { own, caller: await onMutate?.(variables, context) }
      } catch (error) {
        await builtIn.onError?.(error as ActionsApiError, variables, own)
        throw error
      }
    },
    onSuccess: async (data, variables, composed, context) => {
      await builtIn.onSuccess?.(data, variables, composed.own)
      await onSuccess?.(data, variables, composed.caller as TContext, context)
    },
    onError: async (error, variables, composed, context) => {
      await builtIn.onError?.(error, variables, composed?.own)
      await onError?.(error, variables, composed?.caller, context)
    },
    onSettled: async (data, error, variables, composed, context) => {
      await builtIn.onSettled?.(variables, composed?.own)
      await onSettled?.(data, error, variables, composed?.caller, context)
    },
  }
}
