import { useIsMutating } from '@tanstack/react-query'
import { actionKeys } from '../../hooks/actionKeys'
import type { ActionWriteKind } from '../../hooks/actionKeys'
import { useActionsContext } from '../../hooks/ActionsContext'
import type { ActionSelector } from '../../hooks/types'

/**
 * Whether a write of this kind to this instance is pending anywhere in the cache, not only in the caller's own
 * mutation: a dialog that was unmounted while its write was on its way, then opened again, shows that write as
 * pending, so it is never sent twice.
 */
export function useWritePending(kind: ActionWriteKind, selector: ActionSelector): boolean {
  const { queryClient } = useActionsContext('useWritePending')
  // A write key ends with the instance key (or null), so matching it as a prefix matches exactly this instance.
  const pending = useIsMutating(
    { mutationKey: actionKeys.write(kind, selector.connection, selector.action, selector.instanceKey) },
    queryClient,
  )
  return pending > 0
}
