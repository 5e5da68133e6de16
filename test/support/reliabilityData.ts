import type { SeedIntegration } from 'react-action-instances/testing'
import type { JsonObject, JsonSchema, JsonValue } from 'react-action-instances'

/** An output of about `megabytes` MB of JSON: many contact-like records. */
export function hugeOutput(megabytes = 5): JsonObject {
  const record = (index: number) => ({
    id: `contact-${index}`,
    email: `person-${index}@example.com`,
    firstName: `First${index}`,
    lastName: `Last${index}`,
    company: { name: `Company ${index % 997}`, domain: `c${index % 997}.example.com` },
    tags: ['alpha', 'beta', 'gamma'],
    notes: 'x'.repeat(120),
  })
  const one = JSON.stringify(record(0)).length + 1
  const count = Math.ceil((megabytes * 1024 * 1024) / one)
  return { items: Array.from({ length: count }, (_, index) => record(index)) }
}

/** An object nested `depth` levels deep: `{ level: 1, child: { level: 2, child: ... } }`. */
export function deepOutput(depth = 1000): JsonObject {
  let node: JsonObject = { level: depth, leaf: true }
  for (let level = depth - 1; level >= 1; level -= 1) node = { level, child: node }
  return node
}

/** An object schema with `count` string, number and boolean fields. */
export function wideSchema(count = 2000): JsonSchema {
  const properties: { [key: string]: JsonSchema } = {}
  for (let index = 0; index < count; index += 1) {
    const kind = index % 3
    properties[`field${index}`] =
      kind === 0
        ? { type: 'string', title: `Field ${index}` }
        : kind === 1
          ? { type: 'number', title: `Field ${index}` }
          : { type: 'boolean', title: `Field ${index}` }
  }
  return { type: 'object', properties }
}

/** Schemas whose `$ref`s loop: two definitions pointing at each other, and a self-reference. */
export const cyclicSchemas: { [name: string]: JsonSchema } = {
  'two definitions': {
    type: 'object',
    definitions: { a: { $ref: '#/definitions/b' }, b: { $ref: '#/definitions/a' } },
    properties: { x: { $ref: '#/definitions/a' } },
  } as JsonSchema,
  'self reference': {
    type: 'object',
    $defs: { loop: { $ref: '#/$defs/loop' } },
    properties: { y: { $ref: '#/$defs/loop' } },
  } as JsonSchema,
  'ref to the root': { type: 'object', properties: { z: { $ref: '#' } }, required: ['z'] } as JsonSchema,
}

/** The byte length of a value as JSON. */
export function jsonBytes(value: JsonValue): number {
  return new TextEncoder().encode(JSON.stringify(value)).byteLength
}

/** An integration with one `echo` action whose schemas accept anything: a stage for arbitrary data. */
export function echoIntegration(key: string, name: string): SeedIntegration {
  return {
    key,
    name,
    actions: [
      {
        key: 'echo',
        name: 'Echo',
        description: 'Echoes its input.',
        type: 'connector-operation',
        inputSchema: { type: 'object' },
        outputSchema: { type: 'object' },
      },
    ],
  }
}
