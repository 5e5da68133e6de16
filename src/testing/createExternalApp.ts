import type { JsonObject } from '../types'
import type { CustomField, ExternalApp, SeedIntegration } from './types'

/** A fresh in-memory external app for one customer, holding a copy of the integration's initial records. */
export function createExternalApp(integration: SeedIntegration): ExternalApp {
  const collections = new Map<string, Map<string, JsonObject>>()
  const fields = new Map<string, CustomField[]>()
  let counter = 0
  for (const [name, records] of Object.entries(integration.initialRecords ?? {})) {
    collections.set(name, new Map(records.map((record) => [String(record.id), structuredClone(record)])))
  }
  return {
    records(collection) {
      let records = collections.get(collection)
      if (records === undefined) collections.set(collection, (records = new Map()))
      return records
    },
    customFields(collection) {
      let list = fields.get(collection)
      if (list === undefined) fields.set(collection, (list = []))
      return list
    },
    nextId(prefix) {
      counter += 1
      return `${prefix}-${counter}-${crypto.randomUUID().slice(0, 8)}`
    },
  }
}
