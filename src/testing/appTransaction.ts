import type { JsonObject } from '../types'
import type { CustomField, ExternalApp } from './types'

/** A view of an external app whose changes reach the app only on `commit()`. */
export interface AppTransaction {
  app: ExternalApp
  commit(): void
}

/**
 * Starts a run's transaction: each collection the run touches is copied on first use, and the copies replace
 * the app's contents on `commit()`. A run that throws leaves the app exactly as it was.
 */
export function beginTransaction(app: ExternalApp): AppTransaction {
  const records = new Map<string, Map<string, JsonObject>>()
  const fields = new Map<string, CustomField[]>()
  return {
    app: {
      records(collection) {
        let copy = records.get(collection)
        if (copy === undefined) {
          copy = new Map()
          for (const [id, record] of app.records(collection)) copy.set(id, structuredClone(record))
          records.set(collection, copy)
        }
        return copy
      },
      customFields(collection) {
        let copy = fields.get(collection)
        if (copy === undefined) {
          copy = structuredClone(app.customFields(collection))
          fields.set(collection, copy)
        }
        return copy
      },
      nextId: (prefix) => app.nextId(prefix),
    },
    commit() {
      for (const [collection, copy] of records) {
        const target = app.records(collection)
        target.clear()
        for (const [id, record] of copy) target.set(id, record)
      }
      for (const [collection, copy] of fields) {
        const target = app.customFields(collection)
        target.splice(0, target.length, ...copy)
      }
    },
  }
}
