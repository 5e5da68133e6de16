import type { ReactNode } from 'react'
import type { ActionsLabels } from './ActionsLabels'
import { ActionsLabelsProvider } from './ActionsLabelsProvider'

/** A component's `labels` prop as context for its subtree, so its parts read them with `useLabels()`. */
export function withLabels(labels: Partial<ActionsLabels> | undefined, children: ReactNode): ReactNode {
  return labels ? <ActionsLabelsProvider labels={labels}>{children}</ActionsLabelsProvider> : children
}
