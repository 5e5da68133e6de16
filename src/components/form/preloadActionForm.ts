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

function createLazyForm(): ComponentType<SchemaFormProps> {
  const component = lazy(() =>
    loadSchemaForm().then(
      (module) => ({ default: module.SchemaForm }),
      (error: unknown) => {
        // `React.lazy` keeps a rejection for good; a fresh lazy component lets the next mount load again.
        if (current === component) current = createLazyForm()
        throw error
      },
    ),
  )
  return component
}

let current = createLazyForm()

/** The lazily loaded schema form; kept out of the eager bundle, and loaded again after a failed load. */
export function LazySchemaForm(props: SchemaFormProps) {
  return createElement(current, props)
}
