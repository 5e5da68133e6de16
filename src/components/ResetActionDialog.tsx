import * as Dialog from '@radix-ui/react-dialog'
import { useAction } from '../hooks/useAction'
import { useResetAction } from '../hooks/useResetAction'
import type { ActionInstance } from '../types'
import type { ActionDialogProps } from './ActionDialogProps'
import { ActionDialogTrigger } from './ActionDialogTrigger'
import { ConfirmDialogContent } from './ConfirmDialogContent'
import type { ConfirmDialogContentProps } from './ConfirmDialogContent'
import { countDefaultInputFields } from './countDefaultInputFields'
import { DialogError } from './DialogError'
import { useLabels } from './labels/useLabels'
import { useControllableState } from './useControllableState'

type ContentProps = Omit<ConfirmDialogContentProps, keyof ConfirmOwnProps>
type ConfirmOwnProps = Pick<
  ConfirmDialogContentProps,
  'title' | 'description' | 'confirmText' | 'cancelText' | 'error' | 'pending' | 'status' | 'onConfirm'
>

/** Props of `ResetActionDialog`; other props go to the dialog's content element. */
export interface ResetActionDialogProps extends ActionDialogProps, ContentProps {
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
  defaultOpen = false,
  onOpenChange,
  trigger,
  hasCustomSchema = false,
  onResetSuccess,
  labels: labelsProp,
  ...props
}: ResetActionDialogProps) {
  const labels = useLabels(labelsProp)
  const selector = { connection, action, instanceKey }
  const [open, setOpen] = useControllableState(openProp, defaultOpen, onOpenChange)
  const { data } = useAction(selector)
  const mutation = useResetAction(selector)
  const name = data?.name ?? action
  const fieldCount = countDefaultInputFields(data?.config.defaultInput)
  const nothingToErase = data !== undefined && !data.isCustomized && fieldCount === 0

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        if (next) mutation.reset()
        setOpen(next)
      }}
    >
      <ActionDialogTrigger trigger={trigger} text={labels.resetTitle} className="rai-reset-trigger" />
      <ConfirmDialogContent
        title={labels.resetTitle}
        description={
          data === undefined
            ? labels.loading
            : nothingToErase
              ? labels.resetNothing(name)
              : labels.resetDescription(name, fieldCount, hasCustomSchema)
        }
        confirmText={mutation.isPending ? labels.resetPending : labels.resetConfirm}
        cancelText={labels.cancel}
        error={
          mutation.isError && (
            <DialogError title={labels.resetError} message={mutation.error.message || labels.unknownError} />
          )
        }
        pending={mutation.isPending}
        status={mutation.status}
        data-customized={data?.isCustomized ? '' : undefined}
        onConfirm={() =>
          mutation.mutate(undefined, {
            onSuccess: (next) => {
              setOpen(false)
              onResetSuccess?.(next)
            },
          })
        }
        {...props}
      />
    </Dialog.Root>
  )
}
