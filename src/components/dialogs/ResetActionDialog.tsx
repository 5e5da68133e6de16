import type { ReactNode } from 'react'
import { useActionsContext } from '../../hooks/ActionsContext'
import { useResetAction } from '../../hooks/useResetAction'
import type { ActionInstance } from '../../types'
import { actionDrafts, draftKey } from '../form/actionDrafts'
import { countDefaultInputFields } from '../form/countDefaultInputFields'
import { defaultInputOf } from '../internal/instanceFields'
import { splitDialogProps } from './ActionDialogProps'
import type { ActionDialogProps } from './ActionDialogProps'
import {
  ConfirmActionDialog,
  ConfirmDialogContentPart,
  ConfirmDialogRoot,
  ConfirmDialogTrigger,
} from './ConfirmActionDialog'
import type { ConfirmContentProps, ConfirmDialogState } from './ConfirmActionDialog'
import { useActionDialog } from './useActionDialog'
import { useWritePending } from '../internal/useWritePending'

/** Props of `ResetActionDialogRoot`: the instance, open state, labels, the warning's details and the success callback. */
export interface ResetActionDialogRootProps extends Omit<ActionDialogProps, 'trigger'> {
  /** Whether the customer also replaced the input schema (the API does not tell), named in the warning. Defaults to `false`. */
  hasCustomSchema?: boolean
  /** Called with the default instance after a successful reset. */
  onResetSuccess?: (action: ActionInstance) => void
  children?: ReactNode
}

/** Props of `ResetActionDialog`; other props go to the dialog's content element. */
export interface ResetActionDialogProps
  extends ActionDialogProps, Omit<ResetActionDialogRootProps, 'children'>, ConfirmContentProps {}

function useResetDialog({
  hasCustomSchema = false,
  onResetSuccess,
  children: _children,
  ...props
}: ResetActionDialogRootProps): ConfirmDialogState {
  const { labels, selector, open, setOpen, instance, name } = useActionDialog(props, 'ResetActionDialog')
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
  const writePending = useWritePending('reset', selector)
  return {
    open,
    onOpenChange: setOpen,
    triggerClassName: 'rai-reset-trigger',
    title: labels.resetTitle,
    description:
      instance === undefined
        ? labels.loading
        : nothingToErase
          ? labels.resetNothing(name)
          : labels.resetDescription(name, fieldCount, hasCustomSchema),
    confirmText: labels.resetConfirm,
    pendingText: labels.resetPending,
    errorTitle: labels.resetError,
    labels,
    customized: instance?.isCustomized,
    mutation,
    writePending,
  }
}

/**
 * The reset confirmation's root, for composing it from parts: put `ResetActionDialogTrigger` and
 * `ResetActionDialogContent` anywhere inside it.
 * @example
 * <ResetActionDialogRoot connection="hubspot" action="create-contact">
 *   <ResetActionDialogTrigger>Restore defaults</ResetActionDialogTrigger>
 *   <ResetActionDialogContent />
 * </ResetActionDialogRoot>
 */
export function ResetActionDialogRoot(props: ResetActionDialogRootProps) {
  return <ConfirmDialogRoot state={useResetDialog(props)}>{props.children}</ConfirmDialogRoot>
}

/** Opens the reset confirmation: the built-in button, or your element with `asChild`. */
export const ResetActionDialogTrigger = ConfirmDialogTrigger

/** The reset confirmation's content (role `alertdialog`, focus starting on Cancel). */
export const ResetActionDialogContent = ConfirmDialogContentPart

/**
 * A confirmation (role `alertdialog`, focus starting on Cancel) that resets an action instance to its parent
 * action's defaults with `useResetAction`, saying exactly what will be erased.
 */
export function ResetActionDialog({
  trigger,
  hasCustomSchema,
  onResetSuccess,
  ...props
}: ResetActionDialogProps) {
  const [root, content] = splitDialogProps(props)
  const state = useResetDialog({ ...root, hasCustomSchema, onResetSuccess })
  return <ConfirmActionDialog state={state} trigger={trigger} {...content} />
}
