import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ActionInputForm } from 'react-action-instances/components'
import { expectConsole } from './support/expectConsole'
import { renderWithApi } from './support/renderWithApi'

// The network drops the form's lazy chunk until `network.up` is set.
const network = vi.hoisted(() => ({ up: false }))
vi.mock('../src/components/form/theme/SchemaForm', async (importOriginal) => {
  if (!network.up) throw new TypeError('Failed to fetch dynamically imported module')
  return importOriginal()
})

const selector = { connection: 'hubspot', action: 'create-contact' }

describe('ActionInputForm when its form code fails to load', () => {
  it('loads it again on the next mount and from the Try again button once the network is back', async () => {
    // React reports an error its boundary caught; the kit shows it in place.
    const consoleError = expectConsole('error')
    const { rerenderWithApi } = await renderWithApi(<ActionInputForm key="first" {...selector} />)
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 })
    expect(alert).toHaveTextContent('The form failed while rendering.')

    // Still offline: Try again fails in place, without crashing the page.
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }))
    const again = await screen.findByRole('alert', {}, { timeout: 5000 })
    expect(within(again).getByRole('button', { name: 'Try again' })).toBeInTheDocument()

    network.up = true
    await userEvent.click(within(again).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('textbox', { name: /^Email/ }, { timeout: 5000 })).toBeInTheDocument()

    // A remount after recovery renders the form straight away.
    rerenderWithApi(<ActionInputForm key="second" {...selector} />)
    expect(await screen.findByRole('textbox', { name: /^Email/ }, { timeout: 5000 })).toBeInTheDocument()
    expect(consoleError).toHaveBeenCalled()
    expect(String(consoleError.mock.calls.flat().join(' '))).toMatch(/FormErrorBoundary/)
  })
})
