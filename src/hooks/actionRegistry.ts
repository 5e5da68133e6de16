import type { ActionInstance, ActionInstanceConfig, JsonObject } from '../types'

/**
 * Input and output types of actions, by connection key and action key. Empty in the kit; `react-action-instances
 * typegen` writes a `.d.ts` that fills it through declaration merging, and hooks infer from it when `connection`
 * and `action` are literal keys in it.
 * @example
 * declare module 'react-action-instances' {
 *   interface ActionRegistry {
 *     hubspot: { 'create-contact': { input: { email: string }; output: { id: string } } }
 *   }
 * }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ActionRegistry {}

/** The registry entry of action `A` on connection `C`, or `never` when they are not literal keys in it. */
type RegistryEntry<C extends string, A extends string> = [C] extends [keyof ActionRegistry]
  ? [A] extends [keyof ActionRegistry[C]]
    ? ActionRegistry[C][A]
    : never
  : never

/** The run input of action `A` on connection `C` from `ActionRegistry`; `JsonObject` when not registered. */
export type ActionInputOf<C extends string, A extends string> = [RegistryEntry<C, A>] extends [never]
  ? JsonObject
  : RegistryEntry<C, A> extends { input: infer I extends object }
    ? I
    : JsonObject

/** The run output of action `A` on connection `C` from `ActionRegistry`; `unknown` when not registered. */
export type ActionOutputOf<C extends string, A extends string> = [RegistryEntry<C, A>] extends [never]
  ? unknown
  : RegistryEntry<C, A> extends { output: infer O }
    ? O
    : unknown

/** `ActionInstance` with `config.defaultInput` typed from `ActionRegistry`; `ActionInstance` when not registered. */
export type ActionInstanceOf<C extends string, A extends string> = [RegistryEntry<C, A>] extends [never]
  ? ActionInstance
  : Omit<ActionInstance, 'config'> & {
      config?: Omit<ActionInstanceConfig, 'defaultInput'> & { defaultInput?: Partial<ActionInputOf<C, A>> }
    }
