import { clsx } from 'clsx'
import { useId } from 'react'
import type { HTMLAttributes } from 'react'
import { ActionErrorMessage } from './ActionErrorMessage'
import { CopyJsonButton } from './CopyJsonButton'
import { JsonTree } from './JsonTree'
import type { ActionsLabels } from '../labels/ActionsLabels'
import { useLabels } from '../labels/useLabels'
import { withLabels } from '../labels/withLabels'

/** Props of `ActionOutput`. */
export interface ActionOutputProps extends HTMLAttributes<HTMLElement> {
  /** The run's `output`. */
  output?: unknown
  /** The run's `logs`; shown when present. */
  logs?: unknown[]
  /** The run's error; shown instead of the output. */
  error?: unknown
  /** The heading. Defaults to `labels.outputTitle`. */
  title?: string
  /** Overrides of the labels from `ActionsLabelsProvider`. Defaults to none. */
  labels?: Partial<ActionsLabels>
}

/**
 * The result of a run: the output as a collapsible JSON tree with a copy button, the logs, or the error
 * explained by its type.
 */
export function ActionOutput({
  output,
  logs,
  error,
  title,
  labels: labelsProp,
  className,
  ...props
}: ActionOutputProps) {
  const labels = useLabels(labelsProp)
  const titleId = useId()
  const hasError = error !== undefined && error !== null
  const state = hasError ? 'error' : output === undefined ? 'empty' : 'success'
  return withLabels(
    labelsProp,
    <section
      aria-labelledby={titleId}
      className={clsx('rai-output', className)}
      data-state={state}
      {...props}
    >
      <div className="rai-output-header">
        <h3 id={titleId} className="rai-output-title">
          {title ?? labels.outputTitle}
        </h3>
        {state === 'success' && <CopyJsonButton value={output} />}
      </div>
      {hasError ? (
        <ActionErrorMessage error={error} />
      ) : output === undefined ? (
        <p className="rai-output-empty">{labels.outputEmpty}</p>
      ) : (
        <JsonTree value={output} />
      )}
      {logs && logs.length > 0 && (
        <div className="rai-output-logs">
          <h4 className="rai-output-title">{labels.outputLogs}</h4>
          <JsonTree value={logs} expandDepth={0} />
        </div>
      )}
    </section>,
  )
}
