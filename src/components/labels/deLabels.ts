import type { ActionInstanceState, ActionType } from '../../types'
import type { ActionsLabels } from './ActionsLabels'

const actionTypes: Record<ActionType, string> = {
  'list-data-records': 'Datensätze auflisten',
  'find-data-record-by-id': 'Datensatz nach ID finden',
  'match-data-record': 'Datensatz abgleichen',
  'create-data-record': 'Datensatz anlegen',
  'find-or-create-data-record': 'Datensatz finden oder anlegen',
  'update-data-record': 'Datensatz aktualisieren',
  'delete-data-record': 'Datensatz löschen',
  'search-data-record': 'Datensätze suchen',
  'connector-operation': 'Connector-Vorgang',
  'api-request-to-external-app': 'API-Anfrage an die App',
  'api-request-to-your-app': 'API-Anfrage an Ihre App',
  'http-request': 'HTTP-Anfrage',
  'run-javascript': 'JavaScript ausführen',
  'api-request': 'API-Anfrage',
}

const states: Record<ActionInstanceState, string> = {
  READY: 'Bereit',
  SETTING_UP: 'Wird eingerichtet',
  SETUP_FAILED: 'Einrichtung fehlgeschlagen',
  CONFIGURATION_ERROR: 'Konfigurationsfehler',
}

