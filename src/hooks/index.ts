export { actionKeys } from './actionKeys'
export { actionQueryDefaults } from './actionQueryDefaults'
export { actionDetailQueryOptions } from './actionDetailQueryOptions'
export { actionListQueryOptions, DEFAULT_STALE_TIME_MS } from './actionListQueryOptions'
export { actionRunLogQueryOptions } from './actionRunLogQueryOptions'
export { actionRunLogsQueryOptions } from './actionRunLogsQueryOptions'
export { connectionQueryOptions } from './connectionQueryOptions'
export { ActionsProvider } from './ActionsProvider'
export { dataCollectionQueryOptions } from './dataCollectionQueryOptions'
export { archiveActionMutationOptions } from './archiveActionMutationOptions'
export { patchActionMutationOptions } from './patchActionMutationOptions'
export { resetActionMutationOptions } from './resetActionMutationOptions'
export { setupActionMutationOptions } from './setupActionMutationOptions'
export { useAction } from './useAction'
export { useActionRunLog } from './useActionRunLog'
export { useActionRunLogs } from './useActionRunLogs'
export { useActionRuns } from './useActionRuns'
export { useConnection } from './useConnection'
export { useActions } from './useActions'
export { useActionsClient } from './useActionsClient'
export { useDataCollection } from './useDataCollection'
export { useArchiveAction } from './useArchiveAction'
export { usePatchAction } from './usePatchAction'
export { runActionMutationOptions } from './runActionMutationOptions'
export { useActionPrefetcher } from './useActionPrefetcher'
export { useResetAction } from './useResetAction'
export { useRunAction } from './useRunAction'
export { useSetupAction } from './useSetupAction'
export type {
  ActionListFilters,
  ActionRunLogFilters,
  ActionWriteKind,
  DataCollectionFilters,
} from './actionKeys'
export type { ActionRunLogKey, ActionRunLogQueryOptions } from './actionRunLogQueryOptions'
export type {
  ActionRunLogsData,
  ActionRunLogsKey,
  ActionRunLogsQueryOptions,
} from './actionRunLogsQueryOptions'
export type { ConnectionKey, ConnectionQueryOptions } from './connectionQueryOptions'
export type {
  DataCollectionData,
  DataCollectionKey,
  DataCollectionQueryOptions,
  DataCollectionSelector,
} from './dataCollectionQueryOptions'
export type { UseDataCollectionInput } from './useDataCollection'
export type { ActionDetailKey, ActionDetailQueryOptions } from './actionDetailQueryOptions'
export type { ActionListData, ActionListKey, ActionListQueryOptions } from './actionListQueryOptions'
export type { ActionsProviderProps } from './ActionsProvider'
export type { ActionMutationOptions } from './composeHandlers'
export type { RunActionSelector, RunActionResult } from './useRunAction'
export type { ActionInputOf, ActionInstanceOf, ActionOutputOf, ActionRegistry } from './actionRegistry'
export type { ActionRun, ActionSelector, ActionListSelector } from './types'
