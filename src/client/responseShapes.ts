/**
 * Checks that a 2xx body has the shape the kit reads, so a wrong body fails in the client with a readable
 * `invalid_response` instead of throwing later inside a component's render. Each check returns what is wrong,
 * or `undefined` when the body is usable. Only what the OpenAPI requires (`id`) must be present; any other
 * field the kit reads must have the right type when present.
 */
export type ShapeCheck = (body: unknown) => string | undefined

function isRecord(value: unknown): value is { [key: string]: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

const isString = (value: unknown) => typeof value === 'string'
const isBoolean = (value: unknown) => typeof value === 'boolean'
const isSchema = (value: unknown) => isRecord(value) || isBoolean(value)

/** The optional fields the kit reads, and what each must be when present. */
const optionalFields: { [field: string]: (value: unknown) => boolean } = {
  name: isString,
  key: isString,
  description: isString,
  type: isString,
  state: isString,
  revision: (value) => isString(value) || typeof value === 'number',
  isCustomized: isBoolean,
  isOutdated: isBoolean,
  config: isRecord,
  inputSchema: isSchema,
  outputSchema: isSchema,
}

function instanceProblem(value: unknown, where: string): string | undefined {
  if (!isRecord(value)) return `${where} is ${kindOf(value)}, not an action instance`
  if (typeof value.id !== 'string' || value.id === '') return `${where} has no string \`id\``
  for (const [field, valid] of Object.entries(optionalFields)) {
    const fieldValue = value[field]
    if (fieldValue !== undefined && !valid(fieldValue)) {
      return `${where}'s \`${field}\` is ${kindOf(fieldValue)}`
    }
  }
  return undefined
}

/** The body of a GET, PATCH, setup or reset of one instance. */
export const checkInstance: ShapeCheck = (body) => instanceProblem(body, 'the instance')

/** The body of a list request: `{ items: ActionInstance[], cursor? }`. */
export const checkInstanceList: ShapeCheck = (body) => {
  if (!isRecord(body)) return `the list is ${kindOf(body)}, not { items, cursor? }`
  if (!Array.isArray(body.items)) return `the list's \`items\` is ${kindOf(body.items)}, not an array`
  const { cursor } = body
  if (cursor !== undefined && typeof cursor !== 'string') {
    return `the list's \`cursor\` is ${kindOf(cursor)}, not a string`
  }
  for (const [index, item] of body.items.entries()) {
    const problem = instanceProblem(item, `item ${index}`)
    if (problem) return problem
  }
  return undefined
}

/** The body of a run: `{ output, logs? }` (any output, any logs). */
export const checkRunResponse: ShapeCheck = (body) =>
  isRecord(body) ? undefined : `the run result is ${kindOf(body)}, not { output }`

/** The body of a data collection page: `{ records: [{ id, name? }], cursor? }`. */
export const checkRecordList: ShapeCheck = (body) => {
  if (!isRecord(body) || !Array.isArray(body.records)) return 'the page has no `records` array'
  if (body.cursor !== undefined && !isString(body.cursor)) return "the page's `cursor` is not a string"
  const bad = body.records.findIndex(
    (r) => !isRecord(r) || !isString(r.id) || (r.name !== undefined && !isString(r.name)),
  )
  return bad < 0 ? undefined : `record ${bad} has no string \`id\``
}
