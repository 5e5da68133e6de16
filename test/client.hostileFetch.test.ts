import { ActionsApiError, createActionsClient } from 'react-action-instances'

const TOKEN = 'header.secret-token-payload.signature'

describe('createActionsClient with a hostile fetch', () => {
  it('ends in a timeout at timeoutMs even when fetch ignores the abort signal and never settles', async () => {
    let calls = 0
    const client = createActionsClient({
      token: TOKEN,
      timeoutMs: 50,
      fetch: () => {
        calls += 1
        return new Promise<Response>(() => {})
      },
    })
    const listing = client.connection('hubspot').actions.list()
    await expect(listing).rejects.toBeInstanceOf(ActionsApiError)
    await expect(listing).rejects.toMatchObject({
      type: 'timeout',
      message: 'The server did not answer within 50 ms',
    })
    expect(calls).toBe(1)
  })

  it('ends in a timeout when the body of the response never finishes', async () => {
    const client = createActionsClient({
      token: TOKEN,
      timeoutMs: 50,
      fetch: () =>
        Promise.resolve(
          new Response(new ReadableStream({ start() {} }), {
            status: 200,
            headers: { 'content-type': 'application/json' },
          }),
        ),
    })
    await expect(client.connection('hubspot').actions.list()).rejects.toMatchObject({ type: 'timeout' })
  })

  it('scrubs the token from every field of the error when the server echoes it', async () => {
    const client = createActionsClient({
      token: TOKEN,
      fetch: () =>
        Promise.resolve(
          new Response(
            JSON.stringify({
              type: `bad_${TOKEN}`,
              key: `key-${TOKEN}`,
              message: `token ${TOKEN} rejected`,
              data: { [TOKEN]: [TOKEN, { nested: `Bearer ${TOKEN}` }] },
            }),
            { status: 400, headers: { 'content-type': 'application/json' } },
          ),
        ),
    })
    const error = (await client
      .connection('hubspot')
      .actions.list()
      .catch((e: unknown) => e)) as ActionsApiError
    expect(error).toBeInstanceOf(ActionsApiError)
    expect(error.status).toBe(400)
    const fields = JSON.stringify({ t: error.type, k: error.key, m: error.message, d: error.data })
    expect(fields).not.toContain(TOKEN)
    expect(error.key).toBe('key-[redacted]')
    expect(error.data).toEqual({ '[redacted]': ['[redacted]', { nested: 'Bearer [redacted]' }] })
  })
})
