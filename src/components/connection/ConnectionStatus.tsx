import { clsx } from 'clsx'
import { useId } from 'react'
import type { HTMLAttributes } from 'react'
import { useConnection } from '../../hooks/useConnection'
import { ActionErrorMessage } from '../output/ActionErrorMessage'
import type { ActionsLabels } from '../labels/ActionsLabels'
import { useLabels } from '../labels/useLabels'
import { withLabels } from '../labels/withLabels'
import { ReconnectButton } from './ReconnectButton'
import type { ReconnectHandler } from './ReconnectButton'

/** Props of `ConnectionStatus`. */
export interface ConnectionStatusProps extends HTMLAttributes<HTMLElement> {
  /** An integration key (such as `hubspot`), a connection id or an integration id. */
  connection: string
  /** The host's reconnect flow; see `ReconnectButton`. Defaults to opening `clientAction.uiUrl`. */
  onReconnect?: ReconnectHandler
  /** Overrides of the labels from `ActionsLabelsProvider`. Defaults to none. */
  labels?: Partial<ActionsLabels>
}

/**
 * A connection's health (`useConnection`): connected, or defunct with the reason and a Reconnect action.
 * State is exposed as `data-state="loading|connected|defunct|error"`.
 */
export function ConnectionStatus({
  connection,
  onReconnect,
  labels: labelsProp,
  className,
  ...props
}: ConnectionStatusProps) {
  const labels = useLabels(labelsProp)
  const query = useConnection(connection)
  const titleId = useId()
  const data = query.data
  const state = data ? (data.isDefunct ? 'defunct' : 'connected') : query.isError ? 'error' : 'loading'
  return withLabels(
    labelsProp,
    <section
      aria-labelledby={titleId}
      aria-busy={state === 'loading' || undefined}
      className={clsx('rai-connection', className)}
      data-state={state}
      {...props}
    >
      {/* Not a heading: the status sits wherever the host puts it, without breaking the page's outline. */}
      <strong id={titleId} className="rai-connection-title">
        {labels.connectionLabel(data?.name ?? connection)}
      </strong>
      <p role="status" className="rai-connection-state">
        {state === 'loading' ? labels.loading : null}
        {state === 'connected' ? labels.connectionConnected : null}
        {state === 'defunct' ? labels.connectionDefunct : null}
      </p>
      {state === 'defunct' && (
        <>
          <p className="rai-connection-reason">{labels.connectionDefunctReason(data?.errors?.[0]?.key)}</p>
          <ReconnectButton connection={connection} onReconnect={onReconnect} />
        </>
      )}
      {state === 'error' && (
        <ActionErrorMessage error={query.error}>
          <button type="button" className="rai-button" onClick={() => query.refetch()}>
            {labels.retry}
          </button>
        </ActionErrorMessage>
      )}
    </section>,
  )
}
