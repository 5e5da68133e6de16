import type { ActionInstanceState, ActionType } from '../../types'

/**
 * Every user-visible string of the components. Strings that contain values are functions, so a locale can
 * order words and pick plural forms itself.
 */
export interface ActionsLabels {
  // ---------------------------------------------------------------- common
  /** Generic loading text for a region that is fetching. */
  loading: string
  /** Button that repeats a failed request. */
  retry: string
  /** Button that dismisses a dialog or stops a pending operation. */
  cancel: string
  /** Button that closes a dialog. */
  close: string
  /** Text of an error whose message is unknown. */
  unknownError: string
  /** Heading of a failed load of one action. */
  actionLoadError: string
  /** Human name of an action type, shown next to the action name. */
  actionType: (type: ActionType) => string
  /** Human name of an instance state. */
  actionState: (state: ActionInstanceState) => string

  // ---------------------------------------------------------------- badges
  /** Badge on an action the customer has customized. */
  badgeCustomized: string
  /** Badge on an action whose setup is older than the parent action. */
  badgeOutdated: string
  /** Badge on an action in an error state (`SETUP_FAILED`, `CONFIGURATION_ERROR`). */
  badgeStateError: (state: ActionInstanceState) => string

  // ---------------------------------------------------------------- list
  /** Accessible name of the list of actions. */
  listLabel: string
  /** Label of the search box above the list. */
  listSearchLabel: string
  /** Placeholder of the search box. */
  listSearchPlaceholder: string
  /** Button that loads the next page. */
  listLoadMore: string
  /** Text of the "Load more" button while the next page loads. */
  listLoadingMore: string
  /** Text of an empty list without a search. */
  listEmpty: string
  /** Text of an empty list for a search. */
  listEmptySearch: (search: string) => string
  /** Heading of a list that failed to load. */
  listError: string
  /** Screen-reader summary of how many actions are shown. */
  listCount: (count: number) => string

  // ---------------------------------------------------------------- form
  /** Accessible name of the input form. */
  formLabel: (actionName: string) => string
  /** Text announced while the form code loads. */
  formLoading: string
  /** Summary announced after a submit attempt with invalid fields. */
  formErrorSummary: (count: number) => string
  /** Marker after the label of a required field (read out as the word). */
  formRequired: string
  /** Text shown when the action takes no input. */
  formNoInput: string
  /** Heading of a schema that cannot be rendered. */
  formSchemaError: string
  /** Detail: the schema is not valid JSON Schema. */
  formSchemaInvalid: (message: string) => string
  /** Detail: a `$ref` points back at itself through a loop. */
  formSchemaRefCycle: (ref: string) => string
  /** Detail: a `$ref` points at nothing. */
  formSchemaRefMissing: (ref: string) => string
  /** Detail: the form crashed while rendering. */
  formCrashed: string
  /** Button that loads the form again after it failed (a lost connection while loading its code). */
  formTryAgain: string
  /** Placeholder option of a select without a value. */
  formSelectPlaceholder: string
  /** Button that adds an entry to a list field. */
  formAddItem: string
  /** Button that removes entry `index` (0-based) of a list field. */
  formRemoveItem: (index: number) => string
  /** Button that moves entry `index` up. */
  formMoveItemUp: (index: number) => string
  /** Button that moves entry `index` down. */
  formMoveItemDown: (index: number) => string
  /** Accessible name of entry `index` of a list field called `field`. */
  formItemLabel: (field: string, index: number) => string
  /** Message of a required field left empty. */
  formFieldRequired: string
  /** Message of a field that is not a valid e-mail address. */
  formFieldEmail: string
  /** Message of a field that is not a valid URL. */
  formFieldUri: string
  /** Message of a field that is not a valid date. */
  formFieldDate: string
  /** Label of the option "yes" of a boolean select. */
  formYes: string
  /** Label of the option "no" of a boolean select. */
  formNo: string

  // ---------------------------------------------------------------- reference fields (data collections)
  /** Placeholder of a reference field without a value. */
  referencePlaceholder: string
  /** Button that opens or closes the choices of a reference field. */
  referenceToggle: string
  /** Button that clears the value of a reference field. */
  referenceClear: string
  /** Button that removes one chosen value of a multi-select reference field. */
  referenceRemove: (label: string) => string
  /** Text while the choices load. */
  referenceLoading: string
  /** Text when the collection has no choices. */
  referenceEmpty: string
  /** Text when a search found nothing. */
  referenceEmptySearch: (search: string) => string
  /** Heading of choices that failed to load. */
  referenceError: string
  /** Button that loads the next page of choices. */
  referenceLoadMore: string
  /** Status when only the first `count` choices are loaded and more exist. */
  referenceShowingMore: (count: number) => string
  /** Option that uses the typed text as the value (`allowCustom`). */
  referenceCreate: (value: string) => string
  /** Placeholder of a field whose choices depend on another field that has no value yet. */
  referenceNeedsParent: (field: string) => string
  /** Button that shows the value of a sensitive field. */
  sensitiveShow: string
  /** Button that hides the value of a sensitive field again. */
  sensitiveHide: string

  // ---------------------------------------------------------------- run
  /** Text of the run button. */
  runButton: string
  /** Text of the run button while the run is pending. */
  runPending: (elapsedMs: number) => string
  /** Button that cancels a pending run. */
  runCancel: string
  /** Announcement after a successful run. */
  runSucceeded: string
  /** Announcement after a cancelled run. */
  runCancelled: string

