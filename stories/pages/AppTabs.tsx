import { useRef } from 'react'
import type { KeyboardEvent } from 'react'

/** One tab of `AppTabs`. */
export interface AppTab {
  /** The connection key, also the tab's value. */
  key: string
  /** The app's name shown on the tab. */
  name: string
}

/** Props of `AppTabs`. */
export interface AppTabsProps {
  /** The tabs, in order. */
  tabs: readonly AppTab[]
  /** The key of the selected tab. */
  selected: string
  /** Called with a tab's key when it is chosen (click or arrow keys: tabs activate on focus). */
  onSelect: (key: string) => void
  /** The tablist's accessible name. */
  label: string
  /** Builds the id of a tab from its key, so the panel can point back at it. */
  tabId: (key: string) => string
  /** The id of the panel every tab controls. */
  panelId: string
}

const moves: { [key: string]: (index: number, count: number) => number } = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
}

/** A WAI-ARIA tablist of the connected apps: roving tabindex, arrow keys wrap, Home/End jump. */
export function AppTabs({ tabs, selected, onSelect, label, tabId, panelId }: AppTabsProps) {
  const listRef = useRef<HTMLDivElement>(null)
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = moves[event.key]
    if (!move) return
    event.preventDefault()
    const next = move(
      tabs.findIndex((tab) => tab.key === selected),
      tabs.length,
    )
    const tab = tabs[next]
    if (!tab) return
    onSelect(tab.key)
    listRef.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus()
  }
  return (
    <div ref={listRef} role="tablist" aria-label={label} className="settings-tabs" onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.key}
          type="button"
          role="tab"
          id={tabId(tab.key)}
          aria-selected={tab.key === selected}
          aria-controls={panelId}
          tabIndex={tab.key === selected ? 0 : -1}
          className="settings-tab"
          onClick={() => onSelect(tab.key)}
        >
          {tab.name}
        </button>
      ))}
    </div>
  )
}
