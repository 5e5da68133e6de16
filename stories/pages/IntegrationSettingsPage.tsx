import { useId, useState } from 'react'
import type { ActionInstance } from 'react-action-instances'
import { ActionList, ActionRunLog, ActionRunner, ConnectionStatus } from 'react-action-instances/components'
import type { ReconnectHandler } from 'react-action-instances/components'
import { AppTabs } from './AppTabs'
import type { AppTab } from './AppTabs'
import { pageText } from './pageText'
import './IntegrationSettingsPage.css'

/** The apps of the reference API's seed, in tab order. */
export const connectedApps: readonly AppTab[] = [
  { key: 'hubspot', name: 'HubSpot' },
  { key: 'slack', name: 'Slack' },
  { key: 'github', name: 'GitHub' },
]

/** Props of `IntegrationSettingsPage`. */
export interface IntegrationSettingsPageProps {
  /** The apps shown as tabs. Defaults to `connectedApps` (hubspot, slack, github). */
  apps?: readonly AppTab[]
  /** The language of the page's own strings; the kit's strings follow its labels provider. Defaults to `en`. */
  locale?: 'en' | 'de'
  /** The host's reconnect flow for a defunct connection. Defaults to the platform's connect page, if any. */
  onReconnect?: ReconnectHandler
}

interface Selection {
  id: string
  action: string
  instanceKey?: string
}

/**
 * The settings page a SaaS developer builds from the kit: a tab per connected app, the app's actions on the
 * left, the selected action's runner (form, run, output, history, customize, reset, archive) or its server-side run
 * history (with Replay) on the right, and the connection's health with Reconnect above.
 */
export function IntegrationSettingsPage({
  apps = connectedApps,
  locale = 'en',
  onReconnect,
}: IntegrationSettingsPageProps) {
  const text = pageText[locale]
  const idPrefix = useId()
  const tabId = (key: string) => `${idPrefix}-tab-${key}`
  const panelId = `${idPrefix}-panel`
  const headingId = `${idPrefix}-heading`
  const [connection, setConnection] = useState(apps[0]?.key ?? 'hubspot')
  const [view, setView] = useState<'run' | 'history'>('run')
  const viewId = (key: string) => `${idPrefix}-view-${key}`
  const viewPanelId = `${idPrefix}-view-panel`
  const [selections, setSelections] = useState<{ [connection: string]: Selection | undefined }>({})
  const selected = selections[connection]
  const select = (next: Selection | undefined) => setSelections((all) => ({ ...all, [connection]: next }))

  return (
    <div className="settings-page" aria-labelledby={headingId} role="region">
      {/* A heading block, not a <header>: inside this region a banner landmark would not be top level. */}
      <div className="settings-header">
        <h1 id={headingId}>{text.title}</h1>
        <p>{text.intro}</p>
      </div>
      <AppTabs
        tabs={apps}
        selected={connection}
        onSelect={setConnection}
        label={text.tabsLabel}
        tabId={tabId}
        panelId={panelId}
      />
      <div role="tabpanel" id={panelId} aria-labelledby={tabId(connection)} className="settings-panel">
        <ConnectionStatus
          key={`status-${connection}`}
          connection={connection}
          onReconnect={onReconnect}
          className="settings-connection"
        />
        <section className="settings-actions" aria-label={text.actionsTitle}>
          <ActionList
            key={connection}
            connection={connection}
            selectedAction={selected?.id ?? null}
            onSelectedActionChange={(id, action: ActionInstance) =>
              select({ id, action: action.key ?? id, instanceKey: action.instanceKey })
            }
          />
        </section>
        <div className="settings-detail">
          {selected ? (
            <>
              <AppTabs
                tabs={[
                  { key: 'run', name: text.runTab },
                  { key: 'history', name: text.historyTab },
                ]}
                selected={view}
                onSelect={(key) => setView(key === 'history' ? 'history' : 'run')}
                label={text.detailTabsLabel}
                tabId={viewId}
                panelId={viewPanelId}
              />
              <div role="tabpanel" id={viewPanelId} aria-labelledby={viewId(view)} className="settings-view">
                {view === 'run' ? (
                  <ActionRunner
                    connection={connection}
                    action={selected.action}
                    instanceKey={selected.instanceKey}
                    onArchiveSuccess={() => select(undefined)}
                    onUseAgain={(fresh) =>
                      select({ id: fresh.id, action: fresh.key ?? fresh.id, instanceKey: fresh.instanceKey })
                    }
                    onReconnect={onReconnect}
                  />
                ) : (
                  <ActionRunLog
                    headingLevel={2}
                    connection={connection}
                    action={selected.action}
                    instanceKey={selected.instanceKey}
                  />
                )}
              </div>
            </>
          ) : (
            <div className="settings-empty">
              <h2>{text.emptyTitle}</h2>
              <p>{text.emptyText}</p>
            </div>
          )}
        </div>
      </div>
    </div>
  )
}
