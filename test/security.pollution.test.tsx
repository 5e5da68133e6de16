import { renderHook, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useAction, useRunAction } from 'react-action-instances'
import type { JsonObject, JsonSchema } from 'react-action-instances'
import { ActionInputForm } from 'react-action-instances/components'
import { createReferenceApi } from 'react-action-instances/testing'
import type { ReferenceSeed } from 'react-action-instances/testing'
import { callApi } from './support/reliabilityApi'
import { reliabilityClient } from './support/reliabilityFaults'
import { hookHarness, spyOnConsole } from './support/reliabilityHooks'
import { renderWithApi } from './support/renderWithApi'

// JSON.parse makes `__proto__` an own key, the way it arrives over the wire.
const hostile = () =>
  JSON.parse(
    '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"},"safe":"kept"}',
  ) as JsonObject

// Built with JSON.parse: in an object literal `__proto__:` would set the prototype instead of a key.
const protoSchema = JSON.parse(
  JSON.stringify({
    type: 'object',
    properties: {
      PROTO: { type: 'string', title: 'Proto field' },
      constructor: { type: 'string', title: 'Constructor field' },
      prototype: {
        type: 'object',
        title: 'Prototype group',
        properties: { polluted: { type: 'string', title: 'Inner' } },
      },
      safe: { type: 'string', title: 'Safe field' },
    },
  }).replace('"PROTO"', '"__proto__"'),
) as JsonSchema

const seed: ReferenceSeed = {
  integrations: [
    {
      key: 'proto',
      name: 'Proto',
      actions: [
        {
          key: 'echo',
          name: 'Echo',
          description: 'Echoes the input and adds hostile keys to the output.',
          type: 'connector-operation',
          inputSchema: { type: 'object' },
          outputSchema: { type: 'object' },
          run: ({ input }) => ({ output: { input, ...hostile(), extra: hostile() } }),
        },
      ],
    },
  ],
}

const ownKeysOfObjectPrototype = Object.getOwnPropertyNames(Object.prototype).sort()

function expectPrototypesUntouched() {
  expect(({} as { polluted?: unknown }).polluted).toBeUndefined()
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(ownKeysOfObjectPrototype)
  expect((Object as unknown as { polluted?: unknown }).polluted).toBeUndefined()
  expect((Function.prototype as unknown as { polluted?: unknown }).polluted).toBeUndefined()
  expect(([] as unknown as { polluted?: unknown }).polluted).toBeUndefined()
}

const path = '/connections/proto/actions/echo'

afterEach(() => expectPrototypesUntouched())

describe('__proto__, constructor and prototype as keys', () => {
  it('in the reference API: run input, PATCH defaultInput and schema property names', async () => {
    const api = createReferenceApi({ seed })
    const token = await api.mintToken({ id: 'customer-1' })
    const patch = await callApi(api, 'PATCH', path, {
      token,
      body: { config: { defaultInput: hostile() }, inputSchema: protoSchema },
    })
    expect(patch.status).toBe(200)
    expectPrototypesUntouched()
    const run = await callApi<{ output: { input: JsonObject } }>(api, 'POST', `${path}/run`, {
      token,
      body: hostile(),
    })
    expect(run.text).not.toContain('"type":"internal"')
    expect(run.status).toBe(201)
    // The merge drops the dangerous keys from the run input; the safe one arrives.
    expect(Object.keys(run.body.output.input)).toEqual(['safe'])
    expectPrototypesUntouched()
  })

  it('in the client: the hostile output arrives as plain own keys', async () => {
    const api = createReferenceApi({ seed })
    const client = reliabilityClient(api, await api.mintToken({ id: 'customer-1' }))
    const echo = client.connection('proto').action('echo')
    await echo.patch({ config: { defaultInput: hostile() } })
    const { output } = await echo.run<JsonObject, JsonObject>(hostile())
    expect(Object.hasOwn(output, '__proto__')).toBe(true)
    expect(Object.getPrototypeOf(output)).toBe(Object.prototype)
    expect((await echo.get()).config?.defaultInput).toMatchObject({ safe: 'kept' })
  })

  it('in the hooks cache: a detail refetch over hostile config and a run with hostile output', async () => {
    const api = createReferenceApi({ seed })
    const token = await api.mintToken({ id: 'customer-1' })
    await callApi(api, 'PATCH', path, { token, body: { config: { defaultInput: hostile() } } })
    const { queryClient, wrapper } = hookHarness(api, token)
    const selector = { connection: 'proto', action: 'echo' }
    const { result } = renderHook(
      () => ({ detail: { ...useAction(selector) }, run: useRunAction(selector) }),
      {
        wrapper,
      },
    )
    await waitFor(() => expect(result.current.detail.isSuccess).toBe(true))
    // A second fetch runs React Query's structural sharing over the hostile keys.
    await queryClient.refetchQueries()
    await waitFor(() => expect(result.current.detail.isFetching).toBe(false))
    const response = await result.current.run.mutateAsync(hostile())
    expect(response.output).toMatchObject({ safe: 'kept' })
    expectPrototypesUntouched()
  })

  it('in the form: fields named __proto__, constructor and prototype, typed into and submitted', async () => {
    const spy = spyOnConsole()
    const onSubmit = vi.fn()
    await renderWithApi(
      <ActionInputForm connection="proto" action="echo" schema={protoSchema} onSubmit={onSubmit}>
        <button type="submit">Submit</button>
      </ActionInputForm>,
      { apiOptions: { seed } },
    )
    const user = userEvent.setup()
    const safe = await screen.findByRole('textbox', { name: /Safe field/ }, { timeout: 5_000 })
    // rjsf does not render a field named __proto__ at all; the others are ordinary fields.
    expect(screen.queryByRole('textbox', { name: /Proto field/ })).toBeNull()
    await user.type(safe, 's')
    await user.type(screen.getByRole('textbox', { name: /Inner/ }), 'i')
    expectPrototypesUntouched()
    // Left empty, a field named "constructor" must not be read from Object.prototype and fail validation.
    await user.click(screen.getByRole('button', { name: 'Submit' }))
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1))
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({ safe: 's', prototype: { polluted: 'i' } })
    await user.type(screen.getByRole('textbox', { name: /Constructor field/ }), 'c')
    await user.click(screen.getByRole('button', { name: 'Submit' }))
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(2))
    expect(onSubmit.mock.calls[1]?.[0]).toEqual({ safe: 's', constructor: 'c', prototype: { polluted: 'i' } })
    expectPrototypesUntouched()
    expect(spy.messages()).toEqual([])
    spy.restore()
  })
})
