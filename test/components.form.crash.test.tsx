import { screen } from '@testing-library/react'
import { ActionInputForm } from 'react-action-instances/components'
import { expectNoAxeViolations } from './support/axe'
import { renderWithApi } from './support/renderWithApi'

// Stands in for an rjsf crash that the schema pre-check cannot foresee.
vi.mock('../src/components/form/theme/SchemaForm', () => ({
  SchemaForm: () => {
    throw new Error('rjsf exploded')
  },
}))

describe('ActionInputForm when the form itself crashes', () => {
  it('shows an in-place error and leaves the host app running', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { container } = await renderWithApi(
      <main>
        <h1>Host app</h1>
        <ActionInputForm connection="hubspot" action="create-contact" />
      </main>,
    )
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 })
    expect(alert).toHaveTextContent('This form cannot be shown')
    expect(alert).toHaveTextContent('The form failed while rendering.')
    expect(alert).toHaveAttribute('data-problem', 'crash')
    expect(screen.getByRole('heading', { name: 'Host app' })).toBeInTheDocument()
    await expectNoAxeViolations(container)
    consoleError.mockRestore()
  })
})
