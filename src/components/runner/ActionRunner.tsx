import { clsx } from 'clsx'
import { useId, useState } from 'react'
import type { HTMLAttributes } from 'react'
import { useMutation } from '@tanstack/react-query'
import type { ActionsApiError } from '../../client/ActionsApiError'
import { actionKeys } from '../../hooks/actionKeys'
import { useActionsContext } from '../../hooks/ActionsContext'
import { useAction } from '../../hooks/useAction'
import { useActionRuns } from '../../hooks/useActionRuns'
import type { ActionInputOf, ActionOutputOf } from '../../hooks/actionRegistry'
import type { ActionSelector } from '../../hooks/types'
import type { ActionInstance, ActionRunResponse } from '../../types'
import { ActionBadges } from '../list/ActionBadges'
import { ActionErrorMessage } from '../output/ActionErrorMessage'
import { nameOf } from '../internal/instanceFields'
import { ActionInputForm } from '../form/ActionInputForm'
import { ActionOutput } from '../output/ActionOutput'
import { ActionRunHistory } from './ActionRunHistory'
import { ArchiveActionDialog } from '../dialogs/ArchiveActionDialog'
import { CustomizeActionDialog } from '../dialogs/CustomizeActionDialog'
import { ResetActionDialog } from '../dialogs/ResetActionDialog'
import { RunActionButton } from '../form/RunActionButton'
import { SetupActionButton } from './SetupActionButton'
import { ReconnectButton } from '../connection/ReconnectButton'
import type { ReconnectHandler } from '../connection/ReconnectButton'
import type { ActionsLabels } from '../labels/ActionsLabels'
import { useLabels } from '../labels/useLabels'
import { withLabels } from '../labels/withLabels'

/**
 * Props of `ActionRunner`. When `connection` and `action` are literal keys of `ActionRegistry`, the run callbacks
 * get the action's input and output types.
 */
export interface ActionRunnerProps<C extends string = string, A extends string = string>
  extends ActionSelector, HTMLAttributes<HTMLElement> {
  connection: C
  action: A
  /** Called once after the customer archived the action from the runner. */
  onArchiveSuccess?: () => void
  /**
   * Called with the fresh instance after the customer chose "Use it again" on an archived action. Its id is new:
   * select it by that id (a runner selected by the archived id follows it by itself).
   */
  onUseAgain?: (action: ActionInstance) => void
  /** Called after a successful run. */
  onRunSuccess?: (response: ActionRunResponse<ActionOutputOf<C, A>>, input: ActionInputOf<C, A>) => void
  /** Called after a failed run. */
  onRunError?: (error: ActionsApiError, input: ActionInputOf<C, A>) => void
  /**
   * The host's reconnect flow, offered when a run fails because the connection is defunct (type `connection`); the
   * form keeps its input, so the customer can run again after reconnecting. Defaults to opening the connection's
   * `clientAction.uiUrl`.
   */
  onReconnect?: ReconnectHandler
  /** Overrides of the labels from `ActionsLabelsProvider`. Defaults to none. */
  labels?: Partial<ActionsLabels>
}

/**
 * The drop-in composite: header with badges, the input form with its run button, the output of the latest run,
 * the run history, and customize, reset, setup and archive.
 */
