import type { ErrorSchema } from '@rjsf/utils'
import type { FieldError } from '../../../types'

type ErrorNode = { __errors?: string[]; [key: string]: unknown }

/** Turns the API's field errors (JSON Pointer paths) into rjsf's nested error schema, for `extraErrors`. */
export function toErrorSchema(fieldErrors: readonly FieldError[]): ErrorSchema | undefined {
  if (fieldErrors.length === 0) return undefined
  const root: ErrorNode = {}
  for (const { path, message } of fieldErrors) {
    let node = root
    const segments = path === '' || path === '/' ? [] : path.replace(/^\//, '').split('/')
    for (const raw of segments) {
      const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~')
      if (segment === '__errors') break
      const child = node[segment]
      node = (typeof child === 'object' && child !== null ? child : (node[segment] = {})) as ErrorNode
    }
    node.__errors = [...(node.__errors ?? []), message]
  }
  return root as ErrorSchema
}
