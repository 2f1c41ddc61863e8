/**
 * The add-on's only entry: it wires each name Apps Script calls to its handler and does
 * nothing else. gas-webpack-plugin turns each `global.name = …` into a top-level function.
 */
import type { EntryPointName } from './actions';
import { onCalendarEventOpen, onCalendarEventUpdate } from './calendar/event';
import { onCalendarHomepage } from './calendar/homepage';
import { onHomepage } from './common/homepage';
import { onAccountAction, onAdminAction, onPrivacyAction } from './common/universal';
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
