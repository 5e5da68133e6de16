import type { ActionsApiError } from '../client/ActionsApiError'
import type { JsonObject } from '../types'
import type { ActionListFilters } from './actionKeys'

/** Which action instance a hook is about. */
export interface ActionSelector {
  /** An integration key (such as `hubspot`), a connection id or an integration id. */
  connection: string
  /** An action key (such as `create-contact`) or an instance id. */
  action: string
  /** Selects one of several instances of the same action. Defaults to the default instance. */
  instanceKey?: string
}

/** Which list of action instances `useActions` reads. */
export interface ActionListSelector extends ActionListFilters {
  /** An integration key (such as `hubspot`), a connection id or an integration id. */
  connection: string
}

/** One run of an action in this session, as `useActionRuns` reports it. */
export interface ActionRun<TInput = JsonObject, TOutput = unknown> {
  /** Unique within the session; later runs have larger ids. */
  id: number
  status: 'pending' | 'success' | 'error' | 'cancelled'
  input: TInput
  output?: TOutput
  logs?: unknown[]
  error?: ActionsApiError
  /** When the run started (ms since epoch). */
  startedAt: number
  /** When the run settled (ms since epoch). */
  finishedAt?: number
}
