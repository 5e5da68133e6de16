import { clsx } from 'clsx'
import { memo, useState } from 'react'
import type { HTMLAttributes } from 'react'
import { JsonPrimitive } from './JsonPrimitive'
import type { ActionsLabels } from '../labels/ActionsLabels'
import { useLabels } from '../labels/useLabels'

const PAGE_SIZE = 100

/** Props of `JsonTree`. */
export interface JsonTreeProps extends HTMLAttributes<HTMLDivElement> {
  /** The value to show. */
  value: unknown
  /**
   * Name of the root node, shown before its summary. Defaults to none: under a heading that already names the value
   * (such as "Output"), the root shows only its summary.
   */
  rootName?: string
  /** Nodes deeper than this start collapsed. Defaults to `1`. */
  expandDepth?: number
  /** Overrides of the labels from `ActionsLabelsProvider`. Defaults to none. */
  labels?: Partial<ActionsLabels>
}

/**
 * A collapsible view of any JSON value. Deep nodes start collapsed and large objects and arrays render in pages
 * of 100, so a multi-megabyte output stays responsive. Values are always rendered as text.
 */
export function JsonTree({
  value,
  rootName,
  expandDepth = 1,
  labels: labelsProp,
  className,
  ...props
}: JsonTreeProps) {
  const labels = useLabels(labelsProp)
  return (
    <div className={clsx('rai-json', className)} {...props}>
      <ul className="rai-json-list" data-root="">
        <JsonNode
          name={rootName ?? ''}
          showName={rootName !== undefined && rootName !== ''}
          value={value}
          depth={0}
          expandDepth={expandDepth}
          labels={labels}
        />
      </ul>
    </div>
  )
}

interface JsonNodeProps {
  name: string
  value: unknown
  depth: number
  expandDepth: number
  labels: ActionsLabels
  showName?: boolean
}

const JsonNode = memo(function JsonNode({
  name,
  value,
  depth,
  expandDepth,
  labels,
  showName,
}: JsonNodeProps) {
  const isContainer = typeof value === 'object' && value !== null
  const [expanded, setExpanded] = useState(depth <= expandDepth)
  const [shown, setShown] = useState(PAGE_SIZE)
  const key = showName === false ? null : <span className="rai-json-key">{name}: </span>
  if (!isContainer) {
    return (
      <li className="rai-json-node" data-type={value === null ? 'null' : typeof value}>
        {key}
        <JsonPrimitive value={value} />
      </li>
    )
  }
  const isArray = Array.isArray(value)
  // Only entry names are listed up front; the entries of a collapsed node are never touched.
  const names = isArray ? null : Object.keys(value)
  const total = isArray ? value.length : (names?.length ?? 0)
  const summary = isArray ? labels.outputArraySummary(total) : labels.outputObjectSummary(total)
  return (
    <li
      className="rai-json-node"
      data-type={isArray ? 'array' : 'object'}
      data-state={expanded ? 'open' : 'closed'}
    >
      {/* Named by what it shows ("company: { 2 keys }"), so a speech-input user can say what they see;
          aria-expanded tells whether it is open. */}
      <button
        type="button"
        className="rai-json-toggle"
        aria-expanded={expanded}
        onClick={() => setExpanded((open) => !open)}
      >
        <span aria-hidden="true" className="rai-json-caret">
          {expanded ? '▾' : '▸'}
        </span>
        {showName !== false && (
          <>
            <span className="rai-json-key">{name}:</span>{' '}
          </>
        )}
        <span className="rai-json-summary">{summary}</span>
      </button>
      {expanded && total > 0 && (
        <ul className="rai-json-list">
          {Array.from({ length: Math.min(shown, total) }, (_, index) => {
            const entryName = isArray ? String(index) : (names?.[index] ?? '')
            const entry = isArray
              ? (value as unknown[])[index]
              : (value as Record<string, unknown>)[entryName]
            return (
              <JsonNode
                key={entryName}
                name={isArray ? `${name}[${index}]` : entryName}
                value={entry}
                depth={depth + 1}
                expandDepth={expandDepth}
                labels={labels}
              />
            )
          })}
          {shown < total && (
            <li className="rai-json-more">
              <button
                type="button"
                className="rai-button"
                onClick={() => setShown((count) => count + PAGE_SIZE)}
              >
                {labels.outputShowMore(shown, total)}
              </button>
            </li>
          )}
        </ul>
      )}
    </li>
  )
})
