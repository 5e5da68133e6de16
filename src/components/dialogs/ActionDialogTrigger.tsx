import * as AlertDialog from '@radix-ui/react-alert-dialog'
import * as Dialog from '@radix-ui/react-dialog'
import { clsx } from 'clsx'
import type { ReactElement } from 'react'

/** Props of `ActionDialogTrigger`. */
export interface ActionDialogTriggerProps {
  /** A custom trigger element, `null` for none, or `undefined` for the built-in button. */
  trigger: ReactElement | null | undefined
  /** Text of the built-in button. */
  text: string
  /** Extra class of the built-in button. */
  className?: string
  /** Whether the dialog is an alert dialog (its trigger is Radix's `AlertDialog.Trigger`). */
  alert?: boolean
}

/** The trigger of a dialog: the built-in button, the user's element (via `asChild`) or nothing. */
export function ActionDialogTrigger({ trigger, text, className, alert = false }: ActionDialogTriggerProps) {
  const Trigger = alert ? AlertDialog.Trigger : Dialog.Trigger
  if (trigger === null) return null
  if (trigger !== undefined) return <Trigger asChild>{trigger}</Trigger>
  return (
    <Trigger type="button" className={clsx('rai-button', className)}>
      {text}
    </Trigger>
  )
}
