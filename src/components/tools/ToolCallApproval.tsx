import { clsx } from 'clsx'
import { useEffect, useId, useRef, useState } from 'react'
import type { HTMLAttributes } from 'react'
import type { JsonObject } from '../../types'
import type { ToolFormat } from '../../tools/types'
import { ActionInputForm } from '../form/ActionInputForm'
import type { ActionsLabels } from '../labels/ActionsLabels'
import { useLabels } from '../labels/useLabels'
import { withLabels } from '../labels/withLabels'
import { ActionErrorMessage } from '../output/ActionErrorMessage'
import { ActionOutput } from '../output/ActionOutput'
import type { ToolCallEntry } from './useToolCalls'

/** Props of `ToolCallApproval`. */
export interface ToolCallApprovalProps<F extends ToolFormat = ToolFormat> extends Omit<
  HTMLAttributes<HTMLElement>,
  'children'
> {
  /** The call, from `useToolCalls().calls`. */
  call: ToolCallEntry<F>
  /** Called with the (possibly edited, validated) arguments; `alwaysAllow` when the person chose "Always allow this action". */
  onApprove: (args: JsonObject, options: { alwaysAllow: boolean }) => void
  /** Called with the person's reason (`''` for none). */
  onDeny: (reason: string) => void
  /** Overrides of the labels from `ActionsLabelsProvider`. Defaults to none. */
  labels?: Partial<ActionsLabels>
}

/**
 * A model's tool call waiting for a person: the action's form pre-filled with the model's arguments (editable and
 * validated against the action's schema), with Approve, "Always allow this action" (not for destructive actions)
 * and Deny (with an optional reason for the model); then the result. State is in `data-state`: `pending`,
 * `running`, `succeeded`, `failed` or `denied`. `useToolCalls` is its headless path.
 */
export function ToolCallApproval<F extends ToolFormat>(props: ToolCallApprovalProps<F>) {
  const { call, onApprove, onDeny, labels: labelsProp, className, ...rest } = props
  const labels = useLabels(labelsProp)
  const [args, setArgs] = useState(call.arguments)
  const [denying, setDenying] = useState(false)
  const [reason, setReason] = useState('')
  const alwaysAllow = useRef(false)
  const denyButton = useRef<HTMLButtonElement>(null)
  const id = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  const wasDenying = useRef(false)
  // Keyboard users keep their place: back on Deny after cancelling a denial, on the heading once the call is decided.
  useEffect(() => {
    if (wasDenying.current && !denying && call.status === 'pending') denyButton.current?.focus()
    wasDenying.current = denying
  }, [denying, call.status])
  const decided = useRef(call.status !== 'pending')
  useEffect(() => {
    if (call.status === 'pending' || decided.current) return
    decided.current = true
    heading.current?.focus()
  }, [call.status])
  const entry = call.call.entry
  const title = entry?.title ?? call.call.name
  const outcome = call.outcome
  return withLabels(
    labelsProp,
    <article
      className={clsx('rai-tool-call', className)}
      data-state={call.status}
      data-tool={call.call.name}
      aria-labelledby={`${id}-title`}
      {...rest}
    >
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1} className="rai-tool-call-title">
        {labels.toolCallTitle(title)}
      </h3>
      {call.status === 'pending' && entry && !denying ? (
        <ActionInputForm
          connection={entry.target.connection}
          action={entry.target.action}
          instanceKey={entry.target.instanceKey}
          formData={args}
          onChange={setArgs}
          onSubmit={(data, event) => {
            event.preventDefault()
            onApprove(data, { alwaysAllow: alwaysAllow.current })
          }}
        >
          <div className="rai-tool-call-actions">
            <button
              type="submit"
              className="rai-button"
              data-variant="primary"
              onClick={() => (alwaysAllow.current = false)}
            >
              {labels.toolCallApprove}
            </button>
            {call.canAlwaysAllow ? (
              <button type="submit" className="rai-button" onClick={() => (alwaysAllow.current = true)}>
                {labels.toolCallAlwaysAllow}
              </button>
            ) : null}
            <button
              ref={denyButton}
              type="button"
              className="rai-button"
              data-variant="danger"
              onClick={() => setDenying(true)}
            >
              {labels.toolCallDeny}
            </button>
          </div>
        </ActionInputForm>
      ) : null}
      {call.status === 'pending' && denying ? (
        <form
          className="rai-tool-call-deny"
          onSubmit={(event) => {
            event.preventDefault()
            onDeny(reason)
          }}
        >
          <label htmlFor={`${id}-reason`}>{labels.toolCallDenyReason}</label>
          <textarea
            id={`${id}-reason`}
            className="rai-input"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            autoFocus
            rows={2}
          />
          <div className="rai-tool-call-actions">
            <button type="submit" className="rai-button" data-variant="danger">
              {labels.toolCallConfirmDeny}
            </button>
            <button type="button" className="rai-button" onClick={() => setDenying(false)}>
              {labels.cancel}
            </button>
          </div>
        </form>
      ) : null}
      <div role="status" className="rai-tool-call-status">
        {call.status === 'running' ? labels.toolCallRunning : null}
        {call.status === 'succeeded' ? labels.toolCallSucceeded(call.autoApproved) : null}
        {call.status === 'denied' ? labels.toolCallDenied(call.denyReason ?? '') : null}
      </div>
      {call.status === 'succeeded' && outcome?.status === 'success' ? (
        // A group, not a landmark: a page of calls would hold many same-named output regions.
        <ActionOutput output={outcome.output} role="group" />
      ) : null}
      {call.status === 'failed' && outcome?.status === 'error' ? (
        outcome.error ? (
          <ActionErrorMessage error={outcome.error} />
        ) : (
          <div role="alert" className="rai-error">
            <p className="rai-error-title">
              <strong>{labels.toolCallFailed}</strong>
            </p>
            <p className="rai-error-message">{outcome.message}</p>
          </div>
        )
      ) : null}
    </article>,
  )
}
