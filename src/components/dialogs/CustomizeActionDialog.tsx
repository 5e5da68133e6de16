import { clsx } from 'clsx'
import * as Dialog from '@radix-ui/react-dialog'
import { usePatchAction } from '../../hooks/usePatchAction'
import type { ActionInstance } from '../../types'
import type { ActionDialogProps } from './ActionDialogProps'
import { ActionDialogTrigger } from './ActionDialogTrigger'
import { CustomizeActionForm } from './CustomizeActionForm'
import { useActionDialog } from './useActionDialog'

/** Props of `CustomizeActionDialog`; other props go to the dialog's content element. */
export interface CustomizeActionDialogProps
  extends ActionDialogProps, Omit<Dialog.DialogContentProps, 'children' | 'onSubmit'> {
  /** Called with the customized instance after a successful save. */
  onCustomizeSuccess?: (action: ActionInstance) => void
}

/**
 * A dialog that edits the customer's default input of an action (the instance's input form without `required`)
 * and saves it with `usePatchAction`. A failed save keeps the edits and shows the error.
 */
export function CustomizeActionDialog({
  connection,
  action,
  instanceKey,
  open: openProp,
  defaultOpen,
  onOpenChange,
  trigger,
  onCustomizeSuccess,
  labels: labelsProp,
  className,
  ...props
}: CustomizeActionDialogProps) {
  const { labels, selector, open, setOpen, instance, name } = useActionDialog(
    { connection, action, instanceKey, open: openProp, defaultOpen, onOpenChange, labels: labelsProp },
    'CustomizeActionDialog',
  )
  // The dialog (not its body) owns the save, and reports it in the write's own onSuccess: once per save, even if
  // the dialog was closed by Escape while it was pending.
  const patch = usePatchAction(selector, {
    onSuccess: (next) => {
      setOpen(false)
      onCustomizeSuccess?.(next)
    },
  })

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        if (next && !patch.isPending) patch.reset()
        setOpen(next)
      }}
    >
      <ActionDialogTrigger trigger={trigger} text={labels.customizeTitle} className="rai-customize-trigger" />
      <Dialog.Portal>
        <Dialog.Overlay className="rai-dialog-overlay" />
        <Dialog.Content
          className={clsx('rai-dialog rai-customize', className)}
          data-customized={instance?.isCustomized ? '' : undefined}
          {...props}
        >
          <Dialog.Title className="rai-dialog-title">{labels.customizeTitle}</Dialog.Title>
          <Dialog.Description className="rai-dialog-description">
            {labels.customizeDescription(name)}
          </Dialog.Description>
          <p className="rai-dialog-status" data-customized={instance?.isCustomized ? '' : undefined}>
            {instance?.isCustomized ? labels.customizeIsCustomized : labels.customizeIsDefault}
          </p>
          {instance ? (
            <CustomizeActionForm
              selector={selector}
              instance={instance}
              labels={labels}
              labelsProp={labelsProp}
              patch={patch}
            />
          ) : (
            <p role="status">{labels.loading}</p>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
