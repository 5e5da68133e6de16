import type { ActionInstanceState, ActionType } from '../../types'
import type { ActionsLabels } from './ActionsLabels'

const actionTypes: Record<ActionType, string> = {
  'list-data-records': 'List records',
  'find-data-record-by-id': 'Find record by id',
  'match-data-record': 'Match record',
  'create-data-record': 'Create record',
  'find-or-create-data-record': 'Find or create record',
  'update-data-record': 'Update record',
  'delete-data-record': 'Delete record',
  'search-data-record': 'Search records',
  'connector-operation': 'Connector operation',
  'api-request-to-external-app': 'API request to the app',
  'api-request-to-your-app': 'API request to your app',
  'http-request': 'HTTP request',
  'run-javascript': 'Run JavaScript',
  'api-request': 'API request',
}

const states: Record<ActionInstanceState, string> = {
  READY: 'Ready',
  SETTING_UP: 'Setting up',
  SETUP_FAILED: 'Setup failed',
  CONFIGURATION_ERROR: 'Configuration error',
}

const errorTitles: Record<string, string> = {
  bad_request: 'The input is invalid',
  action_run: 'The app rejected the action',
  connection: 'The connection to the app no longer works',
  network_error: 'The network is unreachable',
  timeout: 'The request took too long',
  aborted: 'The request was cancelled',
  invalid_response: 'The server sent an unreadable response',
  not_authenticated: 'You are not signed in',
  access_denied: 'You may not do this',
  not_found: 'Not found',
  rate_limit_exceeded: 'Too many requests, try again shortly',
  internal: 'The server failed',
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

/** The English labels, used when no other labels are provided. */
export const enLabels: ActionsLabels = {
  loading: 'Loading…',
  retry: 'Retry',
  cancel: 'Cancel',
  close: 'Close',
  unknownError: 'Something went wrong.',
  actionLoadError: 'The action could not be loaded',
  actionType: (type) => actionTypes[type] ?? type,
  actionState: (state) => states[state] ?? state,

  badgeCustomized: 'Customized',
  badgeOutdated: 'Outdated',
  badgeStateError: (state) => states[state] ?? state,

  listLabel: 'Actions',
  listSearchLabel: 'Search actions',
  listSearchPlaceholder: 'Search…',
  listLoadMore: 'Load more',
  listLoadingMore: 'Loading more…',
  listEmpty: 'No actions yet.',
  listEmptySearch: (search) => `No actions match “${search}”.`,
  listError: 'The actions could not be loaded',
  listCount: (count) => plural(count, 'action', 'actions'),

  formLabel: (actionName) => `Input for ${actionName}`,
  formLoading: 'Loading the form…',
  formErrorSummary: (count) => `${plural(count, 'field needs', 'fields need')} attention.`,
  formRequired: 'required',
  formNoInput: 'This action takes no input.',
  formSchemaError: 'This form cannot be shown',
  formSchemaInvalid: (message) => `The input schema is not valid JSON Schema: ${message}`,
  formSchemaRefCycle: (ref) => `The input schema refers to itself in a loop through ${ref}.`,
  formSchemaRefMissing: (ref) => `The input schema refers to ${ref}, which does not exist.`,
  formCrashed: 'The form failed while rendering.',
  formTryAgain: 'Try again',
  formSelectPlaceholder: 'Choose…',
  formAddItem: 'Add item',
  formRemoveItem: (index) => `Remove item ${index + 1}`,
  formMoveItemUp: (index) => `Move item ${index + 1} up`,
  formMoveItemDown: (index) => `Move item ${index + 1} down`,
  formItemLabel: (field, index) => `${field}, item ${index + 1}`,
  formFieldRequired: 'This field is required.',
  formFieldEmail: 'Enter a valid e-mail address.',
  formFieldUri: 'Enter a valid URL.',
  formFieldDate: 'Enter a valid date.',
  formYes: 'Yes',
  formNo: 'No',

  referencePlaceholder: 'Choose…',
  referenceToggle: 'Show choices',
  referenceClear: 'Clear',
  referenceRemove: (label) => `Remove ${label}`,
  referenceLoading: 'Loading choices…',
  referenceEmpty: 'No choices.',
  referenceEmptySearch: (search) => `Nothing matches “${search}”.`,
  referenceError: 'The choices could not be loaded',
  referenceLoadMore: 'Load more',
  referenceShowingMore: (count) => `Showing ${count} of more`,
  referenceCreate: (value) => `Use “${value}”`,
  referenceNeedsParent: (field) => `Choose ${field} first`,
  sensitiveShow: 'Show',
  sensitiveHide: 'Hide',

  runButton: 'Run',
  runPending: (elapsedMs) => `Running… ${seconds(elapsedMs)}`,
  runCancel: 'Cancel run',
  runSucceeded: 'The action ran successfully.',
  runCancelled: 'The run was cancelled.',

  outputTitle: 'Output',
  outputLogs: 'Logs',
  outputCopy: 'Copy JSON',
  outputCopied: 'Copied',
  outputCopyFailed: 'Copy failed',
  outputEmpty: 'The action returned no output.',
  outputObjectSummary: (count) => `{ ${plural(count, 'key', 'keys')} }`,
  outputArraySummary: (count) => `[ ${plural(count, 'item', 'items')} ]`,
  outputShowMore: (shown, total) => `Show more (${shown} of ${total} shown)`,
  errorTitle: (type, status) =>
    errorTitles[type] ?? (status ? `Request failed (${status})` : 'Request failed'),
  errorFields: 'Fields',

  historyTitle: 'Run history',
  historyEmpty: 'No runs yet.',
  historyStatus: (status) =>
    ({ pending: 'Running', success: 'Succeeded', error: 'Failed', cancelled: 'Cancelled' })[status],
  historyTime: (startedAt, durationMs) =>
    `${new Date(startedAt).toLocaleTimeString('en')}${durationMs === undefined ? '' : ` · ${seconds(durationMs)}`}`,
  runnerManage: 'Manage action',
  runnerArchived: (actionName) => `“${actionName}” is archived.`,
  runnerUseAgain: 'Use it again',

  toolCallTitle: (actionName) => `The assistant wants to run “${actionName}”`,
  toolCallApprove: 'Approve',
  toolCallAlwaysAllow: 'Always allow this action',
  toolCallDeny: 'Deny',
  toolCallDenyReason: 'Reason for the assistant (optional)',
  toolCallConfirmDeny: 'Deny the call',
  toolCallRunning: 'Running the approved call…',
  toolCallSucceeded: (auto) =>
    auto ? 'Ran without asking: this action is always allowed.' : 'Approved and run.',
  toolCallFailed: 'The approved call failed',
  toolCallDenied: (reason) => (reason ? `Denied: ${reason}` : 'Denied.'),

  customizeTitle: 'Customize',
  customizeDescription: (actionName) => `Set the default input that every run of “${actionName}” uses.`,
  customizeIsCustomized: 'This action is customized.',
  customizeIsDefault: 'This action uses the default settings.',
  customizeSave: 'Save',
  customizeSaving: 'Saving…',
  customizeSaveError: 'The customization could not be saved',
  customizeSaved: 'Customization saved.',

  resetTitle: 'Reset to default',
  resetDescription: (actionName, fieldCount, hasCustomSchema) =>
    `Resetting erases your default input for “${actionName}” (${plural(fieldCount, 'field', 'fields')})${
      hasCustomSchema ? ' and its customized input schema' : ''
    }.`,
  resetNothing: (actionName) => `“${actionName}” already uses the default settings.`,
  resetConfirm: 'Reset',
  resetPending: 'Resetting…',
  resetError: 'The action could not be reset',

  archiveTitle: 'Archive',
  archiveDescription: (actionName) =>
    `Archiving “${actionName}” removes it from the list. Using it again later starts a fresh copy with the default settings.`,
  archiveConfirm: 'Archive',
  archivePending: 'Archiving…',
  archiveError: 'The action could not be archived',

  setupButton: 'Refresh setup',
  setupPending: 'Refreshing…',
  setupOutdatedHint: 'Update available: the connected app changed since this action was set up.',
  setupError: 'The setup could not be refreshed',
  setupDone: 'Setup refreshed.',

  runLogTitle: 'Run history',
  runLogEmpty: 'No runs logged yet.',
  runLogError: 'The run history could not be loaded',
  runLogStatus: (status) => (status === 'success' ? 'Succeeded' : 'Failed'),
  runLogTime: (createdAt, durationMs) =>
    `${new Date(createdAt).toLocaleString('en')} · ${seconds(durationMs)}`,
  runLogInput: 'Input',
  runLogLoadMore: 'Load older runs',
  replayButton: 'Replay',
  replayTitle: (actionName) => `Replay “${actionName}”`,
  replayDescription: (createdAt, hasMaskedValues) =>
    `The form holds the input of the run from ${new Date(createdAt).toLocaleString('en')}. Change what you need, then run it again.${
      hasMaskedValues ? ' Sensitive values are not logged: enter them again.' : ''
    }`,
  replayRun: 'Run again',

  connectionLabel: (connectionName) => `Connection to ${connectionName}`,
  connectionConnected: 'Connected',
  connectionDefunct: 'Disconnected',
  connectionDefunctReason: (key) =>
    key === 'access_token_expired'
      ? 'The access to the app expired or was revoked. Reconnect to run actions again.'
      : 'The connection to the app stopped working. Reconnect to run actions again.',
  connectionError: 'The connection could not be loaded',
  reconnectButton: 'Reconnect',
  reconnectPending: 'Reconnecting…',
  reconnectDone: 'Reconnected.',
}
