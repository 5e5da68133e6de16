/** The page's own strings (the kit's strings come from its labels). */
export interface PageText {
  title: string
  intro: string
  tabsLabel: string
  actionsTitle: string
  emptyTitle: string
  emptyText: string
  detailTabsLabel: string
  runTab: string
  historyTab: string
}

/** The settings page's strings in English and German. */
export const pageText: { en: PageText; de: PageText } = {
  en: {
    title: 'Integration settings',
    intro:
      'Choose what happens in the apps you connected: run an action, or set the defaults every run uses.',
    tabsLabel: 'Connected apps',
    actionsTitle: 'Actions',
    emptyTitle: 'Pick an action',
    emptyText: 'Choose an action from the list to run it, customize its default input, reset or archive it.',
    detailTabsLabel: 'Action views',
    runTab: 'Run',
    historyTab: 'Run history',
  },
  de: {
    title: 'Integrationseinstellungen',
    intro:
      'Lege fest, was in deinen verbundenen Apps passiert: Führe eine Aktion aus oder setze die Vorgaben für jede Ausführung.',
    tabsLabel: 'Verbundene Apps',
    actionsTitle: 'Aktionen',
    emptyTitle: 'Wähle eine Aktion',
    emptyText:
      'Wähle eine Aktion aus der Liste, um sie auszuführen, ihre Standardeingabe anzupassen, sie zurückzusetzen oder zu archivieren.',
    detailTabsLabel: 'Ansichten der Aktion',
    runTab: 'Ausführen',
    historyTab: 'Verlauf',
  },
}
