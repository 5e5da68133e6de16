import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import type { ReactElement } from 'react'
import { ActionList, ActionRunner, CustomizeActionDialog } from 'react-action-instances/components'
import { createActionsClient } from 'react-action-instances'
import { createReferenceApi } from 'react-action-instances/testing'
import type { ReferenceApi } from 'react-action-instances/testing'
import { renderWithApi } from './support/renderWithApi'

const hubspot = (action: string) => ({ connection: 'hubspot', action })
const field = (name: RegExp) => screen.findByRole('textbox', { name }, { timeout: 5000 })

/** A fetch over the reference API that rewrites the instances it returns (the OpenAPI requires only `id`). */
function rewritingFetch(api: ReferenceApi, rewrite: (instance: Record<string, unknown>) => void) {
  return async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await api.fetch(input, init)
    const request = new Request(input, init)
    if (request.method !== 'GET' && request.method !== 'PATCH') return response
    const body: unknown = await response.clone().json()
    const fix = (item: unknown) => {
      if (typeof item === 'object' && item !== null) rewrite(item as Record<string, unknown>)
    }
    if (typeof body === 'object' && body !== null && 'items' in body && Array.isArray(body.items))
      body.items.forEach(fix)
    else fix(body)
    return new Response(JSON.stringify(body), { status: response.status, headers: response.headers })
  }
}

/** Switches an un-keyed runner on create-contact to get-contact and back, so its dialogs are new ones. */
async function switchAwayAndBack(rerender: (ui: ReactElement) => void) {
  rerender(<ActionRunner {...hubspot('get-contact')} />)
  await screen.findByRole('heading', { level: 2, name: 'Get contact' })
  rerender(<ActionRunner {...hubspot('create-contact')} />)
  await screen.findByRole('heading', { level: 2, name: 'Create contact' })
}

/** Archives create-contact with a slow DELETE and closes the dialog by Escape while it is pending. */
async function archiveThenEscape(api: ReferenceApi) {
  // Long enough to stay pending through Escape and reopening on a loaded machine.
  api.injectFault({ kind: 'latency', ms: 3000, operation: 'archive' })
  const user = userEvent.setup()
  await user.click(screen.getByRole('button', { name: 'Archive' }))
  await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Archive' }))
  await user.keyboard('{Escape}')
  await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument())
  return user
}

/** Opens Archive again: Confirm shows the pending DELETE and sends nothing more, and exactly one DELETE lands. */
async function confirmAgainWhilePending(user: ReturnType<typeof userEvent.setup>, api: ReferenceApi) {
  await user.click(screen.getByRole('button', { name: 'Archive' }))
  const again = await screen.findByRole('alertdialog')
  const confirm = within(again).getByRole('button', { name: 'Archiving…' })
  expect(confirm).toHaveAttribute('aria-disabled', 'true')
  await user.click(confirm)
  await screen.findByText('“Create contact” is archived.', {}, { timeout: 10_000 })
  expect(api.countRequests({ operation: 'archive' })).toBe(1)
}

