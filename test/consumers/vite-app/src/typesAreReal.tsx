// Fails to type-check when the kit's types resolve to `any` in this app (an unused `@ts-expect-error`).
import { ActionList } from 'react-action-instances/components'
import { useActions } from 'react-action-instances'

export function WrongProps() {
  // @ts-expect-error `connection` is a string
  useActions({ connection: 42 })
  // @ts-expect-error `selectedAction` is a string or null
  return <ActionList connection="hubspot" selectedAction={7} onSelectedActionChange={() => undefined} />
}
