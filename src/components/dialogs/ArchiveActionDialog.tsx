import { useArchiveAction } from '../../hooks/useArchiveAction'
import type { ActionDialogProps } from './ActionDialogProps'
import { ConfirmActionDialog } from './ConfirmActionDialog'
import type { ConfirmContentProps } from './ConfirmActionDialog'
import { useActionDialog } from './useActionDialog'

/** Props of `ArchiveActionDialog`; other props go to the dialog's content element. */
export interface ArchiveActionDialogProps extends ActionDialogProps, ConfirmContentProps {
  /** Called after the instance was archived. */
  onArchiveSuccess?: () => void
}

/** A confirmation (role `alertdialog`, focus starting on Cancel) that archives an action instance with `useArchiveAction`. */
export function ArchiveActionDialog({
  connection,
  action,
  instanceKey,
  open: openProp,
  defaultOpen,
  onOpenChange,
  trigger,
  onArchiveSuccess,
  labels: labelsProp,
  ...props
}: ArchiveActionDialogProps) {
  const { labels, selector, open, setOpen, name } = useActionDialog(
    { connection, action, instanceKey, open: openProp, defaultOpen, onOpenChange, labels: labelsProp },
    'ArchiveActionDialog',
    { readWhileClosed: false },
  )
  // The write's own onSuccess: it fires once per archive, even if the dialog was closed or unmounted meanwhile.
  const mutation = useArchiveAction(selector, {
    onSuccess: () => {
      setOpen(false)
      onArchiveSuccess?.()
    },
  })

  return (
    <ConfirmActionDialog
      open={open}
      onOpenChange={setOpen}
      trigger={trigger}
      triggerClassName="rai-archive-trigger"
      title={labels.archiveTitle}
      description={labels.archiveDescription(name)}
      confirmText={labels.archiveConfirm}
      pendingText={labels.archivePending}
      errorTitle={labels.archiveError}
      labels={labels}
      mutation={mutation}
      {...props}
    />
  )
}
