import { clsx } from 'clsx'
import { useEffect, useState } from 'react'
import type { ButtonHTMLAttributes, MouseEvent } from 'react'
import type { ActionsLabels } from '../labels/ActionsLabels'
import { useLabels } from '../labels/useLabels'

/** Props of `CopyJsonButton`. */
export interface CopyJsonButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'value'> {
  /** The value copied as indented JSON. */
  value: unknown
  /** Overrides of the labels from `ActionsLabelsProvider`. Defaults to none. */
  labels?: Partial<ActionsLabels>
}

type CopyState = 'idle' | 'copied' | 'failed'

/** Copies a value as JSON with `navigator.clipboard.writeText` and says "Copied" for a moment. */
export function CopyJsonButton({
  value,
  labels: labelsProp,
  className,
  onClick,
  ...props
}: CopyJsonButtonProps) {
  const labels = useLabels(labelsProp)
  const [state, setState] = useState<CopyState>('idle')
  useEffect(() => {
    if (state === 'idle') return
    const timer = setTimeout(() => setState('idle'), 2000)
    return () => clearTimeout(timer)
  }, [state])
  const copy = async (event: MouseEvent<HTMLButtonElement>) => {
    onClick?.(event)
    if (event.defaultPrevented) return
    try {
      // Stringified only on click: a large output is never serialized just for rendering.
      await navigator.clipboard.writeText(JSON.stringify(value, null, 2) ?? 'undefined')
      setState('copied')
    } catch {
      setState('failed')
    }
  }
  return (
    <button
      type="button"
      className={clsx('rai-button', className)}
      data-state={state}
      onClick={copy}
      {...props}
    >
      <span aria-live="polite">
        {state === 'copied'
          ? labels.outputCopied
          : state === 'failed'
            ? labels.outputCopyFailed
            : labels.outputCopy}
      </span>
    </button>
  )
}
