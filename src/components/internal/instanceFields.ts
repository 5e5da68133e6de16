import type { ActionInstanceConfig, JsonObject, JsonSchema } from '../../types'

/** What the components read of an instance; the OpenAPI requires only `id`, so everything else may be missing. */
interface InstanceFields {
  config?: ActionInstanceConfig | null
  inputSchema?: JsonSchema | boolean | null
}

const noInput: JsonSchema = { type: 'object', properties: {} }

/** The instance's config; a missing one is `{}`. */
export function configOf(instance: InstanceFields | undefined): ActionInstanceConfig {
  const config = instance?.config
  return typeof config === 'object' && config !== null ? config : {}
}

/** The instance's `config.defaultInput`, if it is an object. */
export function defaultInputOf(instance: InstanceFields | undefined): JsonObject | undefined {
  const value = configOf(instance).defaultInput
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined
}

/**
 * The schema of the instance's input form: a missing `inputSchema` means the action takes no input, and `true`
 * (any value) shows no fields either; both run with `{}`.
 */
export function inputSchemaOf(instance: InstanceFields): JsonSchema {
  const schema = instance.inputSchema
  if (schema === undefined || schema === null || schema === true) return noInput
  if (schema === false) return { not: {} }
  return schema
}

/** The name to show for an instance: its `name`, else its action key, else its id. */
export function nameOf(instance: { id: string; name?: string; key?: string }): string {
  return instance.name || instance.key || instance.id
}
