import type { UseQueryResult } from '@tanstack/react-query'
import { useAction, useRunAction } from 'react-action-instances'
import { ActionInputForm, ActionRunner } from 'react-action-instances/components'
import type { ActionInputFormProps, ActionRunnerProps } from 'react-action-instances/components'
import type {
  ActionInputOf,
  ActionInstance,
  ActionOutputOf,
  ActionRunResponse,
  ActionsApiError,
  JsonObject,
} from 'react-action-instances'

// Made-up connection keys no other test uses: this augmentation applies to the whole typecheck program.
declare module 'react-action-instances' {
  interface ActionRegistry {
    'typed-crm': {
      'create-person': {
        input: { email: string; age?: number }
        output: { id: string; createdAt: string }
      }
      'open-note': {
        input: { text: string; [key: string]: unknown }
        output: { ok: boolean }
      }
      broken: { input: unknown; output: unknown }
    }
  }
}

type PersonInput = { email: string; age?: number }
type PersonOutput = { id: string; createdAt: string }

describe('ActionRegistry', () => {
  it('resolves registered input and output types', () => {
    expectTypeOf<ActionInputOf<'typed-crm', 'create-person'>>().toEqualTypeOf<PersonInput>()
    expectTypeOf<ActionOutputOf<'typed-crm', 'create-person'>>().toEqualTypeOf<PersonOutput>()
  })

  it('falls back for unknown keys, wide strings and uncompiled schemas', () => {
    expectTypeOf<ActionInputOf<'typed-crm', 'no-such-action'>>().toEqualTypeOf<JsonObject>()
    expectTypeOf<ActionOutputOf<'typed-crm', 'no-such-action'>>().toEqualTypeOf<unknown>()
    expectTypeOf<ActionInputOf<'typed-nowhere', 'create-person'>>().toEqualTypeOf<JsonObject>()
    expectTypeOf<ActionInputOf<string, string>>().toEqualTypeOf<JsonObject>()
    expectTypeOf<ActionOutputOf<string, string>>().toEqualTypeOf<unknown>()
    expectTypeOf<ActionInputOf<'typed-crm', 'broken'>>().toEqualTypeOf<JsonObject>()
    expectTypeOf<ActionOutputOf<'typed-crm', 'broken'>>().toEqualTypeOf<unknown>()
  })
})

describe('useRunAction with the registry', () => {
  it('types mutate(input) and data.output from literal keys', () => {
    const run = useRunAction({ connection: 'typed-crm', action: 'create-person' })
    expectTypeOf(run.mutate).parameter(0).toEqualTypeOf<PersonInput>()
    expectTypeOf(run.data).toEqualTypeOf<ActionRunResponse<PersonOutput> | undefined>()
    expectTypeOf(run.data!.output.createdAt).toEqualTypeOf<string>()
    run.mutate({ email: 'ada@example.com', age: 36 })
  })

  it('rejects a missing required field, a wrong field type and an unknown field on a closed schema', () => {
    const run = useRunAction({ connection: 'typed-crm', action: 'create-person' })
    // @ts-expect-error email is required
    run.mutate({ age: 36 })
    // @ts-expect-error email is a string
    run.mutate({ email: 36 })
    // @ts-expect-error the schema is closed (additionalProperties: false)
    run.mutate({ email: 'ada@example.com', nickname: 'Ada' })
  })

  it('accepts extra fields on an open schema but still checks declared ones', () => {
    const run = useRunAction({ connection: 'typed-crm', action: 'open-note', instanceKey: 'a' })
    run.mutate({ text: 'hi', color: 'red' })
    // @ts-expect-error text is a string
    run.mutate({ text: 1 })
  })

  it('types the options callbacks', () => {
    useRunAction(
      { connection: 'typed-crm', action: 'create-person' },
      {
        onSuccess: (response, input) => {
          expectTypeOf(response.output).toEqualTypeOf<PersonOutput>()
          expectTypeOf(input).toEqualTypeOf<PersonInput>()
        },
      },
    )
  })

  it('falls back for unknown keys and wide strings', () => {
    expectTypeOf(useRunAction({ connection: 'typed-crm', action: 'nope' }).variables).toEqualTypeOf<
      JsonObject | undefined
    >()
    const selector = { connection: 'typed-crm', action: 'create-person' }
    const wide = useRunAction(selector)
    expectTypeOf(wide.mutate).parameter(0).toEqualTypeOf<JsonObject>()
    expectTypeOf(wide.data).toEqualTypeOf<ActionRunResponse<unknown> | undefined>()
  })

  it('lets explicit type arguments win', () => {
    const run = useRunAction<{ note: string }, { n: number }>({
      connection: 'typed-crm',
      action: 'create-person',
    })
    expectTypeOf(run.mutate).parameter(0).toEqualTypeOf<{ note: string }>()
    expectTypeOf(run.data).toEqualTypeOf<ActionRunResponse<{ n: number }> | undefined>()
    const one = useRunAction<{ note: string }>({ connection: 'typed-crm', action: 'create-person' })
    expectTypeOf(one.mutate).parameter(0).toEqualTypeOf<{ note: string }>()
  })
})

