import { createContext, useContext, useMemo } from 'react'
import type { ReactNode } from 'react'
import type { ActionsLabels } from './ActionsLabels'
import { enLabels } from './enLabels'

export const LabelsContext = createContext<ActionsLabels>(enLabels)

/** Props of `ActionsLabelsProvider`. */
export interface ActionsLabelsProviderProps {
  /** Labels merged over the surrounding provider's (or English when there is none). */
  labels: Partial<ActionsLabels>
  children?: ReactNode
}

/**
 * Sets the labels of every component below it; partial labels are merged over the parent's.
 * @example
 * <ActionsLabelsProvider labels={deLabels}><ActionRunner connection="hubspot" action="create-contact" /></ActionsLabelsProvider>
 */
export function ActionsLabelsProvider({ labels, children }: ActionsLabelsProviderProps) {
  const parent = useContext(LabelsContext)
  const value = useMemo(() => ({ ...parent, ...labels }), [parent, labels])
  return <LabelsContext.Provider value={value}>{children}</LabelsContext.Provider>
}
