import type { MutationFunctionContext, UseMutationOptions } from '@tanstack/react-query'
import type { ActionsApiError } from '../client/ActionsApiError'

/** React Query options a mutation hook accepts; the function and key are the kit's. */
export type ActionMutationOptions<TData, TVariables, TContext = unknown> = Omit<
  UseMutationOptions<TData, ActionsApiError, TVariables, TContext>,
  'mutationFn' | 'mutationKey'
>

/** The cache consequences a mutation owns; each gets the execution's React Query context. */
export interface BuiltInHandlers<TData, TVariables> {
  onMutate(variables: TVariables, context: MutationFunctionContext): Promise<unknown> | unknown
  onSuccess?(data: TData, variables: TVariables, context: MutationFunctionContext): Promise<unknown> | unknown
  onError?(
    error: ActionsApiError,
    variables: TVariables,
    context: MutationFunctionContext,
  ): Promise<unknown> | unknown
  onSettled?(variables: TVariables, context: MutationFunctionContext): Promise<unknown> | unknown
}

/**
 * Runs the kit's handlers first and the caller's after them, so a caller's `onSuccess` never replaces the
 * kit's cache update. The caller's `onMutate` result is the mutation's context, unchanged; the kit keeps its
 * own state per execution (keyed by React Query's `MutationFunctionContext`). Mutations default to no retry:
 * a run has no idempotency key.
 */
export function composeHandlers<TData, TVariables, TContext>(
  builtIn: BuiltInHandlers<TData, TVariables>,
  options: ActionMutationOptions<TData, TVariables, TContext> | undefined,
): Omit<UseMutationOptions<TData, ActionsApiError, TVariables, TContext>, 'mutationFn' | 'mutationKey'> {
  const { onMutate, onSuccess, onError, onSettled, ...rest } = options ?? {}
  return {
    retry: false,
    ...rest,
    onMutate: async (variables, context) => {
      // If either throws, React Query still calls onError and onSettled, so the kit's bookkeeping settles.
      await builtIn.onMutate(variables, context)
      return (await onMutate?.(variables, context)) as TContext
    },
    onSuccess: async (data, variables, callerContext, context) => {
      await builtIn.onSuccess?.(data, variables, context)
      await onSuccess?.(data, variables, callerContext, context)
    },
    onError: async (error, variables, callerContext, context) => {
      await builtIn.onError?.(error, variables, context)
      await onError?.(error, variables, callerContext, context)
    },
    onSettled: async (data, error, variables, callerContext, context) => {
      await builtIn.onSettled?.(variables, context)
      await onSettled?.(data, error, variables, callerContext, context)
    },
  }
}
