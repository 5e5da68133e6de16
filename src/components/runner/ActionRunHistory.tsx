import { clsx } from 'clsx'
import { useId } from 'react'
import type { HTMLAttributes } from 'react'
import { useActionRuns } from '../../hooks/useActionRuns'
import type { ActionRun, ActionSelector } from '../../hooks/types'
import { ActionOutput } from '../output/ActionOutput'
import { useEntryDisclosure } from '../internal/useEntryDisclosure'
import type { ActionsLabels } from '../labels/ActionsLabels'
import { useLabels } from '../labels/useLabels'
import { withLabels } from '../labels/withLabels'

/** Props of `ActionRunHistory`. */
export interface ActionRunHistoryProps extends ActionSelector, HTMLAttributes<HTMLElement> {
  /** Overrides of the labels from `ActionsLabelsProvider`. Defaults to none. */
  labels?: Partial<ActionsLabels>
}

/** This session's runs of an action (`useActionRuns`), newest first, each expandable to its output or error. */
export function ActionRunHistory({
  connection,
  action,
  instanceKey,
  labels: labelsProp,
  className,
  ...props
}: ActionRunHistoryProps) {
  const labels = useLabels(labelsProp)
  const runs = useActionRuns({ connection, action, instanceKey })
  const titleId = useId()
  return withLabels(
    labelsProp,
    <section
      aria-labelledby={titleId}
      className={clsx('rai-history', className)}
      data-count={runs.length}
      {...props}
    >
      <h3 id={titleId} className="rai-history-title">
        {labels.historyTitle}
      </h3>
      {runs.length === 0 ? (
        <p className="rai-history-empty">{labels.historyEmpty}</p>
      ) : (
        <ol className="rai-history-list">
          {runs.map((run) => (
            <RunEntry key={run.id} run={run} labels={labels} />
          ))}
        </ol>
      )}
    </section>,
  )
}

interface RunEntryProps {
  run: ActionRun
  labels: ActionsLabels
}

function RunEntry({ run, labels }: RunEntryProps) {
  const { expanded, panelId, toggleProps } = useEntryDisclosure()
  const duration = run.finishedAt === undefined ? undefined : run.finishedAt - run.startedAt
  const summary = `${labels.historyStatus(run.status)} · ${labels.historyTime(run.startedAt, duration)}`
  const expandable = run.status === 'success' || run.status === 'error'
  return (
    <li className="rai-history-entry" data-status={run.status}>
      {expandable ? (
        <button {...toggleProps}>{summary}</button>
      ) : (
        <span className="rai-history-summary">{summary}</span>
      )}
      {expanded && expandable && (
        <ActionOutput id={panelId} title={summary} output={run.output} logs={run.logs} error={run.error} />
      )}
    </li>
  )
}
