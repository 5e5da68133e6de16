import { useLayoutEffect } from 'react'
import type { ReactNode } from 'react'

/** Props of `DocumentTheme`. */
export interface DocumentThemeProps {
  /** The forced theme, or `undefined` to follow the system. */
  theme: 'light' | 'dark' | undefined
  children: ReactNode
}

/**
 * Puts the story's theme on the document element too: dialogs portal into the body, outside the story's
 * wrapper, and must still see the theme.
 */
export function DocumentTheme({ theme, children }: DocumentThemeProps) {
  useLayoutEffect(() => {
    const root = document.documentElement
    if (theme) root.setAttribute('data-rai-theme', theme)
    else root.removeAttribute('data-rai-theme')
    return () => root.removeAttribute('data-rai-theme')
  }, [theme])
  return children
}
