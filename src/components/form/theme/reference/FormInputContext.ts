import { createContext } from 'react'
import type { JsonObject } from '../../../../types'

/**
 * The whole input of the form, for reference parameters that refer to other fields (`$var`). A context of its
 * own rather than rjsf's `formContext`: only reference widgets read it, so typing re-renders no other widget.
 */
export const FormInputContext = createContext<JsonObject>({})
