import * as Dialog from '@radix-ui/react-dialog'
import { useRef } from 'react'
import type { ReactNode } from 'react'
import { composeEventHandlers } from './composeEventHandlers'

/** Props of `ConfirmDialogContent`; other props go to the dialog's content element. */
export interface ConfirmDialogContentProps extends Omit<Dialog.DialogContentProps, 'children' | 'title'> {
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
 * The portal, overlay and content of an alert dialog: role `alertdialog`, not dismissed by a click outside, and
 * focus starting on Cancel so that Enter never confirms a destructive action by accident.
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
  onOpenAutoFocus,
  onPointerDownOutside,
  onInteractOutside,
  ...props
}: ConfirmDialogContentProps) {
  const cancelRef = useRef<HTMLButtonElement>(null)
  return (
    <Dialog.Portal>
      <Dialog.Overlay className="rai-dialog-overlay" />
      <Dialog.Content
        role="alertdialog"
        className={className ? `rai-dialog rai-dialog-alert ${className}` : 'rai-dialog rai-dialog-alert'}
        data-status={status}
        onOpenAutoFocus={(event) => {
          onOpenAutoFocus?.(event)
          if (event.defaultPrevented) return
          event.preventDefault()
          cancelRef.current?.focus()
        }}
        onPointerDownOutside={composeEventHandlers(onPointerDownOutside, (event) => event.preventDefault())}
        onInteractOutside={composeEventHandlers(onInteractOutside, (event) => event.preventDefault())}
        {...props}
      >
        <Dialog.Title className="rai-dialog-title">{title}</Dialog.Title>
        <Dialog.Description className="rai-dialog-description">{description}</Dialog.Description>
        {error}
        <div className="rai-dialog-actions">
          <Dialog.Close ref={cancelRef} type="button" className="rai-button">
            {cancelText}
          </Dialog.Close>
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
      </Dialog.Content>
    </Dialog.Portal>
  )
}
