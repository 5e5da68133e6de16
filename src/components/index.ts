export { ActionsLabelsProvider } from './labels/ActionsLabelsProvider'
export { useLabels } from './labels/useLabels'
export { enLabels } from './labels/enLabels'
export { deLabels } from './labels/deLabels'
export type { ActionsLabels } from './labels/ActionsLabels'
export type { ActionsLabelsProviderProps } from './labels/ActionsLabelsProvider'
export { ActionBadges } from './list/ActionBadges'
export type { ActionBadgesProps } from './list/ActionBadges'
export { ActionList } from './list/ActionList'
export type { ActionListProps } from './list/ActionList'
export {
  CustomizeActionDialog,
  CustomizeActionDialogContent,
  CustomizeActionDialogRoot,
  CustomizeActionDialogTrigger,
} from './dialogs/CustomizeActionDialog'
export type {
  CustomizeActionDialogContentProps,
  CustomizeActionDialogProps,
  CustomizeActionDialogRootProps,
} from './dialogs/CustomizeActionDialog'
export {
  ResetActionDialog,
  ResetActionDialogContent,
  ResetActionDialogRoot,
  ResetActionDialogTrigger,
} from './dialogs/ResetActionDialog'
export type { ResetActionDialogProps, ResetActionDialogRootProps } from './dialogs/ResetActionDialog'
export {
  ArchiveActionDialog,
  ArchiveActionDialogContent,
  ArchiveActionDialogRoot,
  ArchiveActionDialogTrigger,
} from './dialogs/ArchiveActionDialog'
export type { ArchiveActionDialogProps, ArchiveActionDialogRootProps } from './dialogs/ArchiveActionDialog'
export type { ConfirmContentProps, ConfirmDialogTriggerProps } from './dialogs/ConfirmActionDialog'
export { SetupActionButton } from './runner/SetupActionButton'
export type { SetupActionButtonProps } from './runner/SetupActionButton'
export { ActionOutput } from './output/ActionOutput'
export { ActionErrorMessage } from './output/ActionErrorMessage'
export { CopyJsonButton } from './output/CopyJsonButton'
export { JsonTree } from './output/JsonTree'
export type { ActionOutputProps } from './output/ActionOutput'
export type { ActionErrorMessageProps } from './output/ActionErrorMessage'
export type { CopyJsonButtonProps } from './output/CopyJsonButton'
export type { JsonTreeProps } from './output/JsonTree'
export { ActionInputForm, preloadActionForm } from './form/ActionInputForm'
export { FormSkeleton } from './form/FormSkeleton'
export type { ActionFormSubmitEvent, ActionInputFormProps } from './form/ActionInputForm'
export type { FormSkeletonProps } from './form/FormSkeleton'
export { RunActionButton } from './form/RunActionButton'
export type { RunActionButtonProps } from './form/RunActionButton'
export { ActionRunner } from './runner/ActionRunner'
export { ActionRunHistory } from './runner/ActionRunHistory'
export type { ActionRunnerProps } from './runner/ActionRunner'
export type { ActionRunHistoryProps } from './runner/ActionRunHistory'
export type { ActionDialogProps } from './dialogs/ActionDialogProps'
export { ActionRunLog } from './runLogs/ActionRunLog'
export { ReplayRunDialog } from './runLogs/ReplayRunDialog'
export type { ActionRunLogProps } from './runLogs/ActionRunLog'
export type { ReplayRunDialogProps } from './runLogs/ReplayRunDialog'
export { ConnectionStatus } from './connection/ConnectionStatus'
export { ReconnectButton } from './connection/ReconnectButton'
export type { ConnectionStatusProps } from './connection/ConnectionStatus'
export type { ReconnectButtonProps, ReconnectHandler } from './connection/ReconnectButton'
export { ToolCallApproval } from './tools/ToolCallApproval'
export { useToolCalls } from './tools/useToolCalls'
export type { ToolCallApprovalProps } from './tools/ToolCallApproval'
export type {
  ToolCallEntry,
  ToolCallStatus,
  UseToolCallsOptions,
  UseToolCallsResult,
} from './tools/useToolCalls'
