import { useCallback, useState } from 'react'
import { deepEquals } from '@rjsf/utils'
import type { JsonObject } from '../../../types'

interface FormDataProp {
  /** The `formData` prop rjsf was last given. */
  prop: JsonObject
  /** The data rjsf holds: its prop, or what it reported since through `onChange`. */
  own: JsonObject
  /** rjsf's other props, by identity, as they were last given. */
  others: readonly unknown[]
  /** Bumped to give rjsf a fresh form, for data it would not notice as a change. */
  key: number
}

/**
 * The `formData` prop of a controlled rjsf form, without the echo. rjsf commits a change, reports it, and the parent
 * hands the reported data straight back; as a new prop that costs rjsf a full re-derivation of its state and a
 * commit of its own, a third commit per keystroke. So data rjsf reported itself is not handed back while nothing else
 * changes: rjsf already holds it, and with deeply equal props it skips the render. Any change to its other props
 * (`others`, compared by identity) brings the latest data along, since rjsf re-derives its state from its prop then.
 * Data from elsewhere (another action's draft, a new default input, a controlled value the parent replaced or
 * reshaped) is passed on as before; the one case rjsf could not notice, data equal to the prop it has but not to what
 * it holds, remounts the form with `key`.
 */
export function useFormDataProp(formData: JsonObject, others: readonly unknown[]) {
  const [state, setState] = useState<FormDataProp>({ prop: formData, own: formData, others, key: 0 })
  let current = state
  const othersChanged = others.some((value, index) => value !== state.others[index])
  if (formData !== state.prop && (formData !== state.own || othersChanged)) {
    const unnoticed =
      formData !== state.own && deepEquals(formData, state.prop) && !deepEquals(formData, state.own)
    current = { prop: formData, own: formData, others, key: unnoticed ? state.key + 1 : state.key }
    setState(current)
  } else if (othersChanged) {
    current = { ...state, others }
    setState(current)
  }
  /** Records data rjsf reported through `onChange`, before the parent hands it back. */
  const reported = useCallback((data: JsonObject) => {
    setState((previous) => (previous.own === data ? previous : { ...previous, own: data }))
  }, [])
  return [current, reported] as const
}
