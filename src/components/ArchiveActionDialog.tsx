import * as Dialog from '@radix-ui/react-dialog'
import type { ReactElement } from 'react'
import { useAction } from '../hooks/useAction'
import { useArchiveAction } from '../hooks/useArchiveAction'
import type { ActionSelector } from '../hooks/types'
import { ActionDialogTrigger } from './ActionDialogTrigger'
import { ConfirmDialogContent } from './ConfirmDialogContent'
import type { ConfirmDialogContentProps } from './ConfirmDialogContent'
import { DialogError } from './DialogError'
import type { ActionsLabels } from './labels/ActionsLabels'
import { useLabels } from './labels/useLabels'
import { useControllableState } from './useControllableState'

type ContentProps = Omit<
  ConfirmDialogContentProps,
  'title' | 'description' | 'confirmText' | 'cancelText' | 'error' | 'pending' | 'status' | 'onConfirm'
>

/** Props of `ArchiveActionDialog`; other props go to the dialog's content element. */
export interface ArchiveActionDialogProps extends ActionSelector, ContentProps {
  /** Whether the dialog is open (controlled). Defaults to uncontrolled. */
  open?: boolean
  /** Whether the dialog starts open when uncontrolled. Defaults to `false`. */
  defaultOpen?: boolean
  /** Called when the dialog opens or closes. */
  onOpenChange?: (open: boolean) => void
  /** A custom trigger element, or `null` for none. Defaults to an "Archive" button. */
  trigger?: ReactElement | null
  /** Called after the instance was archived. */
  onArchived?: () => void
  /** Overrides of the labels from `ActionsLabelsProvider`. Defaults to none. */
  labels?: Partial<ActionsLabels>
}

/** A confirmation (role `alertdialog`, focus starting on Cancel) that archives an action instance with `useArchiveAction`. */
export function ArchiveActionDialog({
  connection,
  action,
  instanceKey,
  open: openProp,
  defaultOpen = false,
  onOpenChange,
  trigger,
  onArchived,
  labels: labelsProp,
  ...props
}: ArchiveActionDialogProps) {
  const labels = useLabels(labelsProp)
  const selector = { connection, action, instanceKey }
  const [open, setOpen] = useControllableState(openProp, defaultOpen, onOpenChange)
  // Only while open: after the archive the detail is dropped, and a mounted query would re-create the instance.
  const { data } = useAction(selector, { enabled: open })
  const mutation = useArchiveAction(selector)

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        if (next) mutation.reset()
        setOpen(next)
      }}
    >
      <ActionDialogTrigger trigger={trigger} text={labels.archiveTitle} className="rai-archive-trigger" />
      <ConfirmDialogContent
        title={labels.archiveTitle}
        description={labels.archiveDescription(data?.name ?? action)}
        confirmText={mutation.isPending ? labels.archivePending : labels.archiveConfirm}
        cancelText={labels.cancel}
        error={
          mutation.isError && (
            <DialogError
              title={labels.archiveError}
              message={mutation.error.message || labels.unknownError}
            />
          )
        }
        pending={mutation.isPending}
        status={mutation.status}
        onConfirm={() =>
          mutation.mutate(undefined, {
            onSuccess: () => {
              setOpen(false)
              onArchived?.()
            },
          })
        }
        {...props}
      />
    </Dialog.Root>
  )
}
