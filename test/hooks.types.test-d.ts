import { QueryClient } from '@tanstack/react-query'
import type { InfiniteData, UseQueryResult } from '@tanstack/react-query'
import {
  actionKeys,
  actionDetailQueryOptions,
  actionListQueryOptions,
  createActionsClient,
  useAction,
  useActionRuns,
  useActions,
  usePatchAction,
  useRunAction,
} from 'react-action-instances'
import type {
  ActionInstance,
  ActionInstanceList,
  ActionRun,
  ActionRunResponse,
  ActionsApiError,
  JsonObject,
} from 'react-action-instances'

type Input = { email: string }
type Output = { id: string }
const selector = { connection: 'hubspot', action: 'create-contact' }
const client = createActionsClient({ token: 't' })

describe('public types', () => {
  it('types run input and output', () => {
    const run = useRunAction<Input, Output>(selector)
    expectTypeOf(run.mutate).parameter(0).toEqualTypeOf<Input>()
    expectTypeOf(run.data).toEqualTypeOf<ActionRunResponse<Output> | undefined>()
    expectTypeOf(run.error).toEqualTypeOf<ActionsApiError | null>()
    expectTypeOf(run.cancel).toEqualTypeOf<() => void>()
    expectTypeOf(useRunAction(selector).variables).toEqualTypeOf<JsonObject | undefined>()
    // @ts-expect-error the input must match TInput
    run.mutate({ email: 1 })
  })

  it('types the client run', () => {
    const pending = client
      .connection('hubspot')
      .action('create-contact')
      .run<Input, Output>({ email: 'a@b.co' })
    expectTypeOf(pending).toEqualTypeOf<Promise<ActionRunResponse<Output>>>()
  })

  it('types the queries and their options factories', () => {
    expectTypeOf(useAction(selector)).toEqualTypeOf<UseQueryResult<ActionInstance, ActionsApiError>>()
    expectTypeOf(useActions({ connection: 'hubspot' }).data).toEqualTypeOf<
      InfiniteData<ActionInstanceList, string | undefined> | undefined
    >()
    const queryClient = new QueryClient()
    expectTypeOf(queryClient.getQueryData(actionDetailQueryOptions(client, selector).queryKey)).toEqualTypeOf<
      ActionInstance | undefined
    >()
    expectTypeOf(
      queryClient.getQueryData(actionListQueryOptions(client, { connection: 'hubspot' }).queryKey),
    ).toEqualTypeOf<InfiniteData<ActionInstanceList, unknown> | undefined>()
    expectTypeOf(actionListQueryOptions(client, { connection: 'hubspot' }).queryKey[4]).toMatchTypeOf<{
      search?: string
    }>()
    // @ts-expect-error the key and function belong to the factory
    actionDetailQueryOptions(client, selector, { queryKey: ['x'] })
  })

  it('types mutations, runs and keys', () => {
    expectTypeOf(usePatchAction(selector).mutate).parameter(0).toMatchTypeOf<{ config?: object }>()
    expectTypeOf(useActionRuns<Input, Output>(selector)).toEqualTypeOf<ActionRun<Input, Output>[]>()
    expectTypeOf(actionKeys.all).toEqualTypeOf<readonly ['react-action-instances']>()
  })

  it('lets useAction select change the data type, as useQuery does', () => {
    const name = useAction(selector, { select: (instance) => instance.id.length })
    expectTypeOf(name.data).toEqualTypeOf<number | undefined>()
  })

  it('gives a mutation the caller’s own onMutate result as its context', () => {
    const patch = usePatchAction(selector, { onMutate: () => ({ previous: 'x' }) })
    expectTypeOf(patch.context).toEqualTypeOf<{ previous: string } | undefined>()
    const run = useRunAction(selector, { onMutate: () => ({ startedBy: 'assistant' }) })
    expectTypeOf(run.context).toEqualTypeOf<{ startedBy: string } | undefined>()
  })
})
