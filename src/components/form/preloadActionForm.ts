import { createElement, lazy } from 'react'
import type { ComponentType } from 'react'
import type * as SchemaFormModule from './theme/SchemaForm'
import type { SchemaFormProps } from './theme/SchemaForm'

let formModule: Promise<typeof SchemaFormModule> | undefined

function loadSchemaForm() {
  formModule ??= import('./theme/SchemaForm')
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

/** Whether the form code failed to load; the next attempt (a new form, or Try again) loads it again. */
let failed = false

function createLazyForm(): ComponentType<SchemaFormProps> {
  return lazy(() =>
    loadSchemaForm().then(
      (module) => ({ default: module.SchemaForm }),
      (error: unknown) => {
        failed = true
        throw error
      },
    ),
  )
}

let current = createLazyForm()

/**
 * After a failed load, replaces the lazy form (which `React.lazy` keeps rejected for good) so the next render
 * loads the chunk again. Called when a form mounts and from its Try again button, never during a render that
 * React retries by itself: a fresh lazy component there would suspend again and again instead of failing.
 */
export function reloadFormIfFailed(): void {
  if (!failed) return
  failed = false
  current = createLazyForm()
}

/** The lazily loaded schema form; kept out of the eager bundle, and loaded again after a failed load. */
export function LazySchemaForm(props: SchemaFormProps) {
  return createElement(current, props)
}
