import { clsx } from 'clsx'
import { composeEventHandlers } from '@radix-ui/primitive'
import { useMutation } from '@tanstack/react-query'
import type { ButtonHTMLAttributes } from 'react'
import { actionKeys } from '../../hooks/actionKeys'
import { useActionsContext } from '../../hooks/ActionsContext'
import { useConnection } from '../../hooks/useConnection'
import type { Connection } from '../../types'
import { safeHttpUrl } from '../internal/safeHttpUrl'
import { ActionErrorMessage } from '../output/ActionErrorMessage'
import type { ActionsLabels } from '../labels/ActionsLabels'
import { useLabels } from '../labels/useLabels'

/** The host's reconnect flow: runs its connect UI and resolves once the connection works again. */
export type ReconnectHandler = (connection: Connection) => unknown

/** Props of `ReconnectButton`. */
export interface ReconnectButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onError'> {
  /** An integration key (such as `hubspot`), a connection id or an integration id. */
  connection: string
  /**
   * The host's reconnect flow, called with the connection; the kit re-reads the connection once it resolves.
   * Defaults to opening the connection's `clientAction.uiUrl` in a new tab (no button when there is none, or when it
   * is not an absolute http(s) URL).
   */
  onReconnect?: ReconnectHandler
  /** Overrides of the labels from `ActionsLabelsProvider`. Defaults to none. */
  labels?: Partial<ActionsLabels>
}

/**
 * Reconnects a defunct connection: calls the host's `onReconnect(connection)`, or opens the platform's
 * `clientAction.uiUrl`, then re-reads the connection (`useConnection`).
 */
export function ReconnectButton({
  connection,
  onReconnect,
  labels: labelsProp,
  className,
  onClick,
  ...props
}: ReconnectButtonProps) {
  const labels = useLabels(labelsProp)
  const { queryClient } = useActionsContext('ReconnectButton')
  const { data } = useConnection(connection)
  // Only an http(s) page is opened: a `javascript:` or `data:` URL from the API would run in the host's origin.
  const uiUrl = safeHttpUrl(data?.clientAction?.uiUrl)
  const reconnect = useMutation(
    {
      mutationFn: async () => {
        const current = data ?? { id: connection, name: connection, connected: false, isDefunct: true }
        if (onReconnect) await onReconnect(current)
        else if (uiUrl) window.open(uiUrl, '_blank', 'noopener')
      },
      onSettled: () => queryClient.invalidateQueries({ queryKey: actionKeys.health(connection) }),
    },
    queryClient,
  )
  if (!onReconnect && !uiUrl) return null
  return (
    <>
      <button
        type="button"
        className={clsx('rai-button rai-reconnect', className)}
        data-variant="primary"
        data-state={reconnect.isPending ? 'pending' : reconnect.status}
        aria-disabled={reconnect.isPending || undefined}
        {...props}
        onClick={composeEventHandlers(onClick, () => {
          if (!reconnect.isPending) reconnect.mutate()
        })}
      >
        {reconnect.isPending ? labels.reconnectPending : labels.reconnectButton}
      </button>
      <span role="status" className="rai-visually-hidden">
        {reconnect.isSuccess && onReconnect ? labels.reconnectDone : ''}
      </span>
      {reconnect.isError && <ActionErrorMessage error={reconnect.error} />}
    </>
  )
}
