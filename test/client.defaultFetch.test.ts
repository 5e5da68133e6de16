import { createActionsClient } from 'react-action-instances'
import { createReferenceApi } from 'react-action-instances/testing'

describe('createActionsClient without a fetch option', () => {
  const original = globalThis.fetch
  afterEach(() => {
    globalThis.fetch = original
  })

  it('calls the global fetch as a plain function, as browsers require', async () => {
    const api = createReferenceApi()
    const token = await api.mintToken({ id: 'customer-1' })
    // A browser's fetch throws "Illegal invocation" when called as a method of another object.
    globalThis.fetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
      if (this !== undefined && this !== globalThis) throw new TypeError('Illegal invocation')
      return api.fetch(input, init)
    } as typeof fetch
    const client = createActionsClient({ apiUri: 'http://reference.test', token })
    const instance = await client.connection('hubspot').action('create-contact').get()
    expect(instance.key).toBe('create-contact')
  })
})
