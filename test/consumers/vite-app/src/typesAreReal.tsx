// Fails to type-check when the kit's types resolve to `any` in this app (an unused `@ts-expect-error`).
import { ActionList } from 'react-action-instances/components'
import { useActions } from 'react-action-instances'
import { toToolDefinitions } from 'react-action-instances/tools'

export function WrongProps() {
  // @ts-expect-error `connection` is a string
  useActions({ connection: 42 })
  // @ts-expect-error `format` is one of the four the kit writes
  toToolDefinitions([], { format: 'gemini' })
  // @ts-expect-error `selectedAction` is a string or null
  return <ActionList connection="hubspot" selectedAction={7} onSelectedActionChange={() => undefined} />
}
