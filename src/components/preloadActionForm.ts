import { lazy } from 'react'
import type * as SchemaFormModule from './form/SchemaForm'

let formModule: Promise<typeof SchemaFormModule> | undefined

function loadSchemaForm() {
  formModule ??= import('./form/SchemaForm')
  // A failed chunk load must not stick: the next attempt (a retry, a remount) fetches again.
  formModule.catch(() => {
    formModule = undefined
  })
  return formModule
}

/**
 * Starts loading the form code (rjsf and ajv) ahead of time, e.g. on hover, so `ActionInputForm` renders without
 * a skeleton. Safe to call any number of times.
 * @example
 * <button onMouseEnter={preloadActionForm} onFocus={preloadActionForm}>Create contact</button>
 */
export function preloadActionForm(): Promise<void> {
  return loadSchemaForm().then(
    () => undefined,
    () => undefined,
  )
}

/** The lazily loaded schema form; kept out of the eager bundle. */
export const LazySchemaForm = lazy(() => loadSchemaForm().then((module) => ({ default: module.SchemaForm })))
