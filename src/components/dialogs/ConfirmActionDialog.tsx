import * as AlertDialog from '@radix-ui/react-alert-dialog'
import type { ReactElement } from 'react'
import type { UseMutationResult } from '@tanstack/react-query'
import type { ActionsApiError } from '../../client/ActionsApiError'
import { ActionDialogTrigger } from './ActionDialogTrigger'
import { ConfirmDialogContent } from './ConfirmDialogContent'
import type { ConfirmDialogContentProps } from './ConfirmDialogContent'
import { DialogError } from './DialogError'
import type { ActionsLabels } from '../labels/ActionsLabels'

/** What the confirmation decides itself; everything else goes to the dialog's content element. */
type ConfirmOwnProps = Pick<
  ConfirmDialogContentProps,
  'title' | 'description' | 'confirmText' | 'cancelText' | 'error' | 'pending' | 'status' | 'onConfirm'
>

/** The content props a confirmation dialog passes through to its content element. */
export type ConfirmContentProps = Omit<ConfirmDialogContentProps, keyof ConfirmOwnProps>

/** Props of `ConfirmActionDialog`. */
export interface ConfirmActionDialogProps<TData, TContext> extends ConfirmContentProps {
  open: boolean
  onOpenChange(open: boolean): void
  trigger: ReactElement | null | undefined
  triggerClassName: string
  title: string
  description: string
  confirmText: string
  pendingText: string
  errorTitle: string
  labels: ActionsLabels
  /**
   * The mutation that Confirm runs; it is reset whenever the dialog opens, unless it is still pending. The caller
   * closes the dialog and reports success in the mutation's own `onSuccess`, which fires even if the dialog was
   * closed or unmounted meanwhile.
   */
  mutation: UseMutationResult<TData, ActionsApiError, void, TContext>
}

/**
 * An alert dialog that runs one action mutation on Confirm, shows its pending state and error, and closes
 * when it succeeds. The reset and archive dialogs are this with their own words.
 */
export function ConfirmActionDialog<TData, TContext>({
  open,
  onOpenChange,
  trigger,
  triggerClassName,
  title,
  description,
  confirmText,
  pendingText,
  errorTitle,
  labels,
  mutation,
  ...props
}: ConfirmActionDialogProps<TData, TContext>) {
  return (
    <AlertDialog.Root
      open={open}
      onOpenChange={(next) => {
        // A write still pending (the dialog was closed by Escape) stays shown, so Confirm cannot send it twice.
        if (next && !mutation.isPending) mutation.reset()
        onOpenChange(next)
      }}
    >
      <ActionDialogTrigger alert trigger={trigger} text={title} className={triggerClassName} />
      <ConfirmDialogContent
        title={title}
        description={description}
        confirmText={mutation.isPending ? pendingText : confirmText}
        cancelText={labels.cancel}
        error={
          mutation.isError && (
            <DialogError title={errorTitle} message={mutation.error.message || labels.unknownError} />
          )
        }
        pending={mutation.isPending}
        status={mutation.status}
        onConfirm={() => mutation.mutate()}
        {...props}
      />
    </AlertDialog.Root>
  )
}
