import { clsx } from 'clsx'
import type { ButtonHTMLAttributes, MouseEvent } from 'react'
import { useId } from 'react'
import { useAction } from '../../hooks/useAction'
import { useSetupAction } from '../../hooks/useSetupAction'
import type { ActionSelector } from '../../hooks/types'
import type { ActionInstance } from '../../types'
import { composeEventHandlers } from '@radix-ui/primitive'
import { DialogError } from '../dialogs/DialogError'
import type { ActionsLabels } from '../labels/ActionsLabels'
import { useLabels } from '../labels/useLabels'

/** Props of `SetupActionButton`; other props go to the button. */
export interface SetupActionButtonProps extends ActionSelector, ButtonHTMLAttributes<HTMLButtonElement> {
  /** Called with the refreshed instance after a successful setup. */
  onSetupSuccess?: (action: ActionInstance) => void
  /** Overrides of the labels from `ActionsLabelsProvider`. Defaults to none. */
  labels?: Partial<ActionsLabels>
}

/**
 * A button that sets an action instance up again (`useSetupAction`): dependencies re-fetched, dynamic fields
 * recalculated. Highlighted with `data-outdated` and an "Update available" hint when the instance is outdated.
 */
export function SetupActionButton({
  connection,
  action,
  instanceKey,
  onSetupSuccess,
  labels: labelsProp,
  className,
  onClick,
  ...props
}: SetupActionButtonProps) {
  const labels = useLabels(labelsProp)
  const hintId = useId()
  const selector = { connection, action, instanceKey }
  const { data } = useAction(selector)
  const mutation = useSetupAction(selector)
  const outdated = data?.isOutdated === true
  const run = (_event: MouseEvent<HTMLButtonElement>) => {
    // aria-disabled (not disabled) keeps focus on the button; the guard stops a second request.
    if (mutation.isPending) return
    mutation.mutate(undefined, { onSuccess: (next) => onSetupSuccess?.(next) })
  }
  return (
    <span
      className="rai-setup"
      data-state={mutation.isIdle ? 'idle' : mutation.status}
      data-outdated={outdated ? '' : undefined}
    >
      <button
        type="button"
        className={clsx('rai-button rai-setup-button', className)}
        data-state={mutation.status}
        data-outdated={outdated ? '' : undefined}
        // Prominent only when there is something to refresh; otherwise a quiet maintenance action.
        data-variant={outdated ? 'primary' : 'ghost'}
        aria-disabled={mutation.isPending || undefined}
        aria-describedby={outdated ? hintId : undefined}
        onClick={composeEventHandlers(onClick, run)}
        {...props}
      >
        {mutation.isPending ? labels.setupPending : labels.setupButton}
      </button>
      {outdated && (
        <span id={hintId} className="rai-setup-hint">
          {labels.setupOutdatedHint}
        </span>
      )}
      <span className="rai-visually-hidden" role="status">
        {mutation.isSuccess ? labels.setupDone : ''}
      </span>
      {mutation.isError && (
        <DialogError title={labels.setupError} message={mutation.error.message || labels.unknownError} />
      )}
    </span>
  )
}
