import { useControllableState } from '@radix-ui/react-use-controllable-state'
import { useAction } from '../../hooks/useAction'
import { nameOf } from '../internal/instanceFields'
import { useLabels } from '../labels/useLabels'
import type { ActionDialogProps } from './ActionDialogProps'

/**
 * What every action dialog starts with: its labels, the selector, its open state (controlled or not, through
 * Radix's `useControllableState`) and the instance with the name to show. `readWhileClosed: false` reads the
 * instance only while the dialog is open (when it needs nothing but the name).
 */
export function useActionDialog(
  props: Pick<
    ActionDialogProps,
    'connection' | 'action' | 'instanceKey' | 'open' | 'defaultOpen' | 'onOpenChange' | 'labels'
  >,
  caller: string,
  { readWhileClosed = true }: { readWhileClosed?: boolean } = {},
) {
  const { connection, action, instanceKey } = props
  const labels = useLabels(props.labels)
  const selector = { connection, action, instanceKey }
  const [open, setOpen] = useControllableState({
    prop: props.open,
    defaultProp: props.defaultOpen ?? false,
    onChange: props.onOpenChange,
    caller,
  })
  const { data: instance } = useAction(selector, { enabled: readWhileClosed || open })
  return { labels, selector, open, setOpen, instance, name: instance ? nameOf(instance) : action }
}
