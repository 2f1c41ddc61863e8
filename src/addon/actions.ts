/**
 * Every function name Apps Script may call: manifest triggers and card-action callbacks.
 * Cards name callbacks only through this registry and index.ts exposes exactly these
 * names, so a renamed handler fails the type check or the bundle test instead of
 * failing silently in the sidebar.
 */
export const Triggers = {
  homepage: 'onHomepage',
  calendarHomepage: 'onCalendarHomepage',
  calendarEventOpen: 'onCalendarEventOpen',
  calendarEventUpdate: 'onCalendarEventUpdate',
  driveHomepage: 'onDriveHomepage',
  driveItemsSelected: 'onDriveItemsSelected',
  accountAction: 'onAccountAction',
  privacyAction: 'onPrivacyAction',
  adminAction: 'onAdminAction',
} as const;

export const Callbacks = {
  // The Calendar sidebar (src/addon/calendar)
  refreshHomepage: 'onRefreshHomepage',
  openEvent: 'onOpenEvent',
  showMeeting: 'onShowMeeting',
  startMeeting: 'onStartMeeting',
  addAgendaItem: 'onAddAgendaItem',
  toggleAgendaItem: 'onToggleAgendaItem',
  moveAgendaItem: 'onMoveAgendaItem',
  removeAgendaItem: 'onRemoveAgendaItem',
  addNote: 'onAddNote',
  saveNote: 'onSaveNote',
  removeNote: 'onRemoveNote',
  postMessage: 'onPostMessage',
  removeMessage: 'onRemoveMessage',
  showOlderMessages: 'onShowOlderMessages',
  addFile: 'onAddFile',
  addEventAttachments: 'onAddEventAttachments',
  removeFile: 'onRemoveFile',
  // Any card
  cardBack: 'onCardBack',
  // Account, privacy centre and admin console (src/addon/common).
  accountRefresh: 'onAccountRefresh',
  openPrivacyCentre: 'onOpenPrivacyCentre',
  privacyRefresh: 'onPrivacyRefresh',
  privacyExport: 'onPrivacyExport',
  privacyStatistics: 'onPrivacyStatisticsChange',
  privacyConfirm: 'onPrivacyConfirm',
  privacyLeave: 'onPrivacyLeave',
  openAdminConsole: 'onOpenAdminConsole',
  adminUsers: 'onAdminUsers',
  adminUsersBack: 'onAdminUsersBack',
  adminUserOpen: 'onAdminUserOpen',
  adminUserChange: 'onAdminUserChange',
  adminPolicyOpen: 'onAdminPolicyOpen',
  adminPolicySave: 'onAdminPolicySave',
  adminAudit: 'onAdminAudit',
} as const;

export type TriggerName = (typeof Triggers)[keyof typeof Triggers];
export type CallbackName = (typeof Callbacks)[keyof typeof Callbacks];
export type EntryPointName = TriggerName | CallbackName;

export const ENTRY_POINT_NAMES: readonly EntryPointName[] = [
  ...Object.values(Triggers),
  ...(Object.values(Callbacks) as CallbackName[]),
];
