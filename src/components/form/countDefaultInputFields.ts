import type { JsonValue } from '../../types'

/** How many values a default input sets: nested objects count their own values, an array counts as one. */
export function countDefaultInputFields(value: JsonValue | undefined): number {
  if (value === undefined) return 0
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 1
  let count = 0
  for (const entry of Object.values(value)) count += countDefaultInputFields(entry)
  return count
}
