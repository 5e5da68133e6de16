import * as AlertDialog from '@radix-ui/react-alert-dialog'
import { clsx } from 'clsx'
import type { ReactNode } from 'react'

/** Props of `ConfirmDialogContent`; other props go to the dialog's content element. */
export interface ConfirmDialogContentProps extends Omit<
  AlertDialog.AlertDialogContentProps,
  'children' | 'title'
> {
  title: string
  description: string
  confirmText: string
  cancelText: string
  /** The error block shown above the buttons, if any. */
  error?: ReactNode
  pending: boolean
  status: 'idle' | 'pending' | 'success' | 'error'
  onConfirm(): void
}

/**
 * The portal, overlay and content of Radix's alert dialog (role `alertdialog`, not dismissed by a click outside,
 * focus starting on Cancel so that Enter never confirms a destructive action by accident). Confirm is a plain
 * button rather than `AlertDialog.Action`: the dialog stays open while the write is pending and closes on success.
 */
export function ConfirmDialogContent({
  title,
  description,
  confirmText,
  cancelText,
  error,
  pending,
  status,
  onConfirm,
  className,
  ...props
}: ConfirmDialogContentProps) {
  return (
    <AlertDialog.Portal>
      <AlertDialog.Overlay className="rai-dialog-overlay" />
      <AlertDialog.Content
        className={clsx('rai-dialog rai-dialog-alert', className)}
        data-status={status}
        {...props}
      >
        <AlertDialog.Title className="rai-dialog-title">{title}</AlertDialog.Title>
        <AlertDialog.Description className="rai-dialog-description">{description}</AlertDialog.Description>
        {error}
        <div className="rai-dialog-actions">
          <AlertDialog.Cancel type="button" className="rai-button">
            {cancelText}
          </AlertDialog.Cancel>
          <button
            type="button"
            className="rai-button"
            data-variant="danger"
            aria-disabled={pending || undefined}
            onClick={() => {
              // aria-disabled (not disabled) keeps focus in place; the guard stops a second request.
              if (!pending) onConfirm()
            }}
          >
            {confirmText}
          </button>
        </div>
      </AlertDialog.Content>
    </AlertDialog.Portal>
  )
}
