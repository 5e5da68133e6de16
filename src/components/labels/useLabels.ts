import { useContext, useMemo } from 'react'
import type { ActionsLabels } from './ActionsLabels'
import { LabelsContext } from './ActionsLabelsProvider'

/**
 * The labels in effect: the nearest `ActionsLabelsProvider`'s, with a component's own `labels` prop merged over them.
 * @example
 * const labels = useLabels(props.labels)
 */
export function useLabels(override?: Partial<ActionsLabels>): ActionsLabels {
  const labels = useContext(LabelsContext)
  return useMemo(() => (override ? { ...labels, ...override } : labels), [labels, override])
}
