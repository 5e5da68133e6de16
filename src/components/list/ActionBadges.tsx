import { clsx } from 'clsx'
import type { HTMLAttributes } from 'react'
import type { ActionInstance } from '../../types'
import type { ActionsLabels } from '../labels/ActionsLabels'
import { useLabels } from '../labels/useLabels'

/** Props of `ActionBadges`. */
export interface ActionBadgesProps extends HTMLAttributes<HTMLSpanElement> {
  /** The instance whose customized, outdated and error flags are shown. */
  action: Pick<ActionInstance, 'isCustomized' | 'isOutdated' | 'state'>
  /** Overrides of the labels from `ActionsLabelsProvider`. Defaults to none. */
  labels?: Partial<ActionsLabels>
}

/** Small text badges for a customized, outdated or failing action instance; renders nothing when there is none. */
export function ActionBadges({ labels: labelsProp, ...props }: ActionBadgesProps) {
  return renderActionBadges(props, useLabels(labelsProp))
}

/**
 * The badges' markup as a plain function, so a list row can include it without adding a component to render.
 */
export function renderActionBadges(
  { action, className, ...props }: Omit<ActionBadgesProps, 'labels'>,
  labels: ActionsLabels,
) {
  const errorState =
    action.state === 'SETUP_FAILED' || action.state === 'CONFIGURATION_ERROR' ? action.state : undefined
  if (!action.isCustomized && !action.isOutdated && !errorState) return null
  return (
    <span
      className={clsx('rai-badges', className)}
      data-customized={action.isCustomized ? '' : undefined}
      data-outdated={action.isOutdated ? '' : undefined}
      data-error={errorState && ''}
      {...props}
    >
      {action.isCustomized && (
        <span className="rai-badge" data-badge="customized">
          {labels.badgeCustomized}
        </span>
      )}{' '}
      {action.isOutdated && (
        <span className="rai-badge" data-badge="outdated">
          {labels.badgeOutdated}
        </span>
      )}{' '}
      {errorState && (
        <span className="rai-badge" data-badge="error">
          {labels.badgeStateError(errorState)}
        </span>
      )}
    </span>
  )
}