describe('an un-keyed ActionRunner switched between actions', () => {
  it('shows each action its own form and keeps a draft per action across four schemas', async () => {
    const { rerenderWithApi, api } = await renderWithApi(<ActionRunner {...hubspot('create-contact')} />)
    const user = userEvent.setup()
    await user.type(await field(/^Email/), 'ada@example.com')

    rerenderWithApi(<ActionRunner {...hubspot('update-contact')} />)
    await screen.findByRole('heading', { level: 2, name: 'Update contact' })
    expect(await field(/^Email/)).toHaveValue('')
    await user.type(await field(/^Contact id/), 'upd-1')

    rerenderWithApi(<ActionRunner {...hubspot('list-contacts')} />)
    await screen.findByRole('heading', { level: 2, name: 'List contacts' })
    await user.type(await field(/^Search/), 'lovelace')

    rerenderWithApi(<ActionRunner {...hubspot('get-contact')} />)
    await screen.findByRole('heading', { level: 2, name: 'Get contact' })
    const id = await field(/^Contact id/)
    expect(id).toHaveValue('')
    await user.type(id, 'missing-contact')
    await user.click(screen.getByRole('button', { name: 'Run' }))
    await waitFor(() => expect(api.countRequests({ operation: 'run' })).toBe(1))
    expect(screen.queryByText(/must NOT have additional properties/)).not.toBeInTheDocument()

    // Back to each action: what was typed there is there, and nothing else.
    rerenderWithApi(<ActionRunner {...hubspot('create-contact')} />)
    await screen.findByRole('heading', { level: 2, name: 'Create contact' })
    expect(await field(/^Email/)).toHaveValue('ada@example.com')
    rerenderWithApi(<ActionRunner {...hubspot('update-contact')} />)
    await screen.findByRole('heading', { level: 2, name: 'Update contact' })
    expect(await field(/^Contact id/)).toHaveValue('upd-1')
    expect(await field(/^Email/)).toHaveValue('')
    rerenderWithApi(<ActionRunner {...hubspot('list-contacts')} />)
    await screen.findByRole('heading', { level: 2, name: 'List contacts' })
    expect(await field(/^Search/)).toHaveValue('lovelace')
  })

  it('clears the draft after a successful run, so the next visit starts from the defaults', async () => {
    const { rerenderWithApi, api } = await renderWithApi(<ActionRunner {...hubspot('create-contact')} />)
    const user = userEvent.setup()
    await user.type(await field(/^Email/), 'ada@example.com')
    await user.type(await field(/^First name/), 'Ada')
    await user.click(screen.getByRole('button', { name: 'Run' }))
    await waitFor(() => expect(api.countRequests({ operation: 'run' })).toBe(1))
    await screen.findByRole('region', { name: 'Output' })

    await switchAwayAndBack(rerenderWithApi)
    expect(await field(/^Email/)).toHaveValue('')
  })

  it('keeps a pending run, its Cancel and its output with the action that started it', async () => {
    const { rerenderWithApi, api } = await renderWithApi(<ActionRunner {...hubspot('create-contact')} />)
    const user = userEvent.setup()
    await user.type(await field(/^Email/), 'ada@example.com')
    await user.type(await field(/^First name/), 'Ada')
    api.injectFault({ kind: 'latency', ms: 1500, operation: 'run' })
    await user.click(screen.getByRole('button', { name: 'Run' }))
    await screen.findByRole('button', { name: 'Cancel run' })

    rerenderWithApi(<ActionRunner {...hubspot('get-contact')} />)
    await screen.findByRole('heading', { level: 2, name: 'Get contact' })
    await field(/^Contact id/)
    expect(screen.getByRole('button', { name: 'Run' })).toBeEnabled()
    expect(screen.queryByRole('button', { name: 'Cancel run' })).not.toBeInTheDocument()

    rerenderWithApi(<ActionRunner {...hubspot('create-contact')} />)
    await screen.findByRole('heading', { level: 2, name: 'Create contact' })
    await user.click(await screen.findByRole('button', { name: 'Cancel run' }))
    const history = screen.getByRole('region', { name: 'Run history' })
    await waitFor(() =>
      expect(within(history).getAllByRole('listitem')[0]).toHaveAttribute('data-status', 'cancelled'),
    )
    expect(screen.getByRole('button', { name: 'Run' })).toBeEnabled()
    await waitFor(() => expect(api.requests.find((r) => r.operation === 'run')?.aborted).toBe(true), {
      timeout: 3000,
    })
    expect(api.countRequests({ operation: 'run' })).toBe(1)
  })
})

describe('an invalid submit', () => {
  it('shows the errors on the fields, sends nothing and logs nothing', async () => {
    const consoleError = vi.spyOn(console, 'error')
    const { api } = await renderWithApi(<ActionRunner {...hubspot('create-contact')} />)
    await field(/^Email/)
    await userEvent.click(screen.getByRole('button', { name: 'Run' }))
    expect(await field(/^Email/)).toHaveAttribute('aria-invalid', 'true')
    expect(api.countRequests({ operation: 'run' })).toBe(0)
    expect(consoleError).not.toHaveBeenCalled()
    consoleError.mockRestore()
  })
})

