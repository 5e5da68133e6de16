import type { FormContextType, RJSFSchema } from '@rjsf/utils'
import type { ActionsLabels } from '../../labels/ActionsLabels'

/** What the kit's templates read from rjsf's `formContext`. */
export interface KitFormContext extends FormContextType {
  labels: ActionsLabels
  /** The connection whose data collections fill reference fields. */
  connection?: string
}

/** The rjsf type parameters of the kit's form. */
// rjsf's data type stays `unknown`: its recursive ErrorSchema over a JSON type is too deep for the compiler.
export type KitData = unknown
export type KitSchema = RJSFSchema

/**
 * rjsf builds ids from property names, which may contain spaces; an id list (`aria-describedby`) splits on
 * whitespace, so the ids it points at are escaped.
 */
export function safeId(id: string): string {
  return id.replace(/[\s%]/g, (char) => `%${char.charCodeAt(0).toString(16)}`)
}

/** The ids an input's `aria-describedby` points at: only elements that are actually rendered. */
export function describedBy(id: string, hasDescription: boolean, rawErrors: readonly string[] | undefined) {
  const ids = [
    hasDescription && safeId(`${id}__description`),
    rawErrors?.length && safeId(`${id}__error`),
  ].filter(Boolean)
  return ids.length > 0 ? ids.join(' ') : undefined
}
