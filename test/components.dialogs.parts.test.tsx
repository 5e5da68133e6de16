import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Component } from 'react'
import type { ReactNode } from 'react'
import {
  ArchiveActionDialogContent,
  ArchiveActionDialogRoot,
  ArchiveActionDialogTrigger,
  CustomizeActionDialogContent,
  CustomizeActionDialogRoot,
  CustomizeActionDialogTrigger,
  deLabels,
  ResetActionDialogContent,
  ResetActionDialogRoot,
  ResetActionDialogTrigger,
} from 'react-action-instances/components'
import { expectNoAxeViolations } from './support/axe'
import { expectConsole } from './support/expectConsole'
import { renderWithApi } from './support/renderWithApi'

class Catch extends Component<{ children: ReactNode }, { message?: string }> {
  override state: { message?: string } = {}
  static getDerivedStateFromError(error: Error) {
    return { message: error.message }
  }
  override render() {
    return this.state.message === undefined ? this.props.children : <p role="alert">{this.state.message}</p>
  }
}

const selector = { connection: 'hubspot', action: 'create-contact' } as const

describe('dialogs composed from parts (Root, Trigger, Content)', () => {
  it('archives from a trigger that lives in a menu apart from the content, once', async () => {
    const onArchiveSuccess = vi.fn()
    const { api } = await renderWithApi(
      <ArchiveActionDialogRoot {...selector} onArchiveSuccess={onArchiveSuccess}>
        <nav aria-label="Action menu">
          <ArchiveActionDialogTrigger asChild>
            <button type="button" className="host-menu-item">
              Archive this action…
            </button>
          </ArchiveActionDialogTrigger>
        </nav>
        <main>
          <ArchiveActionDialogContent className="host-dialog" />
        </main>
      </ArchiveActionDialogRoot>,
    )
    const menu = screen.getByRole('navigation', { name: 'Action menu' })
    await userEvent.click(within(menu).getByRole('button', { name: 'Archive this action…' }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Archive' })
    expect(dialog).toHaveClass('rai-dialog', 'host-dialog')
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
    await expectNoAxeViolations(dialog)
    await userEvent.click(within(dialog).getByRole('button', { name: 'Archive' }))
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument())
    expect(onArchiveSuccess).toHaveBeenCalledTimes(1)
    expect(api.countRequests({ operation: 'archive' })).toBe(1)
  })

  it('resets from a built-in trigger with its own text and labels given to the root', async () => {
    const onResetSuccess = vi.fn()
    await renderWithApi(
      <ResetActionDialogRoot {...selector} labels={deLabels} onResetSuccess={onResetSuccess}>
        <ResetActionDialogTrigger>Standard wiederherstellen</ResetActionDialogTrigger>
        <ResetActionDialogContent />
      </ResetActionDialogRoot>,
    )
    const trigger = screen.getByRole('button', { name: 'Standard wiederherstellen' })
    expect(trigger).toHaveClass('rai-button', 'rai-reset-trigger')
    await userEvent.click(trigger)
    const dialog = await screen.findByRole('alertdialog', { name: deLabels.resetTitle })
    await userEvent.click(within(dialog).getByRole('button', { name: deLabels.resetConfirm }))
    await waitFor(() => expect(onResetSuccess).toHaveBeenCalledTimes(1))
    expect(onResetSuccess.mock.calls[0]?.[0]).toMatchObject({ isCustomized: false })
  })

  it('customizes from parts: the trigger named by the labels, the form inside the content', async () => {
    const onCustomizeSuccess = vi.fn()
    const { api } = await renderWithApi(
      <CustomizeActionDialogRoot {...selector} onCustomizeSuccess={onCustomizeSuccess}>
        <CustomizeActionDialogTrigger className="host-trigger" />
        <CustomizeActionDialogContent />
      </CustomizeActionDialogRoot>,
    )
    const trigger = screen.getByRole('button', { name: 'Customize' })
    expect(trigger).toHaveClass('rai-button', 'rai-customize-trigger', 'host-trigger')
    await userEvent.click(trigger)
    const dialog = await screen.findByRole('dialog', { name: 'Customize' })
    // The form code loads lazily; on a busy machine that takes a while.
    const firstName = await within(dialog).findByRole('textbox', { name: /^First name/ }, { timeout: 5000 })
    await userEvent.type(firstName, 'Ada')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(onCustomizeSuccess).toHaveBeenCalledTimes(1))
    expect(api.countRequests({ operation: 'patch' })).toBe(1)
    expect(onCustomizeSuccess.mock.calls[0]?.[0]).toMatchObject({
      isCustomized: true,
      config: { defaultInput: { firstName: 'Ada' } },
    })
  })

  it('says which root is missing when a part is used alone', async () => {
    // React reports the error its boundary caught.
    const consoleError = expectConsole('error')
    await renderWithApi(
      <Catch>
        <ArchiveActionDialogContent />
      </Catch>,
    )
    expect(screen.getByRole('alert')).toHaveTextContent(
      "react-action-instances: <…DialogContent> must be inside its dialog's <…Root>",
    )
    expect(consoleError).toHaveBeenCalled()
  })
})
