import { clsx } from 'clsx'
import { useId } from 'react'
import type { HTMLAttributes } from 'react'
import type { ActionRunLogFilters } from '../../hooks/actionKeys'
import { useAction } from '../../hooks/useAction'
import { useActionRunLogs } from '../../hooks/useActionRunLogs'
import { useConnection } from '../../hooks/useConnection'
import type { ActionRunLog as RunLog, ActionRunResponse, JsonObject } from '../../types'
import { ActionErrorMessage } from '../output/ActionErrorMessage'
import { JsonTree } from '../output/JsonTree'
import { ActionOutput } from '../output/ActionOutput'
import { useEntryDisclosure } from '../internal/useEntryDisclosure'
import type { ActionsLabels } from '../labels/ActionsLabels'
import { useLabels } from '../labels/useLabels'
import { withLabels } from '../labels/withLabels'
import { ReplayRunDialog } from './ReplayRunDialog'

/** Props of `ActionRunLog`. */
export interface ActionRunLogProps extends HTMLAttributes<HTMLElement> {
  /** An integration key (such as `hubspot`), a connection id or an integration id. */
  connection: string
  /** An action key or instance id: the history of that action. Defaults to the whole connection's history. */
  action?: string
  /** Selects one of several instances of the same action. Defaults to the default instance. */
  instanceKey?: string
  /** Only runs with this status. Defaults to both. */
  status?: 'success' | 'error'
  /** Runs per page. Defaults to `20`. */
  pageSize?: number
  /** The level of the heading, to fit the page's outline. Defaults to `3`. */
  headingLevel?: 2 | 3 | 4
  /** Called after a replayed run succeeded. */
  onReplaySuccess?: (response: ActionRunResponse, input: JsonObject) => void
  /** Overrides of the labels from `ActionsLabelsProvider`. Defaults to none. */
  labels?: Partial<ActionsLabels>
}

/**
 * The platform's history of an action or of a whole connection (`useActionRunLogs`), newest first and paged: each
 * run's status, when and how long, its input and output or error on demand, and Replay (the run's input in a form
 * the customer can edit first). A run made on the page appears at the top without a refetch.
 */
export function ActionRunLog({
  connection,
  action,
  instanceKey,
  status,
  pageSize = 20,
  headingLevel = 3,
  onReplaySuccess,
  labels: labelsProp,
  className,
  ...props
}: ActionRunLogProps) {
  const labels = useLabels(labelsProp)
  const titleId = useId()
  const Heading = `h${headingLevel}` as const
  // The API filters by ids: an action's history needs its instance, a connection's its connection.
  const instance = useAction(
    { connection, action: action ?? '', instanceKey },
    { enabled: action !== undefined },
  )
  const health = useConnection(connection, { enabled: action === undefined })
  const scope = action === undefined ? health : instance
  const filters: ActionRunLogFilters =
    action === undefined
      ? { connectionId: health.data?.id, status, limit: pageSize }
      : { actionId: instance.data?.id, status, limit: pageSize }
  const logs = useActionRunLogs(filters, { enabled: scope.data !== undefined })
  const items = logs.data?.pages.flatMap((page) => page.items) ?? []
  const error = scope.error ?? logs.error
  const state = logs.data ? 'ready' : error ? 'error' : 'loading'
  return withLabels(
    labelsProp,
    <section
      aria-labelledby={titleId}
      aria-busy={state === 'loading' || undefined}
      className={clsx('rai-run-log', className)}
      data-state={state}
      data-count={items.length}
      {...props}
    >
      <Heading id={titleId} className="rai-history-title">
        {labels.runLogTitle}
      </Heading>
      {state === 'loading' && <p role="status">{labels.loading}</p>}
      {state === 'error' && (
        <ActionErrorMessage error={error}>
          <button
            type="button"
            className="rai-button"
            onClick={() => void (scope.error ? scope.refetch() : logs.refetch())}
          >
            {labels.retry}
          </button>
        </ActionErrorMessage>
      )}
      {state === 'ready' && items.length === 0 && <p className="rai-history-empty">{labels.runLogEmpty}</p>}
      {items.length > 0 && (
        <ol className="rai-history-list">
          {items.map((log) => (
            <RunLogEntry
              key={log.id}
              log={log}
              labels={labels}
              connection={connection}
              action={action ?? log.action.key ?? log.action.id}
              instanceKey={action === undefined ? log.action.instanceKey : instanceKey}
              onReplaySuccess={onReplaySuccess}
            />
          ))}
        </ol>
      )}
      {logs.hasNextPage && (
        <button
          type="button"
          className="rai-button rai-run-log-more"
          aria-disabled={logs.isFetchingNextPage || undefined}
          onClick={() => {
            if (!logs.isFetchingNextPage) void logs.fetchNextPage()
          }}
        >
          {logs.isFetchingNextPage ? labels.loading : labels.runLogLoadMore}
        </button>
      )}
    </section>,
  )
}

interface RunLogEntryProps {
  log: RunLog
  labels: ActionsLabels
  connection: string
  action: string
  instanceKey: string | undefined
  onReplaySuccess: ActionRunLogProps['onReplaySuccess']
}

function RunLogEntry({ log, labels, connection, action, instanceKey, onReplaySuccess }: RunLogEntryProps) {
  const { expanded, panelId, toggleProps } = useEntryDisclosure()
  const summary = `${labels.runLogStatus(log.status)} · ${labels.runLogTime(log.createdAt, log.duration)}`
  return (
    <li className="rai-history-entry" data-status={log.status}>
      <div className="rai-run-log-row">
        <button {...toggleProps}>{summary}</button>
        <ReplayRunDialog
          log={log}
          connection={connection}
          action={action}
          instanceKey={instanceKey}
          onReplaySuccess={onReplaySuccess}
        />
      </div>
      {expanded && (
        <div id={panelId} className="rai-run-log-details">
          <h4 className="rai-output-title">{labels.runLogInput}</h4>
          <JsonTree value={log.input} />
          <ActionOutput title={summary} output={log.output} error={log.error} />
        </div>
      )}
    </li>
  )
}
