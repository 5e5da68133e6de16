import * as AlertDialog from '@radix-ui/react-alert-dialog'
import { clsx } from 'clsx'
import { createContext, useContext } from 'react'
import type { ReactElement, ReactNode } from 'react'
import type { UseMutationResult } from '@tanstack/react-query'
import type { ActionsApiError } from '../../client/ActionsApiError'
import { ConfirmDialogContent } from './ConfirmDialogContent'
import type { ConfirmDialogContentProps } from './ConfirmDialogContent'
import { DialogError } from './DialogError'
import { dropInTrigger } from './ActionDialogProps'
import type { ActionsLabels } from '../labels/ActionsLabels'

/** What a confirmation shows and runs; its Root provides it to its Trigger and Content parts. */
export interface ConfirmDialogState {
  open: boolean
  onOpenChange(open: boolean): void
  triggerClassName: string
  title: string
  description: string
  confirmText: string
  pendingText: string
  errorTitle: string
  labels: ActionsLabels
  /** Whether the instance is customized, shown as `data-customized` on the content; `undefined` leaves it out. */
  customized?: boolean
  /**
   * The mutation that Confirm runs; it is reset whenever the dialog opens, unless it is still pending. The caller
   * closes the dialog and reports success in the mutation's own `onSuccess`, which fires even if the dialog was
   * closed or unmounted meanwhile.
   */
  mutation: UseMutationResult<unknown, ActionsApiError, void, unknown>
  /** Whether this write to this instance is pending anywhere, such as in a dialog unmounted while it was on its way. */
  writePending: boolean
}

const ConfirmDialogContext = createContext<ConfirmDialogState | null>(null)

function useConfirmDialog(part: string): ConfirmDialogState {
  const state = useContext(ConfirmDialogContext)
  if (!state) throw new Error(`react-action-instances: <${part}> must be inside its dialog's <…Root>`)
  return state
}

/** The Radix alert dialog root of a confirmation, with its state for the parts inside it. */
export function ConfirmDialogRoot({ state, children }: { state: ConfirmDialogState; children?: ReactNode }) {
  const { mutation, writePending, onOpenChange } = state
  return (
    <AlertDialog.Root
      open={state.open}
      onOpenChange={(next) => {
        // A write still pending (the dialog was closed by Escape) stays shown, so Confirm cannot send it twice.
        if (next && !mutation.isPending && !writePending) mutation.reset()
        onOpenChange(next)
      }}
    >
      <ConfirmDialogContext.Provider value={state}>{children}</ConfirmDialogContext.Provider>
    </AlertDialog.Root>
  )
}

/** Props of a confirmation's Trigger part: Radix's trigger props; with no children it is the built-in button. */
export type ConfirmDialogTriggerProps = AlertDialog.AlertDialogTriggerProps

/** Opens the confirmation: the built-in button (named after the dialog), or your element with `asChild`. */
export function ConfirmDialogTrigger({ className, children, asChild, ...props }: ConfirmDialogTriggerProps) {
  const { title, triggerClassName } = useConfirmDialog('…DialogTrigger')
  if (asChild)
    return (
      <AlertDialog.Trigger asChild {...props}>
        {children}
      </AlertDialog.Trigger>
    )
  return (
    <AlertDialog.Trigger type="button" className={clsx('rai-button', triggerClassName, className)} {...props}>
      {children ?? title}
    </AlertDialog.Trigger>
  )
}

/** What the confirmation decides itself; everything else goes to the dialog's content element. */
type ConfirmOwnProps = Pick<
  ConfirmDialogContentProps,
  'title' | 'description' | 'confirmText' | 'cancelText' | 'error' | 'pending' | 'status' | 'onConfirm'
>

/** The content props a confirmation dialog passes through to its content element. */
export type ConfirmContentProps = Omit<ConfirmDialogContentProps, keyof ConfirmOwnProps>

/** The confirmation's content: title, description, the error of a failed attempt, Cancel and Confirm. */
export function ConfirmDialogContentPart(props: ConfirmContentProps) {
  const {
    title,
    description,
    confirmText,
    pendingText,
    errorTitle,
    labels,
    mutation,
    writePending,
    customized,
  } = useConfirmDialog('…DialogContent')
  const pending = mutation.isPending || writePending
  return (
    <ConfirmDialogContent
      title={title}
      description={description}
      confirmText={pending ? pendingText : confirmText}
      cancelText={labels.cancel}
      error={
        mutation.isError && (
          <DialogError title={errorTitle} message={mutation.error.message || labels.unknownError} />
        )
      }
      pending={pending}
      status={pending ? 'pending' : mutation.status}
      onConfirm={() => mutation.mutate()}
      data-customized={customized ? '' : undefined}
      {...props}
    />
  )
}

/** The drop-in confirmation: Root, the trigger (built-in, yours, or none with `null`) and Content. */
export function ConfirmActionDialog({
  state,
  trigger,
  ...props
}: ConfirmContentProps & { state: ConfirmDialogState; trigger: ReactElement | null | undefined }) {
  return (
    <ConfirmDialogRoot state={state}>
      {dropInTrigger(trigger, ConfirmDialogTrigger)}
      <ConfirmDialogContentPart {...props} />
    </ConfirmDialogRoot>
  )
}
