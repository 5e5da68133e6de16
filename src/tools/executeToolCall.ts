import { ActionsApiError } from '../client/ActionsApiError'
import type { ActionsClient, RequestOptions } from '../client/types'
import type { FieldError, JsonObject, JsonSchema } from '../types'
import { mergeArguments, withoutOptionalNulls } from './toolArguments'
import type { ParsedToolCall, ToolCallErrorKind } from './parseToolCall'
import { validateArguments } from './validateArguments'

/** How a tool call ended: the action's output, or an error to return to the model. */
export type ToolCallOutcome =
  | { status: 'success'; output: unknown; input: JsonObject }
  | {
      status: 'error'
      kind: ToolCallErrorKind
      message: string
      fieldErrors?: FieldError[]
      error?: ActionsApiError
    }

function describeFields(errors: readonly FieldError[]): string {
  return errors
    .slice(0, 10)
    .map((e) => `${e.path || '(input)'} ${e.message}`)
    .join('; ')
}

/**
 * Runs a parsed tool call once (never retried): the arguments (or `options.arguments`, such as a person's edit)
 * lose the `null`s strict mode made the model send for fields it leaves out, are checked against the instance's
 * schema with its default input merged under them, and are sent to the action. Every expected failure is an
 * `error` outcome; nothing is thrown.
 */
export async function executeToolCall(
  client: ActionsClient,
  call: ParsedToolCall,
  options: RequestOptions & { arguments?: JsonObject } = {},
): Promise<ToolCallOutcome> {
  const { entry, problem } = call
  if (problem) return { status: 'error', kind: problem.kind, message: problem.message }
  if (!entry)
    return { status: 'error', kind: 'unknown_tool', message: `There is no tool named "${call.name}".` }
  const schema: JsonSchema = entry.inputSchema
  const input = withoutOptionalNulls(schema, options.arguments ?? call.arguments)
  const fieldErrors = await validateArguments(schema, mergeArguments(entry.defaultInput, input))
  if (fieldErrors && fieldErrors.length > 0) {
    return {
      status: 'error',
      kind: 'invalid_arguments',
      message: `The arguments do not match the input schema of ${entry.name}: ${describeFields(fieldErrors)}.`,
      fieldErrors,
    }
  }
  const { connection, action, instanceKey } = entry.target
  try {
    const response = await client
      .connection(connection)
      .action(action, { instanceKey })
      .run(input, options.signal ? { signal: options.signal } : {})
    return { status: 'success', output: response.output, input }
  } catch (error) {
    if (!(error instanceof ActionsApiError)) throw error
    const fields = error.fieldErrors
    const detail = fields.length > 0 ? ` ${describeFields(fields)}.` : ''
    const kind = error.status === 400 && fields.length > 0 ? 'invalid_arguments' : 'api_error'
    return { status: 'error', kind, message: `${error.message}${detail}`, fieldErrors: fields, error }
  }
}
