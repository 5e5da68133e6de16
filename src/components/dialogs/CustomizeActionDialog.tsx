import { clsx } from 'clsx'
import * as Dialog from '@radix-ui/react-dialog'
import { createContext, useContext } from 'react'
import type { ReactNode } from 'react'
import type { UseMutationResult } from '@tanstack/react-query'
import type { ActionsApiError } from '../../client/ActionsApiError'
import { usePatchAction } from '../../hooks/usePatchAction'
import type { ActionInstance, PatchActionInstance } from '../../types'
import { withLabels } from '../labels/withLabels'
import { dropInTrigger, splitDialogProps } from './ActionDialogProps'
import type { ActionDialogProps } from './ActionDialogProps'
import { CustomizeActionForm } from './CustomizeActionForm'
import { useActionDialog } from './useActionDialog'

/** Props of `CustomizeActionDialogRoot`: the instance, open state, labels and the success callback. */
export interface CustomizeActionDialogRootProps extends Omit<ActionDialogProps, 'trigger'> {
  /** Called with the customized instance after a successful save. */
  onCustomizeSuccess?: (action: ActionInstance) => void
  children?: ReactNode
}

/** Props of `CustomizeActionDialogContent`: the dialog's content element. */
export type CustomizeActionDialogContentProps = Omit<Dialog.DialogContentProps, 'children' | 'onSubmit'>

/** Props of `CustomizeActionDialog`; other props go to the dialog's content element. */
export interface CustomizeActionDialogProps
  extends
    ActionDialogProps,
    Omit<CustomizeActionDialogRootProps, 'children'>,
    CustomizeActionDialogContentProps {}

type CustomizeState = ReturnType<typeof useActionDialog> & {
  patch: UseMutationResult<ActionInstance, ActionsApiError, PatchActionInstance, unknown>
}

const CustomizeContext = createContext<CustomizeState | null>(null)

function useCustomizeState(part: string): CustomizeState {
  const state = useContext(CustomizeContext)
  if (!state) throw new Error(`react-action-instances: <${part}> must be inside <CustomizeActionDialogRoot>`)
  return state
}

/**
 * The customize dialog's root, for composing it from parts: put `CustomizeActionDialogTrigger` and
 * `CustomizeActionDialogContent` anywhere inside it. It owns the save and reports it in the write's own
 * onSuccess: once per save, even if the dialog was closed by Escape while it was pending.
 */
export function CustomizeActionDialogRoot({
  onCustomizeSuccess,
  children,
  ...props
}: CustomizeActionDialogRootProps) {
  const dialog = useActionDialog(props, 'CustomizeActionDialog')
  const { selector, setOpen } = dialog
  const patch = usePatchAction(selector, {
    onSuccess: (next) => {
      setOpen(false)
      onCustomizeSuccess?.(next)
    },
  })
  return withLabels(
    props.labels,
    <Dialog.Root
      open={dialog.open}
      onOpenChange={(next) => {
        if (next && !patch.isPending) patch.reset()
        setOpen(next)
      }}
    >
      <CustomizeContext.Provider value={{ ...dialog, patch }}>{children}</CustomizeContext.Provider>
    </Dialog.Root>,
  )
}

/** Opens the customize dialog: the built-in button (named after the dialog), or your element with `asChild`. */
export function CustomizeActionDialogTrigger({
  className,
  children,
  asChild,
  ...props
}: Dialog.DialogTriggerProps) {
  const { labels } = useCustomizeState('CustomizeActionDialogTrigger')
  if (asChild)
    return (
      <Dialog.Trigger asChild {...props}>
        {children}
      </Dialog.Trigger>
    )
  return (
    <Dialog.Trigger type="button" className={clsx('rai-button rai-customize-trigger', className)} {...props}>
      {children ?? labels.customizeTitle}
    </Dialog.Trigger>
  )
}

/** The customize dialog's content: the default-input editor with Save and Cancel. */
export function CustomizeActionDialogContent({ className, ...props }: CustomizeActionDialogContentProps) {
  const { labels, selector, instance, name, patch } = useCustomizeState('CustomizeActionDialogContent')
  const customized = instance?.isCustomized ? '' : undefined
  return (
    <Dialog.Portal>
      <Dialog.Overlay className="rai-dialog-overlay" />
      <Dialog.Content
        className={clsx('rai-dialog rai-customize', className)}
        data-customized={customized}
        {...props}
      >
        <Dialog.Title className="rai-dialog-title">{labels.customizeTitle}</Dialog.Title>
        <Dialog.Description className="rai-dialog-description">
          {labels.customizeDescription(name)}
        </Dialog.Description>
        <p className="rai-dialog-status" data-customized={customized}>
          {instance?.isCustomized ? labels.customizeIsCustomized : labels.customizeIsDefault}
        </p>
        {instance ? (
          <CustomizeActionForm selector={selector} instance={instance} labels={labels} patch={patch} />
        ) : (
          <p role="status">{labels.loading}</p>
        )}
      </Dialog.Content>
    </Dialog.Portal>
  )
}

/**
 * A dialog that edits the customer's default input of an action (the instance's input form without `required`)
 * and saves it with `usePatchAction`. A failed save keeps the edits and shows the error.
 */
export function CustomizeActionDialog({ trigger, onCustomizeSuccess, ...props }: CustomizeActionDialogProps) {
  const [root, content] = splitDialogProps(props)
  return (
    <CustomizeActionDialogRoot {...root} onCustomizeSuccess={onCustomizeSuccess}>
      {dropInTrigger(trigger, CustomizeActionDialogTrigger)}
      <CustomizeActionDialogContent {...content} />
    </CustomizeActionDialogRoot>
  )
}
