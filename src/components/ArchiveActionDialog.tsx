import * as Dialog from '@radix-ui/react-dialog'
import { useAction } from '../hooks/useAction'
import { useArchiveAction } from '../hooks/useArchiveAction'
import type { ActionDialogProps } from './ActionDialogProps'
import { ActionDialogTrigger } from './ActionDialogTrigger'
import { ConfirmDialogContent } from './ConfirmDialogContent'
import type { ConfirmDialogContentProps } from './ConfirmDialogContent'
import { DialogError } from './DialogError'
import { useLabels } from './labels/useLabels'
import { useControllableState } from './useControllableState'

type ContentProps = Omit<
  ConfirmDialogContentProps,
  'title' | 'description' | 'confirmText' | 'cancelText' | 'error' | 'pending' | 'status' | 'onConfirm'
>

/** Props of `ArchiveActionDialog`; other props go to the dialog's content element. */
export interface ArchiveActionDialogProps extends ActionDialogProps, ContentProps {
  /** Called after the instance was archived. */
  onArchived?: () => void
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
