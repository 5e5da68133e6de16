import { useCallback, useMemo, useState } from 'react'
import type { FieldError } from '../../types'

const none: FieldError[] = []

function fieldErrorsOf(error: unknown): FieldError[] {
  if (typeof error !== 'object' || error === null || !('fieldErrors' in error)) return none
  const list = (error as { fieldErrors: unknown }).fieldErrors
  return Array.isArray(list) ? (list as FieldError[]) : none
}

/**
 * The field errors of an API error (a 400's `data.errors`), until the user edits a field: a server verdict
 * describes the input it was given, not the one being typed.
 */
export function useServerFieldErrors(error: unknown) {
  const [dismissed, setDismissed] = useState<unknown>(undefined)
  const fieldErrors = useMemo(
    () => (error !== undefined && error !== dismissed ? fieldErrorsOf(error) : none),
    [error, dismissed],
  )
  const dismiss = useCallback(() => setDismissed(error), [error])
  return [fieldErrors, dismiss] as const
}
