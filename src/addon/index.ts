/**
 * The add-on's only entry: it wires each name Apps Script calls to its handler and does
 * nothing else. gas-webpack-plugin turns each `global.name = …` into a top-level function.
 */
import type { EntryPointName } from './actions';
import {
  onAddAgendaItem,
  onMoveAgendaItem,
  onRemoveAgendaItem,
  onToggleAgendaItem,
} from './calendar/agenda';
import {
  onCalendarEventOpen,
  onCalendarEventUpdate,
  onOpenEvent,
  onShowMeeting,
  onStartMeeting,
} from './calendar/event';
import { onAddEventAttachments, onAddFile, onRemoveFile } from './calendar/files';
import { onCalendarHomepage, onRefreshHomepage } from './calendar/homepage';
import { onPostMessage, onRemoveMessage, onShowOlderMessages } from './calendar/messages';
import { onAddNote, onRemoveNote, onSaveNote } from './calendar/notes';
import { onHomepage } from './common/homepage';
import { onAccountAction, onAccountRefresh } from './common/account';
import {
  onAdminAction,
  onAdminAudit,
  onAdminPolicyOpen,
  onAdminPolicySave,
  onAdminUserChange,
  onAdminUserOpen,
  onAdminUsers,
  onAdminUsersBack,
  onOpenAdminConsole,
} from './common/admin';
import { onCardBack } from './common/navigation';
import {
  onOpenPrivacyCentre,
  onPrivacyAction,
  onPrivacyConfirm,
  onPrivacyExport,
  onPrivacyLeave,
  onPrivacyRefresh,
  onPrivacyStatisticsChange,
} from './common/privacy';
import { onDriveHomepage } from './drive/homepage';
import { onDriveItemsSelected } from './drive/selection';

declare const global: Record<EntryPointName, (e: GoogleAppsScript.Addons.EventObject) => unknown>;

global.onHomepage = onHomepage;
global.onCalendarHomepage = onCalendarHomepage;
global.onCalendarEventOpen = onCalendarEventOpen;
global.onCalendarEventUpdate = onCalendarEventUpdate;
global.onDriveHomepage = onDriveHomepage;
global.onDriveItemsSelected = onDriveItemsSelected;
global.onAccountAction = onAccountAction;
global.onPrivacyAction = onPrivacyAction;
global.onAdminAction = onAdminAction;
global.onRefreshHomepage = onRefreshHomepage;
global.onOpenEvent = onOpenEvent;
global.onShowMeeting = onShowMeeting;
global.onStartMeeting = onStartMeeting;
global.onAddAgendaItem = onAddAgendaItem;
global.onToggleAgendaItem = onToggleAgendaItem;
global.onMoveAgendaItem = onMoveAgendaItem;
global.onRemoveAgendaItem = onRemoveAgendaItem;
global.onAddNote = onAddNote;
global.onSaveNote = onSaveNote;
global.onRemoveNote = onRemoveNote;
global.onPostMessage = onPostMessage;
global.onRemoveMessage = onRemoveMessage;
global.onShowOlderMessages = onShowOlderMessages;
global.onAddFile = onAddFile;
global.onAddEventAttachments = onAddEventAttachments;
global.onRemoveFile = onRemoveFile;
global.onCardBack = onCardBack;
global.onAccountRefresh = onAccountRefresh;
global.onOpenPrivacyCentre = onOpenPrivacyCentre;
global.onPrivacyRefresh = onPrivacyRefresh;
global.onPrivacyExport = onPrivacyExport;
global.onPrivacyStatisticsChange = onPrivacyStatisticsChange;
global.onPrivacyConfirm = onPrivacyConfirm;
global.onPrivacyLeave = onPrivacyLeave;
global.onOpenAdminConsole = onOpenAdminConsole;
global.onAdminUsers = onAdminUsers;
global.onAdminUsersBack = onAdminUsersBack;
global.onAdminUserOpen = onAdminUserOpen;
global.onAdminUserChange = onAdminUserChange;
global.onAdminPolicyOpen = onAdminPolicyOpen;
global.onAdminPolicySave = onAdminPolicySave;
global.onAdminAudit = onAdminAudit;
