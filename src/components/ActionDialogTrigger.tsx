import * as Dialog from '@radix-ui/react-dialog'
import type { ReactElement } from 'react'

/** Props of `ActionDialogTrigger`. */
export interface ActionDialogTriggerProps {
  /** A custom trigger element, `null` for none, or `undefined` for the built-in button. */
  trigger: ReactElement | null | undefined
  /** Text of the built-in button. */
  text: string
  /** Extra class of the built-in button. */
  className?: string
}

/** The trigger of a dialog: the built-in button, the user's element (via `asChild`) or nothing. */
export function ActionDialogTrigger({ trigger, text, className }: ActionDialogTriggerProps) {
  if (trigger === null) return null
  if (trigger !== undefined) return <Dialog.Trigger asChild>{trigger}</Dialog.Trigger>
  return (
    <Dialog.Trigger type="button" className={className ? `rai-button ${className}` : 'rai-button'}>
      {text}
    </Dialog.Trigger>
  )
}
