import { useResetAction } from '../../hooks/useResetAction'
import type { ActionInstance } from '../../types'
import type { ActionDialogProps } from './ActionDialogProps'
import { ConfirmActionDialog } from './ConfirmActionDialog'
import type { ConfirmContentProps } from './ConfirmActionDialog'
import { useActionsContext } from '../../hooks/ActionsContext'
import { actionDrafts, draftKey } from '../form/actionDrafts'
import { countDefaultInputFields } from '../form/countDefaultInputFields'
import { defaultInputOf } from '../internal/instanceFields'
import { useActionDialog } from './useActionDialog'

/** Props of `ResetActionDialog`; other props go to the dialog's content element. */
export interface ResetActionDialogProps extends ActionDialogProps, ConfirmContentProps {
  /** Whether the customer also replaced the input schema (the API does not tell), named in the warning. Defaults to `false`. */
  hasCustomSchema?: boolean
  /** Called with the default instance after a successful reset. */
  onResetSuccess?: (action: ActionInstance) => void
}

/**
 * A confirmation (role `alertdialog`, focus starting on Cancel) that resets an action instance to its parent
 * action's defaults with `useResetAction`, saying exactly what will be erased.
 */
export function ResetActionDialog({
  connection,
  action,
  instanceKey,
  open: openProp,
  defaultOpen,
  onOpenChange,
  trigger,
  hasCustomSchema = false,
  onResetSuccess,
  labels: labelsProp,
  ...props
}: ResetActionDialogProps) {
  const { labels, selector, open, setOpen, instance, name } = useActionDialog(
    { connection, action, instanceKey, open: openProp, defaultOpen, onOpenChange, labels: labelsProp },
    'ResetActionDialog',
  )
  const { queryClient } = useActionsContext('ResetActionDialog')
  // The write's own onSuccess: it fires once per reset, even if the dialog was closed or unmounted meanwhile.
  const mutation = useResetAction(selector, {
    onSuccess: (next) => {
      actionDrafts(queryClient).delete(draftKey(selector))
      setOpen(false)
      onResetSuccess?.(next)
    },
  })
  const fieldCount = countDefaultInputFields(defaultInputOf(instance))
  const nothingToErase = instance !== undefined && !instance.isCustomized && fieldCount === 0

  return (
    <ConfirmActionDialog
      open={open}
      onOpenChange={setOpen}
      trigger={trigger}
      triggerClassName="rai-reset-trigger"
      title={labels.resetTitle}
      description={
        instance === undefined
          ? labels.loading
          : nothingToErase
            ? labels.resetNothing(name)
            : labels.resetDescription(name, fieldCount, hasCustomSchema)
      }
      confirmText={labels.resetConfirm}
      pendingText={labels.resetPending}
      errorTitle={labels.resetError}
      labels={labels}
      mutation={mutation}
      data-customized={instance?.isCustomized ? '' : undefined}
      {...props}
    />
  )
}
