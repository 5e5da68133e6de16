import { clsx } from 'clsx'
import type { HTMLAttributes } from 'react'

/** Props of `FormSkeleton`. */
export interface FormSkeletonProps extends HTMLAttributes<HTMLDivElement> {
  /** How many label and input bars to draw. Defaults to `3`. */
  fields?: number
  /** Text read out while loading. */
  label: string
}

/** A placeholder with the form's shape (label and input bars) shown while the form code or the action loads. */
export function FormSkeleton({ fields = 3, label, className, ...props }: FormSkeletonProps) {
  return (
    <div role="status" aria-busy="true" className={clsx('rai-form-skeleton', className)} {...props}>
      <span className="rai-visually-hidden">{label}</span>
      {Array.from({ length: fields }, (_, index) => (
        <div key={index} className="rai-form-skeleton-field" aria-hidden="true">
          <span className="rai-skeleton rai-skeleton-label" />
          <span className="rai-skeleton rai-skeleton-input" />
        </div>
      ))}
    </div>
  )
}
