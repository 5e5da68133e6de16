import type { ActionsClient } from 'react-action-instances'
import type { Fault, ReferenceApi, ReferenceSeed, SeedAction } from 'react-action-instances/testing'
import type { ReferenceApiParameters } from './withReferenceApi'

type Prepare = NonNullable<ReferenceApiParameters['prepare']>

/** The default input the "customized" stories save for `hubspot/create-contact`. */
export const customizedDefaultInput = {
  lastName: 'Doe',
  company: { name: 'Acme Inc.', domain: 'acme.example' },
  tags: ['newsletter'],
}

/** Customizes `hubspot/create-contact` with a default input, as a customer would in the customize dialog. */
export async function customizeCreateContact(_api: ReferenceApi, client: ActionsClient): Promise<void> {
  const action = client.connection('hubspot').action('create-contact')
  const instance = await action.get()
  await action.patch({ config: { ...instance.config, defaultInput: customizedDefaultInput } })
}

/** Adds a custom HubSpot contact property, which leaves every contact action outdated until it is set up again. */
export async function outdateContactActions(_api: ReferenceApi, client: ActionsClient): Promise<void> {
  await client.connection('hubspot').action('create-contact').get()
  await client
    .connection('hubspot')
    .action('create-contact-property')
    .run({ name: 'favourite_colour', label: 'Favourite colour', type: 'string' })
}

/** Creates a contact, so that creating it again is rejected by the app as a duplicate. */
export async function createExistingContact(_api: ReferenceApi, client: ActionsClient): Promise<void> {
  await client
    .connection('hubspot')
    .action('create-contact')
    .run({ email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' })
}

/** Runs several `prepare` steps one after another. */
export function prepareAll(...steps: Prepare[]): Prepare {
  return async (api, client) => {
    for (const step of steps) await step(api, client)
  }
}

/** Every list request answers with an empty page, as for a connection without actions. */
export const emptyLists: Prepare = (api) => {
  api.injectFault({ kind: 'status', status: 200, body: { items: [] }, operation: 'list', times: 1000 })
}

/** The network fails for the next `times` calls of `operation`, more often than the kit retries. */
export function networkDown(operation: 'list' | 'get' | 'run', times = 4): Prepare {
  return (api) => api.injectFault({ kind: 'network', operation, times })
}

/** Injects `fault` into the story's reference API before it renders. */
export function injectFault(fault: Fault): Prepare {
  return (api) => api.injectFault(fault)
}

/** Creates a contact, then tries to create it again: a successful and a failed run in the run log. */
export async function runTwiceOneFailure(_api: ReferenceApi, client: ActionsClient): Promise<void> {
  const action = client.connection('hubspot').action('create-contact')
  const input = { email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' }
  await action.run(input)
  await action.run(input).catch(() => undefined)
}

/** HubSpot's access expires: the connection is defunct until the customer reconnects. */
export const hubspotDefunct: Prepare = (api) => {
  api.injectFault({ kind: 'defunct', connection: 'hubspot' })
}

/** A seed with one integration, `bulk`, of `count` actions named `Action 0`, `Action 1`, … that echo their input. */
export function bulkSeed(count: number): ReferenceSeed {
  return {
    integrations: [
      {
        key: 'bulk',
        name: 'Bulk',
        actions: Array.from({ length: count }, (_, index): SeedAction => ({
          key: `action-${String(index).padStart(5, '0')}`,
          name: `Action ${index}`,
          description: `Generated action ${index}`,
          type: 'connector-operation',
          inputSchema: { type: 'object', properties: { note: { type: 'string', title: 'Note' } } },
          outputSchema: { type: 'object' },
        })),
      },
    ],
  }
}