  // ---------------------------------------------------------------- output
  /** Heading of the output of a run. */
  outputTitle: string
  /** Heading of the logs of a run. */
  outputLogs: string
  /** Button that copies the output as JSON. */
  outputCopy: string
  /** Text of the copy button after a successful copy. */
  outputCopied: string
  /** Text shown when copying failed. */
  outputCopyFailed: string
  /** Text of a run without output. */
  outputEmpty: string
  /** Summary of a collapsed object. */
  outputObjectSummary: (count: number) => string
  /** Summary of a collapsed array. */
  outputArraySummary: (count: number) => string
  /** Button that renders the next page of a large object or array. */
  outputShowMore: (shown: number, total: number) => string
  /** Heading for an error by its type: bad_request, action_run, network_error, timeout, ... */
  errorTitle: (type: string, status: number) => string
  /** Heading of the list of field errors of an error. */
  errorFields: string

  // ---------------------------------------------------------------- runner and history
  /** Heading of the run history. */
  historyTitle: string
  /** Text of an empty run history. */
  historyEmpty: string
  /** Human status of a run in the history. */
  historyStatus: (status: 'pending' | 'success' | 'error' | 'cancelled') => string
  /** Time and duration of a run in the history. */
  historyTime: (startedAt: number, durationMs: number | undefined) => string
  /** Accessible name of the group of management actions (customize, reset, setup, archive). */
  runnerManage: string
  /** Shown by `ActionRunner` once its instance was archived. */
  runnerArchived: (actionName: string) => string
  /** The button that starts again with a fresh copy of an archived action. */
  runnerUseAgain: string

  // ---------------------------------------------------------------- customize dialog
  /** Trigger and title of the customize dialog. */
  customizeTitle: string
  /** Description in the customize dialog. */
  customizeDescription: (actionName: string) => string
  /** Status line: the action is customized. */
  customizeIsCustomized: string
  /** Status line: the action uses the defaults. */
  customizeIsDefault: string
  /** Save button of the customize dialog. */
  customizeSave: string
  /** Save button while saving. */
  customizeSaving: string
  /** Heading of a failed save. */
  customizeSaveError: string
  /** Announcement after a save. */
  customizeSaved: string

  // ---------------------------------------------------------------- reset dialog
  /** Trigger and title of the reset dialog. */
  resetTitle: string
  /** What a reset erases; `fieldCount` is the number of default-input fields. */
  resetDescription: (actionName: string, fieldCount: number, hasCustomSchema: boolean) => string
  /** Text when there is nothing customized to erase. */
  resetNothing: (actionName: string) => string
  /** Confirm button of the reset dialog. */
  resetConfirm: string
  /** Confirm button while resetting. */
  resetPending: string
  /** Heading of a failed reset. */
  resetError: string

  // ---------------------------------------------------------------- archive dialog
  /** Trigger and title of the archive dialog. */
  archiveTitle: string
  /** What archiving does. */
  archiveDescription: (actionName: string) => string
  /** Confirm button of the archive dialog. */
  archiveConfirm: string
  /** Confirm button while archiving. */
  archivePending: string
  /** Heading of a failed archive. */
  archiveError: string

  // ---------------------------------------------------------------- tool-call approval
  /** Heading of a tool call the assistant asks to run. */
  toolCallTitle: (actionName: string) => string
  /** Button that runs the call with the arguments in the form. */
  toolCallApprove: string
  /** Button that runs the call and never asks again for this action. */
  toolCallAlwaysAllow: string
  /** Button that opens the denial (with an optional reason). */
  toolCallDeny: string
  /** Label of the reason field returned to the assistant. */
  toolCallDenyReason: string
  /** Button that sends the denial. */
  toolCallConfirmDeny: string
  /** Status while the approved call runs. */
  toolCallRunning: string
  /** Status after an approved call ran; `auto` when it was always allowed. */
  toolCallSucceeded: (auto: boolean) => string
  /** Heading of an approved call that failed. */
  toolCallFailed: string
  /** Status of a denied call, with the reason when one was given. */
  toolCallDenied: (reason: string) => string

  // ---------------------------------------------------------------- setup button
  /** Text of the setup button. */
  setupButton: string
  /** Text of the setup button while it runs. */
  setupPending: string
  /** Hint next to the setup button when the instance is outdated. */
  setupOutdatedHint: string
  /** Heading of a failed setup. */
  setupError: string
  /** Announcement after a setup. */
  setupDone: string

  // ---------------------------------------------------------------- run logs and replay
  /** Heading of the server-side run history (`ActionRunLog`). */
  runLogTitle: string
  /** Text of an empty run log. */
  runLogEmpty: string
  /** Heading of a failed load of the run log. */
  runLogError: string
  /** Human status of a logged run. */
  runLogStatus: (status: 'success' | 'error') => string
  /** When a logged run started (ISO time) and how long it took. */
  runLogTime: (createdAt: string, durationMs: number) => string
  /** Heading of a logged run's input. */
  runLogInput: string
  /** Button that loads older runs. */
  runLogLoadMore: string
  /** The button that replays a logged run. */
  replayButton: string
  /** Title of the replay dialog. */
  replayTitle: (actionName: string) => string
  /** Description of the replay dialog: what happens and when the run was (ISO time). */
  replayDescription: (createdAt: string, hasMaskedValues: boolean) => string
  /** Run button of the replay dialog. */
  replayRun: string

  // ---------------------------------------------------------------- connection status
  /** Accessible name of a connection's status. */
  connectionLabel: (connectionName: string) => string
  /** The connection works. */
  connectionConnected: string
  /** The connection stopped working. */
  connectionDefunct: string
  /** Why a connection stopped working, by its error key (such as `access_token_expired`). */
  connectionDefunctReason: (key: string | undefined) => string
  /** Heading of a failed load of the connection. */
  connectionError: string
  /** The button that reconnects a defunct connection. */
  reconnectButton: string
  /** The reconnect button while the host's reconnect runs. */
  reconnectPending: string
  /** Announcement after reconnecting. */
  reconnectDone: string
}