export function ActionRunner<C extends string, A extends string>({
  connection,
  action,
  instanceKey,
  onArchiveSuccess,
  onUseAgain,
  onRunSuccess,
  onRunError,
  onReconnect,
  labels: labelsProp,
  className,
  ...props
}: ActionRunnerProps<C, A>) {
  const labels = useLabels(labelsProp)
  const { client, queryClient } = useActionsContext('ActionRunner')
  // An archived instance selected by id cannot be read again (its GET is a 404): after "Use it again" the runner
  // follows the fresh instance's id until the caller selects another action.
  const [followed, setFollowed] = useState<{ from: string; to: string } | undefined>(undefined)
  const current = followed?.from === action ? followed.to : action
  const selector = { connection, action: current, instanceKey }
  const query = useAction(selector)
  const runs = useActionRuns(selector)
  const titleId = useId()
  const instance = query.data
  const latest = runs.find((run) => run.status === 'success' || run.status === 'error')
  const archived = Boolean(instance?.archivedAt)
  const useAgain = useMutation(
    {
      // The API answers a read of the action by its key with a fresh default copy.
      mutationFn: () =>
        client
          .connection(connection)
          .action(instance?.key ?? instance?.parentId ?? current, { instanceKey })
          .get(),
      onSuccess: async (fresh) => {
        queryClient.setQueryData(actionKeys.detail(connection, current, instanceKey), fresh)
        if (fresh.key) queryClient.setQueryData(actionKeys.detail(connection, fresh.key, instanceKey), fresh)
        queryClient.setQueryData(actionKeys.detail(connection, fresh.id, instanceKey), fresh)
        if (current !== fresh.key && current !== fresh.id) setFollowed({ from: action, to: fresh.id })
        onUseAgain?.(fresh)
        await queryClient.invalidateQueries({ queryKey: actionKeys.lists(connection) })
      },
    },
    queryClient,
  )
  const state = instance ? (archived ? 'archived' : 'ready') : query.isError ? 'error' : 'loading'
  return withLabels(
    labelsProp,
    <section
      aria-labelledby={instance ? titleId : undefined}
      aria-label={instance ? undefined : action}
      aria-busy={state === 'loading' || undefined}
      className={clsx('rai-runner', className)}
      data-state={state}
      data-customized={instance?.isCustomized ? '' : undefined}
      data-outdated={instance?.isOutdated ? '' : undefined}
      {...props}
    >
      {state === 'error' && (
        <ActionErrorMessage error={query.error}>
          <button type="button" className="rai-button" onClick={() => query.refetch()}>
            {labels.retry}
          </button>
        </ActionErrorMessage>
      )}
      {state === 'loading' && (
        <div className="rai-runner-header" aria-hidden="true">
          <span className="rai-skeleton rai-skeleton-title" />
          <span className="rai-skeleton rai-skeleton-text" />
        </div>
      )}
      {instance && (
        <>
          <header className="rai-runner-header">
            <h2 id={titleId} className="rai-runner-title">
              {nameOf(instance)}
            </h2>
            <ActionBadges action={instance} />
            {instance.description && <p className="rai-runner-description">{instance.description}</p>}
            {archived ? (
              <div role="status" className="rai-runner-archived">
                <p>{labels.runnerArchived(nameOf(instance))}</p>
                {/* The API answers the next read of an archived action with a fresh default copy. */}
                <button
                  type="button"
                  className="rai-button"
                  aria-disabled={useAgain.isPending || undefined}
                  onClick={() => {
                    if (!useAgain.isPending) useAgain.mutate()
                  }}
                >
                  {labels.runnerUseAgain}
                </button>
                {useAgain.isError && <ActionErrorMessage error={useAgain.error} />}
              </div>
            ) : (
              <div role="group" aria-label={labels.runnerManage} className="rai-runner-manage">
                <CustomizeActionDialog {...selector} />
                <ResetActionDialog {...selector} />
                <SetupActionButton {...selector} />
                <ArchiveActionDialog {...selector} onArchiveSuccess={onArchiveSuccess} />
              </div>
            )}
          </header>
          {!archived && (
            <ActionInputForm
              // The same action as `action`, possibly by the id it was brought back under ("Use it again").
              {...(selector as typeof selector & { action: A })}
              onRunSuccess={onRunSuccess}
              onRunError={onRunError}
            >
              <RunActionButton {...selector} />
            </ActionInputForm>
          )}
          {latest && <ActionOutput output={latest.output} logs={latest.logs} error={latest.error} />}
          {latest?.error?.type === 'connection' && (
            <div className="rai-runner-reconnect">
              <ReconnectButton connection={connection} onReconnect={onReconnect} />
            </div>
          )}
          <ActionRunHistory {...selector} />
        </>
      )}
    </section>,
  )
}
