import { useId, useState } from 'react'

/**
 * A history entry's disclosure: whether its details are shown, their element's id, and the props of the ghost
 * button that shows and hides them (`aria-expanded`, and `aria-controls` while the details exist).
 */
export function useEntryDisclosure() {
  const [expanded, setExpanded] = useState(false)
  const panelId = useId()
  const toggleProps = {
    type: 'button',
    className: 'rai-button rai-history-toggle',
    'data-variant': 'ghost',
    'aria-expanded': expanded,
    'aria-controls': expanded ? panelId : undefined,
    onClick: () => setExpanded((open) => !open),
  } as const
  return { expanded, panelId, toggleProps }
}
