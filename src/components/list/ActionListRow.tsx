import { memo } from 'react'
import type { ActionInstance } from '../../types'
import { renderActionBadges } from './ActionBadges'
import type { ActionsLabels } from '../labels/ActionsLabels'
import { nameOf } from '../internal/instanceFields'

/** Props of `ActionListRow`; every callback must be stable for the memoization to hold. */
export interface ActionListRowProps {
  action: ActionInstance
  optionId: string
  selected: boolean
  /** The row that takes Tab focus (roving tabindex). */
  active: boolean
  labels: ActionsLabels
  onSelect(action: ActionInstance): void
  onActivate(action: ActionInstance): void
  onPrefetch(action: ActionInstance): void
}

/**
 * One option of `ActionList`. Memoized over the instance object: React Query's structural sharing keeps unchanged
 * instances identical between pages and refetches, so patching one action re-renders only its row.
 */
export const ActionListRow = memo(function ActionListRow({
  action,
  optionId,
  selected,
  active,
  labels,
  onSelect,
  onActivate,
  onPrefetch,
}: ActionListRowProps) {
  return (
    <div
      role="option"
      id={optionId}
      className="rai-list-option"
      aria-selected={selected}
      tabIndex={active ? 0 : -1}
      data-action-id={action.id}
      data-selected={selected ? '' : undefined}
      data-active={active ? '' : undefined}
      data-customized={action.isCustomized ? '' : undefined}
      data-outdated={action.isOutdated ? '' : undefined}
      onClick={() => onSelect(action)}
      onFocus={() => {
        onActivate(action)
        onPrefetch(action)
      }}
      onMouseEnter={() => onPrefetch(action)}
    >
      {/* The spaces keep the parts apart in the option's accessible name. */}
      <span className="rai-list-option-name">{nameOf(action)}</span>{' '}
      <span className="rai-list-option-type">{labels.actionType(action.type)}</span>{' '}
      {renderActionBadges({ action }, labels)}
    </div>
  )
})