describe('useAction with the registry', () => {
  it('types config.defaultInput from literal keys', () => {
    const { data } = useAction({ connection: 'typed-crm', action: 'create-person' })
    expectTypeOf(data!.config!.defaultInput).toEqualTypeOf<Partial<PersonInput> | undefined>()
    expectTypeOf(data!.name).toEqualTypeOf<string | undefined>()
  })

  it('falls back for unknown keys and keeps select', () => {
    expectTypeOf(useAction({ connection: 'typed-crm', action: 'nope' })).toEqualTypeOf<
      UseQueryResult<ActionInstance, ActionsApiError>
    >()
    expectTypeOf(
      useAction({ connection: 'typed-crm', action: 'create-person' }, { select: (instance) => instance.id })
        .data,
    ).toEqualTypeOf<string | undefined>()
  })
})

describe('ActionRunner with the registry', () => {
  it('types onRunSuccess and onRunError from literal keys', () => {
    ActionRunner({
      connection: 'typed-crm',
      action: 'create-person',
      onRunSuccess: (response, input) => {
        expectTypeOf(response.output).toEqualTypeOf<PersonOutput>()
        expectTypeOf(input).toEqualTypeOf<PersonInput>()
      },
      onRunError: (_error, input) => expectTypeOf(input).toEqualTypeOf<PersonInput>(),
    })
    expectTypeOf<Parameters<NonNullable<ActionRunnerProps['onRunSuccess']>>>().toEqualTypeOf<
      [ActionRunResponse<unknown>, JsonObject]
    >()
  })
})

describe('ActionInputForm with the registry', () => {
  it('types onSubmit, onRunSuccess and onRunError from literal keys', () => {
    ActionInputForm({
      connection: 'typed-crm',
      action: 'create-person',
      onSubmit: (input) => expectTypeOf(input).toEqualTypeOf<PersonInput>(),
      onRunSuccess: (response, input) => {
        expectTypeOf(response.output).toEqualTypeOf<PersonOutput>()
        expectTypeOf(input).toEqualTypeOf<PersonInput>()
      },
      onRunError: (_error, input) => expectTypeOf(input).toEqualTypeOf<PersonInput>(),
    })
    // Keys that are not literal keys of the registry keep the untyped callbacks.
    expectTypeOf<Parameters<NonNullable<ActionInputFormProps['onRunSuccess']>>>().toEqualTypeOf<
      [ActionRunResponse<unknown>, JsonObject]
    >()
    expectTypeOf<Parameters<NonNullable<ActionInputFormProps['onSubmit']>>[0]>().toEqualTypeOf<JsonObject>()
  })
})
