import type { ReactNode } from 'react'
import { useArchiveAction } from '../../hooks/useArchiveAction'
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

/** Props of `ArchiveActionDialogRoot`: the instance, open state, labels and the success callback. */
export interface ArchiveActionDialogRootProps extends Omit<ActionDialogProps, 'trigger'> {
  /** Called after the instance was archived. */
  onArchiveSuccess?: () => void
  children?: ReactNode
}

/** Props of `ArchiveActionDialog`; other props go to the dialog's content element. */
export interface ArchiveActionDialogProps
  extends ActionDialogProps, Omit<ArchiveActionDialogRootProps, 'children'>, ConfirmContentProps {}

function useArchiveDialog({
  onArchiveSuccess,
  children: _children,
  ...props
}: ArchiveActionDialogRootProps): ConfirmDialogState {
  const { labels, selector, open, setOpen, name } = useActionDialog(props, 'ArchiveActionDialog', {
    readWhileClosed: false,
  })
  // The write's own onSuccess: it fires once per archive, even if the dialog was closed or unmounted meanwhile.
  const mutation = useArchiveAction(selector, {
    onSuccess: () => {
      setOpen(false)
      onArchiveSuccess?.()
    },
  })
  const writePending = useWritePending('archive', selector)
  return {
    open,
    onOpenChange: setOpen,
    triggerClassName: 'rai-archive-trigger',
    title: labels.archiveTitle,
    description: labels.archiveDescription(name),
    confirmText: labels.archiveConfirm,
    pendingText: labels.archivePending,
    errorTitle: labels.archiveError,
    labels,
    mutation,
    writePending,
  }
}

/**
 * The archive confirmation's root, for composing it from parts: put `ArchiveActionDialogTrigger` and
 * `ArchiveActionDialogContent` anywhere inside it.
 * @example
 * <ArchiveActionDialogRoot connection="hubspot" action="create-contact">
 *   <Menu><ArchiveActionDialogTrigger asChild><MenuItem>Archive…</MenuItem></ArchiveActionDialogTrigger></Menu>
 *   <ArchiveActionDialogContent className="my-dialog" />
 * </ArchiveActionDialogRoot>
 */
export function ArchiveActionDialogRoot(props: ArchiveActionDialogRootProps) {
  return <ConfirmDialogRoot state={useArchiveDialog(props)}>{props.children}</ConfirmDialogRoot>
}

/** Opens the archive confirmation: the built-in button, or your element with `asChild`. */
export const ArchiveActionDialogTrigger = ConfirmDialogTrigger

/** The archive confirmation's content (role `alertdialog`, focus starting on Cancel). */
export const ArchiveActionDialogContent = ConfirmDialogContentPart

/** A confirmation (role `alertdialog`, focus starting on Cancel) that archives an action instance with `useArchiveAction`. */
export function ArchiveActionDialog({ trigger, onArchiveSuccess, ...props }: ArchiveActionDialogProps) {
  const [root, content] = splitDialogProps(props)
  const state = useArchiveDialog({ ...root, onArchiveSuccess })
  return <ConfirmActionDialog state={state} trigger={trigger} {...content} />
}
