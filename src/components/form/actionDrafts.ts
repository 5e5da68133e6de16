import type { QueryClient } from '@tanstack/react-query'
import type { ActionSelector } from '../../hooks/types'
import type { JsonObject } from '../../types'

/**
 * What the customer typed into each action's input form, per QueryClient (so per page, and per test), kept for the
 * page's life: switching to another action and back finds the draft again. A successful run or a reset clears it.
 */
const stores = new WeakMap<QueryClient, Map<string, JsonObject>>()

/** The key of one action's draft. */
export function draftKey({ connection, action, instanceKey }: ActionSelector): string {
  return JSON.stringify([connection, action, instanceKey ?? null])
}

/** The drafts of the page that `queryClient` serves. */
export function actionDrafts(queryClient: QueryClient): Map<string, JsonObject> {
  let store = stores.get(queryClient)
  if (!store) {
    store = new Map()
    stores.set(queryClient, store)
  }
  return store
}
