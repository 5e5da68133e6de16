import { createElement } from 'react'
import type { ComponentType, ReactElement, ReactNode } from 'react'
import type { ActionSelector } from '../../hooks/types'
import type { ActionsLabels } from '../labels/ActionsLabels'

/** What every action dialog takes: the instance, open state (controlled or not), trigger and labels. */
export interface ActionDialogProps extends ActionSelector {
  /** Whether the dialog is open (controlled). Defaults to uncontrolled. */
  open?: boolean
  /** Whether the dialog starts open when uncontrolled. Defaults to `false`. */
  defaultOpen?: boolean
  /** Called when the dialog opens or closes. */
  onOpenChange?: (open: boolean) => void
  /** A custom trigger element, or `null` for none. Defaults to a button named after the dialog. */
  trigger?: ReactElement | null
  /** Overrides of the labels from `ActionsLabelsProvider`. Defaults to none. */
  labels?: Partial<ActionsLabels>
}

/** The props of a drop-in dialog that its root takes; `trigger` and the rest go to the trigger and the content. */
export type DialogRootPart = Omit<ActionDialogProps, 'trigger'>

/** Splits a drop-in dialog's props into its root's (`DialogRootPart`) and the rest. */
export function splitDialogProps<T extends ActionDialogProps>(
  props: T,
): [DialogRootPart, Omit<T, keyof ActionDialogProps>] {
  const {
    connection,
    action,
    instanceKey,
    open,
    defaultOpen,
    onOpenChange,
    labels,
    trigger: _trigger,
    ...rest
  } = props
  return [{ connection, action, instanceKey, open, defaultOpen, onOpenChange, labels }, rest]
}

/** A drop-in dialog's trigger: `Trigger` itself (the built-in button), wrapping your element with `asChild`, or none for `null`. */
export function dropInTrigger(
  trigger: ReactElement | null | undefined,
  Trigger: ComponentType<{ asChild?: boolean; children?: ReactNode }>,
): ReactNode {
  if (trigger === null) return null
  return trigger === undefined ? createElement(Trigger) : createElement(Trigger, { asChild: true }, trigger)
}
