import { useCallback } from 'react'
import {
  defaultRangeExtractor,
  elementScroll,
  measureElement,
  observeElementOffset,
  observeElementRect,
  useVirtualizer,
} from '@tanstack/react-virtual'
import type { Range, Rect, Virtualizer } from '@tanstack/react-virtual'

/** The height a row is assumed to have until it is measured. */
export const ESTIMATED_ROW_HEIGHT = 40
/** Rows rendered beyond each edge of the visible window. */
const OVERSCAN = 8
// The list's default `max-height`: the window rendered before layout is known (first paint, server, jsdom).
const initialRect: Rect = { width: 0, height: 480 }

interface ListWindowOptions {
  count: number
  getScrollElement(): HTMLElement | null
  /** An index always rendered, even far from the window, so that it can take focus (the active row); -1 for none. */
  pinned: number
  getItemKey(index: number): string
}

// An element without layout (no CSS box yet, or jsdom) reports 0 × 0; the initial window stands in for it.
const orInitial = (rect: Rect) => (rect.height > 0 ? rect : initialRect)

// The scroll box's size comes from a ResizeObserver, which reports it after the browser's own layout and before
// the first paint. `observeElementRect` also reads it at once with getBoundingClientRect, which inside React's
// commit forces a synchronous layout of the page on every mount. Without ResizeObserver it is read at once.
const observeRect: typeof observeElementRect = (instance, callback) => {
  const element = instance.scrollElement
  const Observer = instance.targetWindow?.ResizeObserver
  if (!element || !Observer) return observeElementRect(instance, (rect) => callback(orInitial(rect)))
  const observer = new Observer(([entry]) => {
    const box = entry?.borderBoxSize?.[0]
    const rect = box
      ? { width: Math.round(box.inlineSize), height: Math.round(box.blockSize) }
      : element.getBoundingClientRect()
    callback(orInitial(rect))
  })
  observer.observe(element, { box: 'border-box' })
  return () => observer.disconnect()
}

// A row is measured from its ResizeObserver entry (sized after the browser's own layout). Without an entry (the
// ref callback, inside React's commit) reading `offsetHeight` would force a synchronous layout of the whole page
// in the middle of the commit, once per mount and once per scrolled frame; the row keeps its current size until
// the observer reports it, before the next paint. Without ResizeObserver (jsdom, old browsers) it is read at once.
const measureRow: typeof measureElement = (element, entry, instance) => {
  if (entry === undefined && typeof ResizeObserver === 'function') {
    return instance.measurementsCache[instance.indexFromElement(element)]?.size ?? ESTIMATED_ROW_HEIGHT
  }
  return measureElement(element, entry, instance) || ESTIMATED_ROW_HEIGHT
}

// Scroll boxes that have scrolled (a scroll event, or a scroll the list asked for); the others are at the top.
const moved = new WeakSet<Element>()

const observeOffset: typeof observeElementOffset = (instance, callback) =>
  observeElementOffset(instance, (offset, isScrolling) => {
    if (instance.scrollElement) moved.add(instance.scrollElement)
    callback(offset, isScrolling)
  })

// The virtualizer scrolls a newly attached scroll box to the top, and the list does on mount: for a box that has
// never scrolled that changes nothing, but `scrollTo` inside React's commit forces a synchronous layout of the page.
const scrollRows: typeof elementScroll = (offset, options, instance) => {
  const element = instance.scrollElement
  if (element && offset + (options.adjustments ?? 0) === 0 && !moved.has(element)) return
  if (element) moved.add(element)
  elementScroll(offset, options, instance)
}

/**
 * Windowing of a list's rows with `@tanstack/react-virtual`: only the rows in and near the scrolled-to window are
 * rendered, plus the pinned ones.
 */
export function useListWindow({ count, getScrollElement, pinned, getItemKey }: ListWindowOptions) {
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range)
      // The window is contiguous, so a pinned index outside it goes before or after it.
      const first = indexes[0] ?? 0
      const last = indexes[indexes.length - 1] ?? -1
      if (pinned < 0 || pinned >= range.count || (pinned >= first && pinned <= last)) return indexes
      return pinned < first ? [pinned, ...indexes] : [...indexes, pinned]
    },
    [pinned],
  )
  // The virtualizer is a mutable instance read during render; the kit is not built with React Compiler, and its
  // callers re-render on the virtualizer's own updates.
  // eslint-disable-next-line react-hooks/incompatible-library
  return useVirtualizer<HTMLElement, HTMLElement>({
    count,
    getScrollElement,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: OVERSCAN,
    initialRect,
    observeElementRect: observeRect,
    observeElementOffset: observeOffset,
    scrollToFn: scrollRows,
    measureElement: measureRow,
    rangeExtractor,
    getItemKey,
  })
}

export type ListWindow = Virtualizer<HTMLElement, HTMLElement>
