import { clsx } from 'clsx'
import type { HTMLAttributes } from 'react'
import type { FieldError } from '../../types'
import type { ActionsLabels } from '../labels/ActionsLabels'
import { useLabels } from '../labels/useLabels'

/** Props of `ActionErrorMessage`. */
export interface ActionErrorMessageProps extends HTMLAttributes<HTMLDivElement> {
  /** The error to explain: an `ActionsApiError`, any `Error`, or anything thrown. */
  error: unknown
  /** Overrides of the labels from `ActionsLabelsProvider`. Defaults to none. */
  labels?: Partial<ActionsLabels>
}

interface ErrorShape {
  type: string
  status: number
  message: string
  fieldErrors: FieldError[]
}

// Read by shape rather than `instanceof`, so an error from a second copy of the package still reads well.
function describe(error: unknown, fallback: string): ErrorShape {
  const record = (typeof error === 'object' && error !== null ? error : {}) as {
    type?: unknown
    status?: unknown
    message?: unknown
    fieldErrors?: unknown
  }
  return {
    type: typeof record.type === 'string' ? record.type : 'unknown',
    status: typeof record.status === 'number' ? record.status : 0,
    message: typeof record.message === 'string' && record.message ? record.message : fallback,
    fieldErrors: Array.isArray(record.fieldErrors) ? (record.fieldErrors as FieldError[]) : [],
  }
}

/** Explains an error readably by its type (invalid input, rejected by the app, network, ...), with any field errors. */
export function ActionErrorMessage({
  error,
  labels: labelsProp,
  className,
  children,
  ...props
}: ActionErrorMessageProps) {
  const labels = useLabels(labelsProp)
  const { type, status, message, fieldErrors } = describe(error, labels.unknownError)
  return (
    <div
      role="alert"
      className={clsx('rai-error', className)}
      data-error-type={type}
      data-status={status || undefined}
      {...props}
    >
      <p className="rai-error-title">
        <strong>{labels.errorTitle(type, status)}</strong>
      </p>
      <p className="rai-error-message">{message}</p>
      {fieldErrors.length > 0 && (
        <>
          <p className="rai-error-fields-title">{labels.errorFields}</p>
          <ul className="rai-error-fields">
            {fieldErrors.map((fieldError, index) => (
              <li key={`${fieldError.path}-${index}`}>
                {fieldError.path ? <code>{fieldError.path}</code> : null}
                {fieldError.path ? ': ' : null}
                {fieldError.message}
              </li>
            ))}
          </ul>
        </>
      )}
      {children}
    </div>
  )
}
