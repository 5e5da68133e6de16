import { useState } from 'react'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { actionKeys, ActionsApiError } from 'react-action-instances'
import type { ActionInstance, JsonObject } from 'react-action-instances'
import {
  ActionInputForm,
  ActionsLabelsProvider,
  deLabels,
  preloadActionForm,
} from 'react-action-instances/components'
import { expectNoAxeViolations } from './support/axe'
import { renderWithApi } from './support/renderWithApi'
import { createReferenceApi } from 'react-action-instances/testing'

const selector = { connection: 'hubspot', action: 'create-contact' }

async function renderForm(props: Partial<Parameters<typeof ActionInputForm>[0]> = {}) {
  const onSubmit = vi.fn()
  const result = await renderWithApi(
    <ActionInputForm {...selector} onSubmit={onSubmit} {...props}>
      <button type="submit">Submit</button>
    </ActionInputForm>,
  )
  await screen.findByRole('textbox', { name: /^Email/ }, { timeout: 5000 })
  return { ...result, onSubmit }
}

function errorIdsOf(input: HTMLElement) {
  return (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean)
}

describe('ActionInputForm', () => {
  describe('while the action and the form code load', () => {
    it('shows a skeleton with the form shape, then the fields', async () => {
      const { container } = await renderWithApi(<ActionInputForm {...selector} />)
      expect(screen.getByRole('status')).toHaveClass('rai-form-skeleton')
      expect(container.querySelectorAll('.rai-form-skeleton-field')).toHaveLength(3)
      expect(container.firstElementChild).toHaveAttribute('data-state', 'loading')
      await expectNoAxeViolations(container)
      expect(
        await screen.findByRole('form', { name: 'Input for Create contact' }, { timeout: 5000 }),
      ).toBeVisible()
      expect(container.firstElementChild).toHaveAttribute('data-state', 'ready')
    })
  })

  describe('after preloadActionForm()', () => {
    it('renders the fields without a skeleton once the action is loaded', async () => {
      await preloadActionForm()
      const { container } = await renderWithApi(<ActionInputForm {...selector} />)
      await waitFor(() => expect(container.firstElementChild).toHaveAttribute('data-state', 'ready'))
      expect(container.querySelector('.rai-form-skeleton')).toBeNull()
      expect(screen.getByRole('textbox', { name: /^Email/ })).toBeInTheDocument()
    })
  })

  describe('given the create-contact schema', () => {
    it('renders every field with a visible label and pre-fills the defaults', async () => {
      const { container } = await renderForm()
      for (const name of [
        'Email',
        'First name',
        'Last name',
        'Company name',
        'Domain',
        'Birth date',
        'Website',
      ]) {
        const input = screen.getByLabelText(new RegExp(`^${name}`))
        const label = container.querySelector(`label[for="${input.id}"]`)
        expect(label).toBeVisible()
        expect(label?.textContent).toMatch(new RegExp(`^${name}`))
      }
      expect(screen.getByRole('combobox', { name: /^Lifecycle stage/ })).toHaveDisplayValue('lead')
      expect(screen.getByRole('group', { name: 'Company' })).toBeInTheDocument()
      expect(screen.getByRole('group', { name: 'Tags' })).toBeInTheDocument()
      expect(screen.getByRole('textbox', { name: /^Email/ })).toHaveAccessibleDescription(
        'Primary email address; unique.',
      )
      await expectNoAxeViolations(container)
    })

    it('adds, labels, reorders and removes list items', async () => {
      const user = userEvent.setup()
      const { container, onSubmit } = await renderForm({
        defaultFormData: { email: 'ada@example.com', firstName: 'Ada' },
      })
      const tags = screen.getByRole('group', { name: 'Tags' })
      await user.click(within(tags).getByRole('button', { name: 'Add item' }))
      await user.click(within(tags).getByRole('button', { name: 'Add item' }))
      const items = within(tags).getAllByRole('textbox')
      expect(items).toHaveLength(2)
      expect(items.map((item) => container.querySelector(`label[for="${item.id}"]`)?.textContent)).toEqual([
        'Tags, item 1',
        'Tags, item 2',
      ])
      await user.type(items[0] as HTMLElement, 'first')
      await user.type(items[1] as HTMLElement, 'second')
      await user.click(within(tags).getByRole('button', { name: 'Move item 2 up' }))
      expect(
        within(tags)
          .getAllByRole('textbox')
          .map((item) => (item as HTMLInputElement).value),
      ).toEqual(['second', 'first'])
      await expectNoAxeViolations(container)
      await user.click(within(tags).getByRole('button', { name: 'Remove item 1' }))
      await user.click(screen.getByRole('button', { name: 'Submit' }))
      expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ tags: ['first'] })
    })

    it('validates on submit, marks invalid fields and announces a summary', async () => {
      const user = userEvent.setup()
      const { container, onSubmit } = await renderForm()
      const email = screen.getByRole('textbox', { name: /^Email/ })
      await user.type(email, 'not-an-email')
      expect(email).not.toHaveAttribute('aria-invalid')
      await user.click(screen.getByRole('button', { name: 'Submit' }))

      expect(onSubmit).not.toHaveBeenCalled()
      const alert = await screen.findByRole('alert')
      expect(alert).toHaveTextContent('2 fields need attention.')
      expect(alert).toHaveTextContent('Enter a valid e-mail address.')
      expect(email).toHaveAttribute('aria-invalid', 'true')
      const errorId = errorIdsOf(email).find((id) => id.endsWith('__error'))
      expect(document.getElementById(errorId ?? '')).toHaveTextContent('Enter a valid e-mail address.')
      const firstName = screen.getByRole('textbox', { name: /^First name/ })
      expect(firstName).toHaveAttribute('aria-invalid', 'true')
      expect(firstName).toHaveAccessibleDescription('This field is required.')
      expect(container.firstElementChild).toHaveAttribute('data-state', 'ready')
      await expectNoAxeViolations(container)

      await user.clear(email)
      await user.type(email, 'ada@example.com')
      await user.type(firstName, 'Ada')
      await user.click(screen.getByRole('button', { name: 'Submit' }))
      expect(onSubmit).toHaveBeenCalledTimes(1)
      expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({
        email: 'ada@example.com',
        firstName: 'Ada',
        lifecycleStage: 'lead',
      })
      expect(screen.queryByRole('alert')).not.toBeInTheDocument()
      expect(email).not.toHaveAttribute('aria-invalid')
    })

    it('maps the API field errors (JSON Pointer paths) onto the fields', async () => {
      const error = new ActionsApiError({
        status: 400,
        type: 'bad_request',
        message: 'Input is invalid',
        data: {
          errors: [
            { path: '/email', message: 'is already taken' },
            { path: '/company/name', message: 'is unknown to HubSpot' },
          ],
        },
      })
      const { container } = await renderForm({ error })
      const email = screen.getByRole('textbox', { name: /^Email/ })
      expect(email).toHaveAttribute('aria-invalid', 'true')
      expect(email).toHaveAccessibleDescription('Primary email address; unique. is already taken')
      const company = screen.getByRole('textbox', { name: /^Company name/ })
      expect(company).toHaveAttribute('aria-invalid', 'true')
      expect(company).toHaveAccessibleDescription('is unknown to HubSpot')
      expect(screen.getByRole('alert')).toHaveTextContent('2 fields need attention.')
      await expectNoAxeViolations(container)

      // Once the user edits, the server's verdict about the old input no longer applies.
      await userEvent.type(email, 'x')
      expect(email).not.toHaveAttribute('aria-invalid')
      expect(company).not.toHaveAttribute('aria-invalid')
    })

    it('can be controlled: the owner decides the value', async () => {
      function Owner() {
        const [value, setValue] = useState<JsonObject>({ email: 'ADA@EXAMPLE.COM', firstName: 'Ada' })
        return (
          <ActionInputForm
            {...selector}
            formData={value}
            onChange={(next) =>
              setValue(
                typeof next.lastName === 'string' ? { ...next, lastName: next.lastName.toUpperCase() } : next,
              )
            }
          />
        )
      }
      await renderWithApi(<Owner />)
      const email = await screen.findByRole('textbox', { name: /^Email/ }, { timeout: 5000 })
      expect(email).toHaveValue('ADA@EXAMPLE.COM')
      expect(screen.getByRole('textbox', { name: /^Last name/ })).toHaveValue('')
      const lastName = screen.getByRole('textbox', { name: /^Last name/ })
      await userEvent.type(lastName, 'love')
      expect(lastName).toHaveValue('LOVE')
      expect(email).toHaveValue('ADA@EXAMPLE.COM')
    })
  })

  describe('preserving what the user typed', () => {
    it('keeps it across a refetch and a setup that adds a field', async () => {
      const user = userEvent.setup()
      const { api, queryClient, token } = await renderForm()
      await user.type(screen.getByRole('textbox', { name: /^Email/ }), 'ada@example.com')
      await user.type(screen.getByRole('textbox', { name: /^First name/ }), 'Ada')

      await queryClient.refetchQueries({ queryKey: actionKeys.detail('hubspot', 'create-contact') })
      expect(screen.getByRole('textbox', { name: /^Email/ })).toHaveValue('ada@example.com')

      const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
      const base = 'http://reference.test/connections/hubspot/actions'
      const property = { name: 'favorite_color', label: 'Favorite color', type: 'string' }
      const created = await api.fetch(`${base}/create-contact-property/run`, {
        method: 'POST',
        headers,
        body: JSON.stringify(property),
      })
      expect(created.status).toBe(201)
      const setup = await api.fetch(`${base}/create-contact/setup`, { method: 'POST', headers })
      const instance = (await setup.json()) as ActionInstance
      queryClient.setQueryData(actionKeys.detail('hubspot', 'create-contact'), instance)

      expect(await screen.findByLabelText(/Favorite color/)).toBeInTheDocument()
      expect(screen.getByRole('textbox', { name: /^Email/ })).toHaveValue('ada@example.com')
      expect(screen.getByRole('textbox', { name: /^First name/ })).toHaveValue('Ada')
    })

    it('moves untouched fields to a new default input and keeps touched ones', async () => {
      const user = userEvent.setup()
      const { queryClient } = await renderForm()
      await user.type(screen.getByRole('textbox', { name: /^Email/ }), 'ada@example.com')
      const key = actionKeys.detail('hubspot', 'create-contact')
      const instance = queryClient.getQueryData<ActionInstance>(key)
      if (!instance) throw new Error('instance missing')
      queryClient.setQueryData(key, {
        ...instance,
        isCustomized: true,
        config: { ...instance.config, defaultInput: { email: 'team@example.com', lastName: 'Lovelace' } },
      })
      expect(await screen.findByDisplayValue('Lovelace')).toBeInTheDocument()
      expect(screen.getByRole('textbox', { name: /^Email/ })).toHaveValue('ada@example.com')
    })
  })

  describe('given a broken or hostile schema', () => {
    const hostile = '<img src=x onerror="window.__pwned=1">'
    it.each([
      [
        'invalid JSON Schema',
        { type: 'object', properties: { a: { type: 'strnig' } } },
        /The input schema is not valid JSON Schema/,
      ],
      [
        'a $ref cycle',
        {
          definitions: { a: { $ref: '#/definitions/b' }, b: { $ref: '#/definitions/a' } },
          $ref: '#/definitions/a',
        },
        /refers to itself in a loop/,
      ],
      [
        'a recursive $ref through properties',
        {
          type: 'object',
          properties: { node: { $ref: '#/definitions/node' } },
          definitions: { node: { type: 'object', properties: { child: { $ref: '#/definitions/node' } } } },
        },
        /refers to itself in a loop/,
      ],
      [
        'an object that contains itself (no $ref, so it cannot be written as JSON)',
        (() => {
          const schema = { type: 'object', properties: {} as Record<string, unknown> }
          schema.properties.self = schema
          return schema
        })(),
        /refers to itself in a loop/,
      ],
      [
        'a $ref to nowhere',
        { type: 'object', properties: { a: { $ref: '#/definitions/missing' } } },
        /does not exist/,
      ],
      [
        'a $ref with a malformed escape',
        { type: 'object', properties: { a: { $ref: '#/definitions/%E0%A4%A' } }, definitions: {} },
        /refers to #\/definitions\/%E0%A4%A, which does not exist/,
      ],
    ])('explains %s in place', async (_name, schema, message) => {
      const { container } = await renderWithApi(
        <ActionInputForm {...selector} schema={schema as ActionInstance['inputSchema']} />,
      )
      const alert = await screen.findByRole('alert', {}, { timeout: 5000 })
      expect(alert).toHaveTextContent('This form cannot be shown')
      expect(alert).toHaveTextContent(message)
      await expectNoAxeViolations(container)
    })

    it('renders names, titles, descriptions and enum labels as text', async () => {
      const schema = {
        type: 'object',
        properties: {
          [hostile]: { type: 'string', title: hostile, description: hostile },
          choice: { type: 'string', title: 'Choice', enum: [hostile, 'javascript:alert(1)'] },
        },
      } as ActionInstance['inputSchema']
      const { container } = await renderWithApi(<ActionInputForm {...selector} schema={schema} />)
      const input = await screen.findByRole('textbox', { name: hostile }, { timeout: 5000 })
      expect(input).toHaveAccessibleDescription(hostile)
      expect(within(screen.getByRole('combobox', { name: 'Choice' })).getByRole('option', { name: hostile }))
      expect(container.querySelector('img')).toBeNull()
      expect(container.querySelector('a')).toBeNull()
      await expectNoAxeViolations(container)
    })
  })

  describe('given enum labels in enumNames', () => {
    it('shows the labels and submits the values, at the top level and nested', async () => {
      const schema = {
        type: 'object',
        properties: {
          stage: {
            type: 'string',
            title: 'Stage',
            enum: ['lead', 'customer'],
            enumNames: ['Lead', 'Customer'],
          },
          owner: {
            type: 'object',
            title: 'Owner',
            properties: {
              team: { type: 'string', title: 'Team', enum: ['s', 'm'], enumNames: ['Sales', 'Marketing'] },
            },
          },
        },
      } as ActionInstance['inputSchema']
      const onSubmit = vi.fn()
      const { container } = await renderWithApi(
        <ActionInputForm {...selector} schema={schema} onSubmit={onSubmit}>
          <button type="submit">Submit</button>
        </ActionInputForm>,
      )
      const stage = await screen.findByRole('combobox', { name: 'Stage' }, { timeout: 5000 })
      const user = userEvent.setup()
      await user.selectOptions(stage, within(stage).getByRole('option', { name: 'Customer' }))
      const team = screen.getByRole('combobox', { name: 'Team' })
      await user.selectOptions(team, within(team).getByRole('option', { name: 'Marketing' }))
      await user.click(screen.getByRole('button', { name: 'Submit' }))
      await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1))
      expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ stage: 'customer', owner: { team: 'm' } })
      await expectNoAxeViolations(container)
    })
  })

  describe('when the action cannot be loaded', () => {
    it('shows the error with a Retry button that recovers', async () => {
      const api = createReferenceApi()
      api.injectFault({ kind: 'status', status: 404, operation: 'get' })
      const { container } = await renderWithApi(<ActionInputForm {...selector} />, { api })
      const alert = await screen.findByRole('alert')
      expect(alert).toHaveTextContent('Not found')
      expect(container.firstElementChild).toHaveAttribute('data-state', 'error')
      await expectNoAxeViolations(container)
      await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
      expect(await screen.findByRole('form', {}, { timeout: 5000 })).toBeInTheDocument()
      expect(container.firstElementChild).toHaveAttribute('data-state', 'ready')
    })
  })

  describe('in German', () => {
    it('uses the German labels for the summary and messages', async () => {
      const user = userEvent.setup()
      await renderWithApi(
        <ActionsLabelsProvider labels={deLabels}>
          <ActionInputForm {...selector}>
            <button type="submit">Senden</button>
          </ActionInputForm>
        </ActionsLabelsProvider>,
      )
      expect(
        await screen.findByRole('form', { name: 'Eingabe für Create contact' }, { timeout: 5000 }),
      ).toBeVisible()
      await user.click(screen.getByRole('button', { name: 'Senden' }))
      const alert = await screen.findByRole('alert')
      expect(alert).toHaveTextContent('2 Felder müssen korrigiert werden.')
      expect(alert).toHaveTextContent('Dieses Feld ist erforderlich.')
      expect(screen.getByRole('combobox', { name: /^Lifecycle stage/ })).toBeInTheDocument()
    })
  })
})
