import type { ReactElement } from 'react'
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
