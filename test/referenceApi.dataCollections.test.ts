// @vitest-environment node
import type { DataRecordList } from 'react-action-instances'
import { createReferenceApi, defaultSeed } from 'react-action-instances/testing'
import type { ReferenceSeed } from 'react-action-instances/testing'
import { createHarness } from './fixtures/referenceApiHarness'
import type { Harness } from './fixtures/referenceApiHarness'

const list = (h: Harness, path: string, body: unknown = {}, query = '') =>
  h.call<DataRecordList>('POST', `/connections/${path}/list${query}`, { body })
const search = (h: Harness, path: string, body: unknown) =>
  h.call<DataRecordList>('POST', `/connections/${path}/search`, { body })

describe('data collections of the reference API', () => {
  it('pages through the 252 Slack channels with opaque cursors', async () => {
    const h = await createHarness()
    const names: string[] = []
    let cursor: string | undefined
    let pages = 0
    do {
      const page = await list(h, 'slack/data/channels', cursor ? { cursor } : {})
      expect(page.status).toBe(200)
      names.push(...page.body.records.map((r) => r.name ?? ''))
      cursor = page.body.cursor
      pages += 1
    } while (cursor)
    expect(pages).toBe(6)
    expect(names).toHaveLength(252)
    expect(new Set(names).size).toBe(252)
    expect(names.slice(0, 3)).toEqual(['general', 'random', 'eng-alerts'])
  })

  it('searches by name, case-insensitively, with paging of its own', async () => {
    const h = await createHarness()
    const found = await search(h, 'slack/data/channels', { query: 'ENG-' })
    expect(found.body.records).toHaveLength(25)
    expect(found.body.records.every((r) => r.name?.startsWith('eng-'))).toBe(true)
    expect(found.body.cursor).toBeUndefined()
    const many = await search(h, 'slack/data/channels', { query: 'e' })
    expect(many.body.records).toHaveLength(50)
    const next = await search(h, 'slack/data/channels', { query: 'e', cursor: many.body.cursor })
    expect(next.body.records[0]?.id).not.toBe(many.body.records[0]?.id)
    // A cursor of one search is not valid for another search or for the list.
    expect((await search(h, 'slack/data/channels', { query: 'a', cursor: many.body.cursor })).status).toBe(
      400,
    )
    expect((await list(h, 'slack/data/channels', { cursor: many.body.cursor })).status).toBe(400)
    expect((await search(h, 'slack/data/channels', {})).status).toBe(400)
  })

  it('filters a list by ids, to label values that are not on a loaded page', async () => {
    const h = await createHarness()
    const page = await list(h, 'slack/data/channels', { filter: { id: ['C0200', 'C0GENERAL'] } })
    expect(page.body.records.map((r) => r.id)).toEqual(['C0GENERAL', 'C0200'])
    expect(page.body.records[1]?.name).toBe('finance-research')
  })

  it('serves owners with icons, and labels that depend on the repository parameter', async () => {
    const h = await createHarness()
    const owners = await list(h, 'hubspot/data/owners')
    expect(owners.body.records[0]).toMatchObject({ id: 'owner-1', name: 'Ada Lovelace' })
    expect(owners.body.records[0]?.iconUri).toMatch(/^data:image\/svg\+xml,/)
    const web = await list(h, 'github/data/labels', {}, '?repository=acme%2Fweb')
    expect(web.body.records.map((r) => r.id)).toContain('frontend')
    const docs = await list(h, 'github/data/labels', {}, '?repository=acme%2Fdocs')
    expect(docs.body.records.map((r) => r.id)).toEqual(['typo', 'documentation', 'needs screenshot'])
    const missing = await list(h, 'github/data/labels')
    expect(missing.status).toBe(400)
    expect(missing.body).toMatchObject({ type: 'bad_request' })
  })

  it('answers 404 for an unknown collection, 405 for GET and 401 without a token', async () => {
    const h = await createHarness()
    expect((await list(h, 'slack/data/nope')).status).toBe(404)
    expect((await list(h, 'slack/data/__proto__')).status).toBe(404)
    expect((await h.call('GET', '/connections/slack/data/channels/list')).status).toBe(405)
    expect((await h.call('POST', '/connections/slack/data/channels/list', { token: null })).status).toBe(401)
  })

  it('keeps each customer to their own records and cursors', async () => {
    const seed: ReferenceSeed = {
      integrations: [
        {
          key: 'notes',
          name: 'Notes',
          dataCollections: {
            notes: {
              pageSize: 1,
              records: ({ app }) => [...app.records('notes').values()].map((n) => ({ id: String(n.id) })),
            },
          },
          actions: [
            {
              key: 'add-note',
              name: 'Add note',
              description: 'Adds a note.',
              type: 'connector-operation',
              inputSchema: { type: 'object' },
              outputSchema: { type: 'object' },
              run: ({ app }) => {
                const id = app.nextId('note')
                app.records('notes').set(id, { id })
                return { output: { id } }
              },
            },
          ],
        },
      ],
    }
    const api = createReferenceApi({ seed })
    const a = await createHarness('customer-a')
    const tokenA = await api.mintToken({ id: 'customer-a' })
    const tokenB = await api.mintToken({ id: 'customer-b' })
    const call = (token: string, path: string, body: unknown) =>
      api
        .fetch(`https://api.integration.app${path}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        })
        .then(async (r) => ({ status: r.status, body: (await r.json()) as DataRecordList }))
    await call(tokenA, '/connections/notes/actions/add-note/run', {})
    await call(tokenA, '/connections/notes/actions/add-note/run', {})
    const pageA = await call(tokenA, '/connections/notes/data/notes/list', {})
    expect(pageA.body.records).toHaveLength(1)
    expect(pageA.body.cursor).toEqual(expect.any(String))
    const pageB = await call(tokenB, '/connections/notes/data/notes/list', {})
    expect(pageB.body.records).toEqual([])
    expect(
      (await call(tokenB, '/connections/notes/data/notes/list', { cursor: pageA.body.cursor })).status,
    ).toBe(400)
    expect(a.api).not.toBe(api)
    expect(defaultSeed.integrations.map((i) => Object.keys(i.dataCollections ?? {}))).toEqual([
      ['owners'],
      ['channels'],
      ['repositories', 'labels', 'collaborators'],
    ])
  })

  it('injects faults on the data routes by operation', async () => {
    const h = await createHarness()
    h.api.injectFault({ kind: 'status', status: 503, operation: 'searchRecords' })
    expect((await list(h, 'slack/data/channels')).status).toBe(200)
    expect((await search(h, 'slack/data/channels', { query: 'x' })).status).toBe(503)
    expect((await search(h, 'slack/data/channels', { query: 'x' })).status).toBe(200)
    expect(h.api.countRequests({ operation: 'listRecords' })).toBe(1)
    expect(h.api.countRequests({ operation: 'searchRecords' })).toBe(2)
  })
})
