import type { ActionInstanceList } from 'react-action-instances'
import { createHarness } from './fixtures/referenceApiHarness'

const hubspot = '/connections/hubspot/actions'

describe('reference API list pagination', () => {
  test('pages with a cursor until the last page, which has none', async () => {
    const { call } = await createHarness()
    const all = (await call<ActionInstanceList>('GET', hubspot)).body.items.map((i) => i.id)
    const seen: string[] = []
    let cursor: string | undefined
    do {
      const query = cursor === undefined ? '?limit=4' : `?limit=4&cursor=${encodeURIComponent(cursor)}`
      const page = (await call<ActionInstanceList>('GET', `${hubspot}${query}`)).body
      seen.push(...page.items.map((i) => i.id))
      cursor = page.cursor
    } while (cursor !== undefined)
    expect(seen).toEqual(all)
  })

  test('stays stable while instances are added and archived between pages: no duplicates, no skips', async () => {
    const { call } = await createHarness()
    const initial = (await call<ActionInstanceList>('GET', hubspot)).body.items.map((i) => i.key)
    const seen: string[] = []
    let cursor: string | undefined
    let added = 0
    do {
      const query = cursor === undefined ? '?limit=2' : `?limit=2&cursor=${encodeURIComponent(cursor)}`
      const page = (await call<ActionInstanceList>('GET', `${hubspot}${query}`)).body
      seen.push(...page.items.map((i) => `${i.key}${i.instanceKey === undefined ? '' : `#${i.instanceKey}`}`))
      cursor = page.cursor
      if (added < 3) {
        added += 1
        await call('GET', `${hubspot}/create-contact?instanceKey=extra-${added}`)
      }
      if (added === 2) await call('DELETE', `${hubspot}/create-contact-property`)
    } while (cursor !== undefined)
    expect(new Set(seen).size).toBe(seen.length)
    const expected = [
      ...initial.filter((k) => k !== 'create-contact-property'),
      'create-contact#extra-1',
      'create-contact#extra-2',
      'create-contact#extra-3',
    ]
    for (const key of expected) expect(seen).toContain(key)
    expect(seen.filter((k) => k.startsWith('create-contact#'))).toEqual([
      'create-contact#extra-1',
      'create-contact#extra-2',
      'create-contact#extra-3',
    ])
  })

  test('includeArchived lists archived instances too, and a bad cursor or flag is a 400', async () => {
    const { call } = await createHarness()
    await call('DELETE', `${hubspot}/list-contacts`)
    expect((await call<ActionInstanceList>('GET', hubspot)).body.items).toHaveLength(5)
    expect(
      (await call<ActionInstanceList>('GET', `${hubspot}?includeArchived=true`)).body.items,
    ).toHaveLength(6)
    for (const query of ['?cursor=garbage', '?cursor=%25%25', '?includeArchived=maybe']) {
      const { status, body } = await call('GET', `${hubspot}${query}`)
      expect({ query, status, type: body.type }).toEqual({ query, status: 400, type: 'bad_request' })
    }
  })
})
