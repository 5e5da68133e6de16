// The reference API's seed, typed by `npm run typegen` (test/fixtures/actionRegistry.d.ts, part of this project's
// typecheck): what a developer gets after running typegen against their own actions.
import { useAction, useRunAction } from 'react-action-instances'
import { ActionRunner } from 'react-action-instances/components'
import type { ActionRunResponse, JsonObject } from 'react-action-instances'
import type { HubspotCreateContact, SlackSendMessage } from './fixtures/actionRegistry'

describe("the seed's generated registry", () => {
  it('types a seeded action: input, output and defaults', () => {
    const run = useRunAction({ connection: 'hubspot', action: 'create-contact' })
    expectTypeOf(run.mutate).parameter(0).toEqualTypeOf<HubspotCreateContact.Input>()
    expectTypeOf(run.data).toEqualTypeOf<ActionRunResponse<HubspotCreateContact.Output> | undefined>()
    expectTypeOf(run.data!.output.lifecycleStage).toEqualTypeOf<
      'subscriber' | 'lead' | 'opportunity' | 'customer' | 'evangelist'
    >()
    const { data } = useAction({ connection: 'hubspot', action: 'create-contact' })
    expectTypeOf(data!.config!.defaultInput).toEqualTypeOf<Partial<HubspotCreateContact.Input> | undefined>()
  })

  it('rejects what the live schema rejects', () => {
    const run = useRunAction({ connection: 'hubspot', action: 'create-contact' })
    run.mutate({ email: 'ada@example.com', firstName: 'Ada', lifecycleStage: 'lead' })
    // @ts-expect-error firstName is required
    run.mutate({ email: 'ada@example.com' })
    // @ts-expect-error lifecycleStage is one of five stages
    run.mutate({ email: 'ada@example.com', firstName: 'Ada', lifecycleStage: 'prospect' })
    // @ts-expect-error tags is a list of strings
    run.mutate({ email: 'ada@example.com', firstName: 'Ada', tags: 'vip' })
    const send = useRunAction({ connection: 'slack', action: 'send-message' })
    expectTypeOf(send.mutate).parameter(0).toEqualTypeOf<SlackSendMessage.Input>()
    // A seeded connection without that action falls back to JsonObject.
    expectTypeOf(useRunAction({ connection: 'slack', action: 'create-contact' }).mutate)
      .parameter(0)
      .toEqualTypeOf<JsonObject>()
  })

  it("types ActionRunner's callbacks for a seeded action", () => {
    ActionRunner({
      connection: 'hubspot',
      action: 'create-contact',
      onRunSuccess: (response, input) => {
        expectTypeOf(response.output.id).toEqualTypeOf<string>()
        expectTypeOf(input.email).toEqualTypeOf<string>()
      },
    })
  })
})
