import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ActionsApiError } from 'react-action-instances'
import { ActionOutput, ActionsLabelsProvider, deLabels } from 'react-action-instances/components'
import { expectNoAxeViolations } from './support/axe'

const contact = {
  id: 'c-1',
  email: 'ada@example.com',
  firstName: 'Ada',
  company: { name: 'Analytical', address: { city: 'London' } },
  tags: ['math', 'engines'],
  website: 'https://ada.example/profile',
}

describe('ActionOutput', () => {
  describe('given an output object', () => {
    it('shows it as a tree that is open to depth 1 and collapsed beyond', async () => {
      const { container } = render(<ActionOutput output={contact} />)
      const section = screen.getByRole('region', { name: 'Output' })
      expect(section).toHaveAttribute('data-state', 'success')
      expect(screen.getByRole('button', { name: '{ 6 keys }' })).toHaveAttribute('aria-expanded', 'true')
      expect(screen.getByText('"ada@example.com"')).toBeInTheDocument()
      expect(screen.getByRole('button', { name: 'company: { 2 keys }' })).toHaveAttribute(
        'aria-expanded',
        'true',
      )
      expect(screen.getByText('"Analytical"')).toBeInTheDocument()
      const address = screen.getByRole('button', { name: 'address: { 1 key }' })
      expect(address).toHaveAttribute('aria-expanded', 'false')
      expect(screen.queryByText('"London"')).not.toBeInTheDocument()
      await expectNoAxeViolations(container)

      await userEvent.click(address)
      expect(screen.getByRole('button', { name: 'address: { 1 key }' })).toHaveAttribute(
        'aria-expanded',
        'true',
      )
      expect(screen.getByText('"London"')).toBeInTheDocument()
      await userEvent.click(screen.getByRole('button', { name: 'company: { 2 keys }' }))
      expect(screen.queryByText('"Analytical"')).not.toBeInTheDocument()
      await expectNoAxeViolations(container)
    })

    it('names every toggle by the text it shows, not by a hidden label (WCAG 2.5.3 label in name)', () => {
      render(<ActionOutput output={contact} logs={['sent']} />)
      const toggles = screen.getAllByRole('button', { expanded: true })
      expect(toggles.length).toBeGreaterThan(1)
      for (const toggle of [...toggles, ...screen.getAllByRole('button', { expanded: false })]) {
        const visible = (toggle.textContent ?? '').replace(/[▾▸]/g, '').replace(/\s+/g, ' ').trim()
        expect(toggle).not.toHaveAttribute('aria-label')
        expect(toggle).toHaveAccessibleName(visible)
      }
      // The trees sit under the headings "Output" and "Logs", so their roots do not repeat those words.
      expect(screen.queryByText(/^output:/)).not.toBeInTheDocument()
      expect(screen.queryByText(/^logs:/)).not.toBeInTheDocument()
    })

    it('links only http(s) strings and renders hostile strings as text', () => {
      const hostile = '<img src=x onerror="alert(1)">'
      render(
        <ActionOutput
          output={{ website: 'https://ada.example/profile', evil: 'javascript:alert(1)', [hostile]: hostile }}
        />,
      )
      expect(screen.getByRole('link', { name: '"https://ada.example/profile"' })).toHaveAttribute(
        'href',
        'https://ada.example/profile',
      )
      expect(screen.getAllByRole('link')).toHaveLength(1)
      expect(screen.getByText('"javascript:alert(1)"').closest('a')).toBeNull()
      expect(screen.getByText(JSON.stringify(hostile))).toBeInTheDocument()
      expect(document.querySelector('img')).toBeNull()
    })

    it('copies the output as JSON and says "Copied"', async () => {
      const user = userEvent.setup()
      const writeText = vi.spyOn(navigator.clipboard, 'writeText')
      render(<ActionOutput output={contact} />)
      await user.click(screen.getByRole('button', { name: 'Copy JSON' }))
      expect(writeText).toHaveBeenCalledWith(JSON.stringify(contact, null, 2))
      expect(await screen.findByRole('button', { name: 'Copied' })).toHaveAttribute('data-state', 'copied')
    })

    it('says so when copying fails', async () => {
      const user = userEvent.setup()
      vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'))
      render(<ActionOutput output={contact} />)
      await user.click(screen.getByRole('button', { name: 'Copy JSON' }))
      expect(await screen.findByRole('button', { name: 'Copy failed' })).toHaveAttribute(
        'data-state',
        'failed',
      )
    })
  })

  describe('given a huge output', () => {
    it('renders a 5 MB array in pages of 100 with collapsed items', async () => {
      const items = Array.from({ length: 20_000 }, (_, index) => ({
        id: `contact-${index}`,
        email: `person${index}@example.com`,
        notes: 'x'.repeat(200),
      }))
      expect(JSON.stringify(items).length).toBeGreaterThan(5_000_000)
      render(<ActionOutput output={{ items }} />)
      const list = screen.getByRole('button', { name: 'items: [ 20000 items ]' })
        .nextElementSibling as HTMLElement
      expect(within(list).getAllByRole('button', { name: /^items\[\d+\]: \{ 3 keys \}$/ })).toHaveLength(100)
      await userEvent.click(screen.getByRole('button', { name: 'Show more (100 of 20000 shown)' }))
      expect(within(list).getAllByRole('button', { name: /^items\[\d+\]: \{ 3 keys \}$/ })).toHaveLength(200)
      expect(screen.getByRole('button', { name: 'Show more (200 of 20000 shown)' })).toBeInTheDocument()
    })
  })

  describe('given logs', () => {
    it('shows them under their own heading', async () => {
      const { container } = render(
        <ActionOutput output={{ ok: true }} logs={[{ level: 'info', text: 'sent' }]} />,
      )
      expect(screen.getByRole('heading', { name: 'Logs' })).toBeInTheDocument()
      expect(screen.getByRole('button', { name: '[ 1 item ]' })).toHaveAttribute('aria-expanded', 'true')
      expect(screen.getByRole('button', { name: '[0]: { 2 keys }' })).toHaveAttribute(
        'aria-expanded',
        'false',
      )
      await expectNoAxeViolations(container)
    })
  })

  describe('given no output', () => {
    it('says the action returned nothing', () => {
      render(<ActionOutput />)
      expect(screen.getByRole('region', { name: 'Output' })).toHaveAttribute('data-state', 'empty')
      expect(screen.getByText('The action returned no output.')).toBeInTheDocument()
    })
  })

  describe('given an error', () => {
    it.each([
      [
        new ActionsApiError({ status: 400, type: 'bad_request', message: 'Input is invalid' }),
        'The input is invalid',
      ],
      [
        new ActionsApiError({ status: 400, type: 'action_run', message: 'Contact already exists' }),
        'The app rejected the action',
      ],
      [
        new ActionsApiError({ status: 0, type: 'network_error', message: 'Failed to fetch' }),
        'The network is unreachable',
      ],
      [new ActionsApiError({ status: 503, type: 'unavailable', message: 'Down' }), 'Request failed (503)'],
      [new Error('boom'), 'Request failed'],
    ])('explains %s by its type', async (error, title) => {
      const { container } = render(<ActionOutput error={error} />)
      expect(screen.getByRole('region', { name: 'Output' })).toHaveAttribute('data-state', 'error')
      const alert = screen.getByRole('alert')
      expect(within(alert).getByText(title)).toBeInTheDocument()
      expect(within(alert).getByText(error.message)).toBeInTheDocument()
      expect(screen.queryByRole('button', { name: 'Copy JSON' })).not.toBeInTheDocument()
      await expectNoAxeViolations(container)
    })

    it('lists field errors', async () => {
      const error = new ActionsApiError({
        status: 400,
        type: 'bad_request',
        message: 'Input is invalid',
        data: {
          errors: [
            { path: '/email', message: 'must match format "email"' },
            { path: '/firstName', message: 'is required' },
          ],
        },
      })
      const { container } = render(<ActionOutput error={error} />)
      const items = within(screen.getByRole('alert')).getAllByRole('listitem')
      expect(items.map((item) => item.textContent)).toEqual([
        '/email: must match format "email"',
        '/firstName: is required',
      ])
      await expectNoAxeViolations(container)
    })
  })

  describe('in German', () => {
    it('uses the German labels', async () => {
      render(
        <ActionsLabelsProvider labels={deLabels}>
          <ActionOutput output={{ a: { b: { c: 1 } } }} />
        </ActionsLabelsProvider>,
      )
      expect(screen.getByRole('region', { name: 'Ergebnis' })).toBeInTheDocument()
      const b = screen.getByRole('button', { name: 'b: { 1 Schlüssel }' })
      expect(b).toHaveAttribute('aria-expanded', 'false')
      expect(screen.getByRole('button', { name: 'JSON kopieren' })).toBeInTheDocument()
      act(() => b.click())
      expect(b).toHaveAttribute('aria-expanded', 'true')
      expect(screen.getAllByText('{ 1 Schlüssel }')).toHaveLength(3)
    })

    it('accepts a partial labels prop over the provider', () => {
      render(
        <ActionsLabelsProvider labels={deLabels}>
          <ActionOutput output={1} labels={{ outputTitle: 'Resultat' }} />
        </ActionsLabelsProvider>,
      )
      expect(screen.getByRole('region', { name: 'Resultat' })).toBeInTheDocument()
      expect(screen.getByRole('button', { name: 'JSON kopieren' })).toBeInTheDocument()
    })
  })
})