const errorTitles: Record<string, string> = {
  bad_request: 'Die Eingabe ist ungültig',
  action_run: 'Die App hat die Aktion abgelehnt',
  connection: 'Die Verbindung zur App funktioniert nicht mehr',
  network_error: 'Das Netzwerk ist nicht erreichbar',
  timeout: 'Die Anfrage hat zu lange gedauert',
  aborted: 'Die Anfrage wurde abgebrochen',
  invalid_response: 'Der Server hat eine unlesbare Antwort gesendet',
  not_authenticated: 'Sie sind nicht angemeldet',
  access_denied: 'Dafür fehlt Ihnen die Berechtigung',
  not_found: 'Nicht gefunden',
  rate_limit_exceeded: 'Zu viele Anfragen, bitte gleich noch einmal versuchen',
  internal: 'Der Server ist ausgefallen',
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

const seconds = (ms: number) => `${(ms / 1000).toFixed(1).replace('.', ',')} s`

/** The German labels: pass them to `ActionsLabelsProvider` for a German interface. */
export const deLabels: ActionsLabels = {
  loading: 'Wird geladen…',
  retry: 'Erneut versuchen',
  cancel: 'Abbrechen',
  close: 'Schließen',
  unknownError: 'Etwas ist schiefgelaufen.',
  actionLoadError: 'Die Aktion konnte nicht geladen werden',
  actionType: (type) => actionTypes[type] ?? type,
  actionState: (state) => states[state] ?? state,

  badgeCustomized: 'Angepasst',
  badgeOutdated: 'Veraltet',
  badgeStateError: (state) => states[state] ?? state,

  listLabel: 'Aktionen',
  listSearchLabel: 'Aktionen suchen',
  listSearchPlaceholder: 'Suchen…',
  listLoadMore: 'Mehr laden',
  listLoadingMore: 'Weitere werden geladen…',
  listEmpty: 'Noch keine Aktionen.',
  listEmptySearch: (search) => `Keine Aktion passt zu „${search}“.`,
  listError: 'Die Aktionen konnten nicht geladen werden',
  listCount: (count) => plural(count, 'Aktion', 'Aktionen'),

  formLabel: (actionName) => `Eingabe für ${actionName}`,
  formLoading: 'Formular wird geladen…',
  formErrorSummary: (count) =>
    count === 1 ? '1 Feld muss korrigiert werden.' : `${count} Felder müssen korrigiert werden.`,
  formRequired: 'Pflichtfeld',
  formNoInput: 'Diese Aktion braucht keine Eingabe.',
  formSchemaError: 'Dieses Formular kann nicht angezeigt werden',
  formSchemaInvalid: (message) => `Das Eingabeschema ist kein gültiges JSON Schema: ${message}`,
  formSchemaRefCycle: (ref) => `Das Eingabeschema verweist über ${ref} im Kreis auf sich selbst.`,
  formSchemaRefMissing: (ref) => `Das Eingabeschema verweist auf ${ref}, das es nicht gibt.`,
  formCrashed: 'Beim Anzeigen des Formulars ist ein Fehler aufgetreten.',
  formTryAgain: 'Erneut versuchen',
  formSelectPlaceholder: 'Bitte wählen…',
  formAddItem: 'Eintrag hinzufügen',
  formRemoveItem: (index) => `Eintrag ${index + 1} entfernen`,
  formMoveItemUp: (index) => `Eintrag ${index + 1} nach oben`,
  formMoveItemDown: (index) => `Eintrag ${index + 1} nach unten`,
  formItemLabel: (field, index) => `${field}, Eintrag ${index + 1}`,
  formFieldRequired: 'Dieses Feld ist erforderlich.',
  formFieldEmail: 'Geben Sie eine gültige E-Mail-Adresse ein.',
  formFieldUri: 'Geben Sie eine gültige URL ein.',
  formFieldDate: 'Geben Sie ein gültiges Datum ein.',
  formYes: 'Ja',
  formNo: 'Nein',

  referencePlaceholder: 'Auswählen…',
  referenceToggle: 'Auswahl anzeigen',
  referenceClear: 'Leeren',
  referenceRemove: (label) => `${label} entfernen`,
  referenceLoading: 'Auswahl wird geladen…',
  referenceEmpty: 'Keine Auswahl vorhanden.',
  referenceEmptySearch: (search) => `Nichts passt zu „${search}“.`,
  referenceError: 'Die Auswahl konnte nicht geladen werden',
  referenceLoadMore: 'Mehr laden',
  referenceShowingMore: (count) => `${count} angezeigt, es gibt mehr`,
  referenceCreate: (value) => `„${value}“ verwenden`,
  referenceNeedsParent: (field) => `Zuerst ${field} wählen`,
  sensitiveShow: 'Anzeigen',
  sensitiveHide: 'Verbergen',

  runButton: 'Ausführen',
  runPending: (elapsedMs) => `Läuft… ${seconds(elapsedMs)}`,
  runCancel: 'Ausführung abbrechen',
  runSucceeded: 'Die Aktion wurde erfolgreich ausgeführt.',
  runCancelled: 'Die Ausführung wurde abgebrochen.',

  outputTitle: 'Ergebnis',
  outputLogs: 'Protokoll',
  outputCopy: 'JSON kopieren',
  outputCopied: 'Kopiert',
  outputCopyFailed: 'Kopieren fehlgeschlagen',
  outputEmpty: 'Die Aktion hat kein Ergebnis geliefert.',
  outputObjectSummary: (count) => `{ ${plural(count, 'Schlüssel', 'Schlüssel')} }`,
  outputArraySummary: (count) => `[ ${plural(count, 'Eintrag', 'Einträge')} ]`,
  outputShowMore: (shown, total) => `Mehr anzeigen (${shown} von ${total} angezeigt)`,
  errorTitle: (type, status) =>
    errorTitles[type] ?? (status ? `Anfrage fehlgeschlagen (${status})` : 'Anfrage fehlgeschlagen'),
  errorFields: 'Felder',

  historyTitle: 'Bisherige Ausführungen',
  historyEmpty: 'Noch keine Ausführungen.',
  historyStatus: (status) =>
    ({ pending: 'Läuft', success: 'Erfolgreich', error: 'Fehlgeschlagen', cancelled: 'Abgebrochen' })[status],
  historyTime: (startedAt, durationMs) =>
    `${new Date(startedAt).toLocaleTimeString('de')}${durationMs === undefined ? '' : ` · ${seconds(durationMs)}`}`,
  runnerManage: 'Aktion verwalten',
  runnerArchived: (actionName) => `„${actionName}“ ist archiviert.`,
  runnerUseAgain: 'Wieder verwenden',

  toolCallTitle: (actionName) => `Der Assistent möchte „${actionName}“ ausführen`,
  toolCallApprove: 'Genehmigen',
  toolCallAlwaysAllow: 'Diese Aktion immer erlauben',
  toolCallDeny: 'Ablehnen',
  toolCallDenyReason: 'Begründung für den Assistenten (optional)',
  toolCallConfirmDeny: 'Aufruf ablehnen',
  toolCallRunning: 'Der genehmigte Aufruf läuft…',
  toolCallSucceeded: (auto) =>
    auto ? 'Ohne Rückfrage ausgeführt: Diese Aktion ist immer erlaubt.' : 'Genehmigt und ausgeführt.',
  toolCallFailed: 'Der genehmigte Aufruf ist fehlgeschlagen',
  toolCallDenied: (reason) => (reason ? `Abgelehnt: ${reason}` : 'Abgelehnt.'),

  customizeTitle: 'Anpassen',
  customizeDescription: (actionName) =>
    `Legen Sie die Standardeingabe fest, die jede Ausführung von „${actionName}“ verwendet.`,
  customizeIsCustomized: 'Diese Aktion ist angepasst.',
  customizeIsDefault: 'Diese Aktion verwendet die Standardeinstellungen.',
  customizeSave: 'Speichern',
  customizeSaving: 'Wird gespeichert…',
  customizeSaveError: 'Die Anpassung konnte nicht gespeichert werden',
  customizeSaved: 'Anpassung gespeichert.',

  resetTitle: 'Auf Standard zurücksetzen',
  resetDescription: (actionName, fieldCount, hasCustomSchema) =>
    `Beim Zurücksetzen werden Ihre Standardeingabe für „${actionName}“ (${plural(fieldCount, 'Feld', 'Felder')})${
      hasCustomSchema ? ' und das angepasste Eingabeschema' : ''
    } gelöscht.`,
  resetNothing: (actionName) => `„${actionName}“ verwendet bereits die Standardeinstellungen.`,
  resetConfirm: 'Zurücksetzen',
  resetPending: 'Wird zurückgesetzt…',
  resetError: 'Die Aktion konnte nicht zurückgesetzt werden',

  archiveTitle: 'Archivieren',
  archiveDescription: (actionName) =>
    `Durch das Archivieren verschwindet „${actionName}“ aus der Liste. Bei erneuter Verwendung entsteht eine neue Kopie mit den Standardeinstellungen.`,
  archiveConfirm: 'Archivieren',
  archivePending: 'Wird archiviert…',
  archiveError: 'Die Aktion konnte nicht archiviert werden',

  setupButton: 'Einrichtung aktualisieren',
  setupPending: 'Wird aktualisiert…',
  setupOutdatedHint: 'Aktualisierung verfügbar: Die verbundene App hat sich seit der Einrichtung geändert.',
  setupError: 'Die Einrichtung konnte nicht aktualisiert werden',
  setupDone: 'Einrichtung aktualisiert.',

  runLogTitle: 'Ausführungsprotokoll',
  runLogEmpty: 'Noch keine Ausführungen protokolliert.',
  runLogError: 'Das Ausführungsprotokoll konnte nicht geladen werden',
  runLogStatus: (status) => (status === 'success' ? 'Erfolgreich' : 'Fehlgeschlagen'),
  runLogTime: (createdAt, durationMs) =>
    `${new Date(createdAt).toLocaleString('de')} · ${seconds(durationMs)}`,
  runLogInput: 'Eingabe',
  runLogLoadMore: 'Ältere Ausführungen laden',
  replayButton: 'Wiederholen',
  replayTitle: (actionName) => `„${actionName}“ wiederholen`,
  replayDescription: (createdAt, hasMaskedValues) =>
    `Das Formular enthält die Eingabe der Ausführung vom ${new Date(createdAt).toLocaleString('de')}. Ändern Sie, was nötig ist, und führen Sie sie erneut aus.${
      hasMaskedValues ? ' Vertrauliche Werte werden nicht protokolliert: Geben Sie sie erneut ein.' : ''
    }`,
  replayRun: 'Erneut ausführen',

  connectionLabel: (connectionName) => `Verbindung zu ${connectionName}`,
  connectionConnected: 'Verbunden',
  connectionDefunct: 'Getrennt',
  connectionDefunctReason: (key) =>
    key === 'access_token_expired'
      ? 'Der Zugriff auf die App ist abgelaufen oder wurde widerrufen. Verbinden Sie sie neu, um wieder Aktionen auszuführen.'
      : 'Die Verbindung zur App funktioniert nicht mehr. Verbinden Sie sie neu, um wieder Aktionen auszuführen.',
  connectionError: 'Die Verbindung konnte nicht geladen werden',
  reconnectButton: 'Neu verbinden',
  reconnectPending: 'Wird verbunden…',
  reconnectDone: 'Neu verbunden.',
}
