import { clsx } from 'clsx'
import * as Dialog from '@radix-ui/react-dialog'
import { useControllableState } from '@radix-ui/react-use-controllable-state'
import { useState } from 'react'
import type { ReactElement } from 'react'
import type { ActionSelector } from '../../hooks/types'
import { SENSITIVE_MASK } from '../../maskSensitive'
import type { ActionRunLog, ActionRunResponse, JsonObject, JsonValue } from '../../types'
import { ActionInputForm } from '../form/ActionInputForm'
import { nameOf } from '../internal/instanceFields'
import { RunActionButton } from '../form/RunActionButton'
import type { ActionsLabels } from '../labels/ActionsLabels'
import { useLabels } from '../labels/useLabels'
import { withLabels } from '../labels/withLabels'

/** Props of `ReplayRunDialog`; other props go to the dialog's content element. */
export interface ReplayRunDialogProps
  extends ActionSelector, Omit<Dialog.DialogContentProps, 'children' | 'onSubmit'> {
  /** The logged run to replay. */
  log: ActionRunLog
  open?: boolean
  defaultOpen?: boolean
  onOpenChange?: (open: boolean) => void
  /** A custom trigger element, `null` for none. Defaults to a "Replay" button. */
  trigger?: ReactElement | null
  /** Called after the replayed run succeeded; the dialog then closes. */
  onReplaySuccess?: (response: ActionRunResponse, input: JsonObject) => void
  /** Overrides of the labels from `ActionsLabelsProvider`. Defaults to none. */
  labels?: Partial<ActionsLabels>
}

/** The logged input without the values the log masked: the customer types those again. */
function withoutMasked(input: JsonObject): [JsonObject, boolean] {
  let masked = false
  const strip = (value: JsonValue): JsonValue | undefined => {
    if (value === SENSITIVE_MASK) {
      masked = true
      return undefined
    }
    if (Array.isArray(value)) return value.map((item) => strip(item) ?? null)
    if (typeof value !== 'object' || value === null) return value
    const copy: JsonObject = {}
    for (const [key, item] of Object.entries(value)) {
      const kept = strip(item)
      if (kept !== undefined) copy[key] = kept
    }
    return copy
  }
  const result = strip(input)
  return [typeof result === 'object' && result !== null && !Array.isArray(result) ? result : {}, masked]
}

/**
 * Replays a logged run: a dialog whose input form holds the run's logged input, so the customer confirms the
 * replay and may edit the input first. The run goes through the form (`useRunAction`), so its log joins the cached
 * run logs without a refetch.
 */
export function ReplayRunDialog({
  log,
  connection,
  action,
  instanceKey,
  open: openProp,
  defaultOpen = false,
  onOpenChange,
  trigger,
  onReplaySuccess,
  labels: labelsProp,
  className,
  ...props
}: ReplayRunDialogProps) {
  const labels = useLabels(labelsProp)
  const [open, setOpen] = useControllableState({
    prop: openProp,
    defaultProp: defaultOpen,
    onChange: onOpenChange,
    caller: 'ReplayRunDialog',
  })
  const [logged, hasMasked] = withoutMasked(log.input)
  const [input, setInput] = useState(logged)
  const selector = { connection, action, instanceKey }
  return withLabels(
    labelsProp,
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        if (next) setInput(logged)
        setOpen(next)
      }}
    >
      {trigger === null ? null : trigger !== undefined ? (
        <Dialog.Trigger asChild>{trigger}</Dialog.Trigger>
      ) : (
        <Dialog.Trigger type="button" className="rai-button rai-replay-trigger">
          {labels.replayButton}
        </Dialog.Trigger>
      )}
      <Dialog.Portal>
        <Dialog.Overlay className="rai-dialog-overlay" />
        <Dialog.Content className={clsx('rai-dialog rai-replay', className)} {...props}>
          <Dialog.Title className="rai-dialog-title">
            {labels.replayTitle(log.name || nameOf(log.action))}
          </Dialog.Title>
          <Dialog.Description className="rai-dialog-description">
            {labels.replayDescription(log.createdAt, hasMasked)}
          </Dialog.Description>
          <ActionInputForm
            {...selector}
            formData={input}
            onChange={setInput}
            onRunSuccess={(response, ran) => {
              setOpen(false)
              onReplaySuccess?.(response, ran)
            }}
          >
            <div className="rai-dialog-actions">
              <Dialog.Close type="button" className="rai-button">
                {labels.cancel}
              </Dialog.Close>
              <RunActionButton {...selector}>{labels.replayRun}</RunActionButton>
            </div>
          </ActionInputForm>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>,
  )
}