describe('instances with only the fields the OpenAPI requires', () => {
  it('renders an instance without config, and runs one without inputSchema or with `true` as no input', async () => {
    const api = createReferenceApi()
    const fetch = rewritingFetch(api, (instance) => {
      if (instance.key === 'create-contact') delete instance.config
      if (instance.key === 'list-contacts') delete instance.inputSchema
      if (instance.key === 'get-contact') instance.inputSchema = true
    })
    const { rerenderWithApi } = await renderWithApi(<ActionRunner {...hubspot('create-contact')} />, {
      api,
      clientOptions: { fetch },
    })
    await field(/^Email/)
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Customize' }))
    const dialog = await screen.findByRole('dialog', { name: 'Customize' })
    await within(dialog).findByRole('textbox', { name: /^Email/ }, { timeout: 5000 })
    await user.keyboard('{Escape}')
    await user.click(screen.getByRole('button', { name: 'Reset to default' }))
    expect(await screen.findByRole('alertdialog')).toHaveTextContent('Create contact')
    await user.keyboard('{Escape}')

    rerenderWithApi(<ActionRunner {...hubspot('list-contacts')} />)
    await screen.findByRole('heading', { level: 2, name: 'List contacts' })
    const form = await screen.findByRole('form', {}, { timeout: 5000 })
    expect(within(form).queryAllByRole('textbox')).toHaveLength(0)
    await user.click(within(form).getByRole('button', { name: 'Run' }))
    await waitFor(() => expect(api.countRequests({ operation: 'run' })).toBe(1))
    expect(await screen.findByRole('region', { name: 'Output' })).toHaveAttribute('data-state', 'success')

    rerenderWithApi(<ActionRunner {...hubspot('get-contact')} />)
    await screen.findByRole('heading', { level: 2, name: 'Get contact' })
    const anyInput = await screen.findByRole('form', {}, { timeout: 5000 })
    expect(within(anyInput).queryAllByRole('textbox')).toHaveLength(0)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})

describe('instances that are nothing but an id', () => {
  it('lists them by id and runs one picked from the list, with no name, type, state or schema', async () => {
    const api = createReferenceApi()
    // Every instance keeps only `id`; create-contact also keeps its inputSchema, so one form has fields.
    const fetch = rewritingFetch(api, (instance) => {
      const keep = instance.key === 'create-contact' ? ['id', 'inputSchema'] : ['id']
      for (const field of Object.keys(instance)) if (!keep.includes(field)) delete instance[field]
    })
    const token = await api.mintToken({ id: 'customer-1', name: 'Test Customer' })
    const seeded = await createActionsClient({ fetch: api.fetch, token }).connection('hubspot').actions.list()
    const ids = Object.fromEntries(seeded.items.map((instance) => [instance.key, instance.id] as const))
    function Page() {
      const [action, setAction] = useState<string | null>(null)
      return (
        <>
          <ActionList connection="hubspot" selectedAction={action} onSelectedActionChange={setAction} />
          {action && <ActionRunner connection="hubspot" action={action} />}
        </>
      )
    }
    await renderWithApi(<Page />, { api, clientOptions: { fetch } })
    const list = await screen.findByRole('listbox', {}, { timeout: 5000 })
    const createId = ids['create-contact']!
    const option = await within(list).findByRole('option', { name: new RegExp(`^${createId}`) })
    expect(within(list).getAllByRole('option')).toHaveLength(Object.keys(ids).length)

    const user = userEvent.setup()
    await user.click(option)
    await screen.findByRole('heading', { level: 2, name: createId })
    await user.type(await field(/^Email/), 'ada@example.com')
    await user.type(await field(/^First name/), 'Ada')
    await user.click(screen.getByRole('button', { name: 'Run' }))
    expect(await screen.findByRole('region', { name: 'Output' }, { timeout: 5000 })).toHaveAttribute(
      'data-state',
      'success',
    )
    expect(api.countRequests({ operation: 'run' })).toBe(1)
  })
})

describe('customizing a schema whose oneOf branches differ only by required', () => {
  it('saves the default input with one PATCH', async () => {
    const api = createReferenceApi()
    const fetch = rewritingFetch(api, (instance) => {
      if (instance.key !== 'list-contacts') return
      const schema = instance.inputSchema as Record<string, unknown>
      instance.inputSchema = { ...schema, oneOf: [{ required: ['search'] }, { required: ['limit'] }] }
    })
    await renderWithApi(<ActionRunner {...hubspot('list-contacts')} />, { api, clientOptions: { fetch } })
    await field(/^Search/)
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Customize' }))
    const dialog = await screen.findByRole('dialog', { name: 'Customize' })
    await user.type(
      await within(dialog).findByRole('textbox', { name: /^Search/ }, { timeout: 5000 }),
      'lovelace',
    )
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(api.countRequests({ operation: 'patch' })).toBe(1)
  })
})

describe('archive flows', () => {
  it('"Use it again" on an instance selected by id brings it back in the runner and in the list', async () => {
    const onUseAgain = vi.fn()
    const first = await renderWithApi(<ActionList connection="hubspot" />)
    const row = await screen.findByRole('option', { name: /^Create contact(?! property)/ }, { timeout: 5000 })
    const cached = first.queryClient
      .getQueryCache()
      .findAll()
      .flatMap((query) => {
        const data = query.state.data as { pages?: { items: { id: string; key?: string }[] }[] } | undefined
        return data?.pages?.flatMap((page) => page.items) ?? []
      })
    const id = cached.find((item) => item.key === 'create-contact')?.id
    expect(id).toBeDefined()
    expect(row).toBeInTheDocument()
    first.rerenderWithApi(
      <>
        <ActionList connection="hubspot" />
        <ActionRunner connection="hubspot" action={id as string} onUseAgain={onUseAgain} />
      </>,
    )
    await field(/^Email/)
    const user = userEvent.setup()
    const runner = screen.getByRole('region', { name: 'Create contact' })
    await user.click(within(runner).getByRole('button', { name: 'Archive' }))
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Archive' }))
    await within(runner).findByText('“Create contact” is archived.')
    await waitFor(() =>
      expect(screen.queryByRole('option', { name: /^Create contact(?! property)/ })).toBeNull(),
    )

    await user.click(within(runner).getByRole('button', { name: 'Use it again' }))
    await within(runner).findByRole('textbox', { name: /^Email/ }, { timeout: 5000 })
    expect(runner).toHaveAttribute('data-state', 'ready')
    expect(onUseAgain).toHaveBeenCalledTimes(1)
    expect(onUseAgain.mock.calls[0]?.[0].id).not.toBe(id)
    expect(await screen.findByRole('option', { name: /^Create contact(?! property)/ })).toBeInTheDocument()
  })

  it('fires onArchiveSuccess once when the runner archives beside a list', async () => {
    const onArchiveSuccess = vi.fn()
    const { api } = await renderWithApi(
      <>
        <ActionList connection="hubspot" />
        <ActionRunner {...hubspot('create-contact')} onArchiveSuccess={onArchiveSuccess} />
      </>,
    )
    await field(/^Email/)
    api.injectFault({ kind: 'latency', ms: 200, operation: 'list' })
    const user = userEvent.setup()
    const runner = screen.getByRole('region', { name: 'Create contact' })
    await user.click(within(runner).getByRole('button', { name: 'Archive' }))
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Archive' }))
    await within(runner).findByText('“Create contact” is archived.')
    await waitFor(() => expect(onArchiveSuccess).toHaveBeenCalledTimes(1))
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(onArchiveSuccess).toHaveBeenCalledTimes(1)
  })

  it('never sends a pending archive twice when the dialog is closed by Escape and reopened', async () => {
    const onArchiveSuccess = vi.fn()
    const { api } = await renderWithApi(
      <ActionRunner {...hubspot('create-contact')} onArchiveSuccess={onArchiveSuccess} />,
    )
    await field(/^Email/)
    const user = await archiveThenEscape(api)
    await confirmAgainWhilePending(user, api)
    await waitFor(() => expect(onArchiveSuccess).toHaveBeenCalledTimes(1))
  })

  it('never sends a pending archive twice when the runner switched away and back while it was pending', async () => {
    const { api, rerenderWithApi } = await renderWithApi(<ActionRunner {...hubspot('create-contact')} />)
    await field(/^Email/)
    const user = await archiveThenEscape(api)

    // Another action and back: the dialog is a new one, and the first DELETE is still on its way.
    await switchAwayAndBack(rerenderWithApi)
    await confirmAgainWhilePending(user, api)
  })

  it('never sends a pending save twice when Customize was unmounted and opened again', async () => {
    const { api, rerenderWithApi } = await renderWithApi(<ActionRunner {...hubspot('create-contact')} />)
    await field(/^Email/)
    api.injectFault({ kind: 'latency', ms: 3000, operation: 'patch' })
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Customize' }))
    const dialog = await screen.findByRole('dialog', { name: 'Customize' })
    await within(dialog).findByRole('textbox', { name: /^Email/ }, { timeout: 5000 })
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())

    await switchAwayAndBack(rerenderWithApi)
    await user.click(screen.getByRole('button', { name: 'Customize' }))
    const again = await screen.findByRole('dialog', { name: 'Customize' })
    const save = await within(again).findByRole('button', { name: 'Saving…' }, { timeout: 5000 })
    expect(save).toHaveAttribute('aria-disabled', 'true')
    await user.click(save)
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Saving…' })).not.toBeInTheDocument(), {
      timeout: 10_000,
    })
    expect(api.countRequests({ operation: 'patch' })).toBe(1)
  })

  it("fires Customize's onCustomizeSuccess once when the dialog was closed by Escape while saving", async () => {
    const onCustomizeSuccess = vi.fn()
    const { api } = await renderWithApi(
      <CustomizeActionDialog {...hubspot('create-contact')} onCustomizeSuccess={onCustomizeSuccess} />,
    )
    const user = userEvent.setup()
    await user.click(await screen.findByRole('button', { name: 'Customize' }))
    const dialog = await screen.findByRole('dialog', { name: 'Customize' })
    await user.type(
      await within(dialog).findByRole('textbox', { name: /^Last name/ }, { timeout: 5000 }),
      'Lovelace',
    )
    api.injectFault({ kind: 'latency', ms: 300, operation: 'patch' })
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    await waitFor(() => expect(onCustomizeSuccess).toHaveBeenCalledTimes(1))
    expect(api.countRequests({ operation: 'patch' })).toBe(1)
  })
})
