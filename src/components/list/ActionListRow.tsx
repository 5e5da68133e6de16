import { memo } from 'react'
import type { ActionInstance } from '../../types'
import { renderActionBadges } from './ActionBadges'
import type { ActionsLabels } from '../labels/ActionsLabels'
import { nameOf } from '../internal/instanceFields'

/** Props of `ActionListRow`; every callback must be stable for the memoization to hold. */
export interface ActionListRowProps {
  action: ActionInstance
  /** The row's position in the whole list (0-based), also its `data-index` for the virtualizer. */
  index: number
  /** The number of rows in the whole list, or -1 while more pages may follow. */
  setSize: number
  /** The row's offset from the top of the list, in pixels. */
  start: number
  /** Measures the rendered row for the virtualizer; stable. */
  measureRef(element: HTMLElement | null): void
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
  index,
  setSize,
  start,
  measureRef,
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
      ref={measureRef}
      role="option"
      id={optionId}
      className="rai-list-option"
      style={{ transform: `translateY(${start}px)` }}
      data-index={index}
      aria-posinset={index + 1}
      aria-setsize={setSize}
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
      {action.type !== undefined && (
        <span className="rai-list-option-type">{labels.actionType(action.type)}</span>
      )}{' '}
      {renderActionBadges({ action }, labels)}
    </div>
  )
})
