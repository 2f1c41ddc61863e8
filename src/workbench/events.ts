/**
 * Real-shaped event objects, as Google passes them to triggers and callbacks
 * (CommonEvent, CalendarEvent and DriveEvent schemas).
 */
import { timeZoneOffsetMinutes } from './gas/format-date';
import { iconLink } from './gas/advanced/drive-resources';
import { sameEmail, type World, type WorldUser } from './gas/world';
import type { FormInputJson } from './gas/card-service/json';
import type { CurrentEventAccess } from './manifest';

export type HostApp = 'CALENDAR' | 'DRIVE';

export interface CommonEventObject {
  hostApp: HostApp;
  platform: 'WEB';
  userLocale: string;
  timeZone: { id: string; offset: number };
  formInputs?: Record<string, FormInputJson>;
  parameters?: Record<string, string>;
}

export interface EventObject {
  commonEventObject: CommonEventObject;
  calendar?: Record<string, unknown>;
  drive?: Record<string, unknown>;
}

/** What a user can have entered in a widget: text or choices, a date-time, a date or a time. */
export type FormValue =
  | string
  | string[]
  | { dateTime: Date }
  | { date: Date }
  | { time: { hours: number; minutes: number } };

export type { FormInputJson };

interface Who {
  user: WorldUser;
  now?: Date;
}

export function commonEventObject(
  hostApp: HostApp,
  { user, now = new Date() }: Who,
): CommonEventObject {
  return {
    hostApp,
    platform: 'WEB',
    userLocale: user.locale,
    timeZone: { id: user.timeZone, offset: timeZoneOffsetMinutes(now, user.timeZone) * 60_000 },
  };
}

export function homepageEvent(hostApp: HostApp, who: Who): EventObject {
  return { commonEventObject: commonEventObject(hostApp, who) };
}

export interface CalendarEventOpenOptions extends Who {
  world: World;
  /** Omit for an event being created and not yet saved: it has no id. An instance id opens one occurrence. */
  eventId?: string;
  /** The manifest's addOns.calendar.currentEventAccess; guests are shown only with READ access. */
  access?: CurrentEventAccess;
  /** Another user's calendar shared with this user, free/busy only; the user's own by default. */
  calendarId?: string;
}

/** The `calendar` part of an event opened in Calendar by the given user. */
export function calendarPart({
  world,
  user,
  eventId,
  access = 'METADATA',
  calendarId = user.email,
}: CalendarEventOpenOptions): Record<string, unknown> {
  // On a calendar shown as free/busy, the add-on learns when, and nothing else.
  const canRead =
    (access === 'READ' || access === 'READ_WRITE') && sameEmail(calendarId, user.email);
  const canWrite = (access === 'WRITE' || access === 'READ_WRITE') && canRead;
  const capabilities = {
    canSeeAttendees: canRead,
    canAddAttendees: canWrite,
    canSeeConferenceData: canRead,
    canSetConferenceData: canWrite,
  };
  if (eventId === undefined) return { calendarId, capabilities };
  const occurrence = world.findOccurrence(eventId);
  if (!occurrence) throw new Error(`No event ${eventId} in the workbench world.`);
  const { event, instance } = occurrence;
  const part: Record<string, unknown> = { id: occurrence.id, calendarId, capabilities };
  if (instance) part.recurringEventId = instance.seriesId;
  if (!canRead) return part;
  const isOrganizer = sameEmail(event.organizer, user.email);
  part.organizer = { email: event.organizer };
  part.attendees = event.attendees
    .filter(
      (attendee) =>
        event.guestsCanSeeOtherGuests || isOrganizer || sameEmail(attendee.email, user.email),
    )
    .map((attendee) => ({
      email: attendee.email,
      displayName: attendee.displayName ?? world.findUser(attendee.email)?.name,
      responseStatus: attendee.responseStatus,
      optional: attendee.optional ?? false,
      organizer: sameEmail(attendee.email, event.organizer),
      self: sameEmail(attendee.email, user.email),
      resource: attendee.resource ?? false,
      additionalGuests: 0,
    }));
  return part;
}

export function calendarEventOpenEvent(options: CalendarEventOpenOptions): EventObject {
  return {
    commonEventObject: commonEventObject('CALENDAR', options),
    calendar: calendarPart(options),
  };
}

export interface DriveItemsSelectedOptions extends Who {
  world: World;
  /** The selection, in order; the first is the active cursor item. */
  fileIds: string[];
}

/** The `drive` part: titles and types come from Drive's UI, not from the Drive API. */
export function drivePart({
  world,
  user,
  fileIds,
}: DriveItemsSelectedOptions): Record<string, unknown> {
  const items = fileIds.map((fileId) => {
    const file = world.findFile(fileId);
    if (!file) throw new Error(`No file ${fileId} in the workbench world.`);
    return {
      id: file.id,
      title: file.name,
      mimeType: file.mimeType,
      iconUrl: iconLink(file.mimeType),
      addonHasFileScopePermission: world.hasFileScope(user.email, file),
    };
  });
  return { activeCursorItem: items[0], selectedItems: items };
}

export function driveItemsSelectedEvent(options: DriveItemsSelectedOptions): EventObject {
  return { commonEventObject: commonEventObject('DRIVE', options), drive: drivePart(options) };
}

export interface CardActionOptions extends Who {
  hostApp: HostApp;
  formInputs?: Record<string, FormValue>;
  parameters?: Record<string, string>;
  /** The host part of the card's context (an open event or a Drive selection), if any. */
  calendar?: Record<string, unknown>;
  drive?: Record<string, unknown>;
}

export function formInput(value: FormValue): FormInputJson {
  if (typeof value === 'string') return { stringInputs: { value: [value] } };
  if (Array.isArray(value)) return { stringInputs: { value: [...value] } };
  if ('dateTime' in value) {
    return {
      dateTimeInput: { msSinceEpoch: value.dateTime.getTime(), hasDate: true, hasTime: true },
    };
  }
  if ('date' in value) return { dateInput: { msSinceEpoch: value.date.getTime() } };
  return { timeInput: { ...value.time } };
}

/** A click on a widget whose action names a callback, with what the card's inputs hold. */
export function cardActionEvent(options: CardActionOptions): EventObject {
  const common = commonEventObject(options.hostApp, options);
  const formInputs = Object.entries(options.formInputs ?? {});
  if (formInputs.length > 0) {
    common.formInputs = Object.fromEntries(
      formInputs.map(([name, value]) => [name, formInput(value)]),
    );
  }
  if (options.parameters) common.parameters = { ...options.parameters };
  const event: EventObject = { commonEventObject: common };
  if (options.calendar) event.calendar = options.calendar;
  if (options.drive) event.drive = options.drive;
  return event;
}
