/**
 * Reads Calendar data in place, inside Apps Script, with the Calendar advanced service.
 * Nothing read here is sent to the backend: titles, times, places and people stay in the
 * user's Apps Script execution; only event IDs and one-way digests (guests.ts) leave it.
 */

type EventResource = GoogleAppsScript.Calendar.Schema.Event;
type EventDateTime = GoogleAppsScript.Calendar.Schema.EventDateTime;

export type ResponseStatus = 'accepted' | 'declined' | 'tentative' | 'needsAction';

export interface EventGuest {
  email: string;
  /** As Calendar names them; null when it has no name for the address. */
  name: string | null;
  response: ResponseStatus;
  optional: boolean;
  organizer: boolean;
  /** The signed-in user. */
  self: boolean;
  /** A room or piece of equipment, not a person. */
  resource: boolean;
}

export interface EventAttachment {
  /** The Drive link Calendar keeps for the attachment. */
  url: string;
  title: string;
}

/**
 * How much of the event the user may read: all of it; only that its calendar is busy then
 * (a calendar shared as free/busy); or only that it was cancelled.
 */
export type EventAccess = 'full' | 'freeBusy' | 'cancelled';

export interface CalendarEvent {
  id: string;
  calendarId: string;
  access: EventAccess;
  title: string;
  location: string | null;
  start: Date | null;
  end: Date | null;
  /** All-day events have dates without times, in no time zone: held as UTC midnights. */
  allDay: boolean;
  organizer: { email: string; name: string | null } | null;
  guests: EventGuest[];
  /** The organizer hides the guest list, so a guest sees only themselves. */
  guestListHidden: boolean;
  /** Set for one occurrence of a recurring series: the series' id. */
  seriesId: string | null;
  /** A whole recurring series, rather than one of its occurrences. */
  isSeries: boolean;
  attachments: EventAttachment[];
}

/** An attendee as Calendar's API and its add-on event objects both describe one. */
interface AttendeeFields {
  email?: string;
  displayName?: string;
  responseStatus?: string;
  optional?: boolean;
  organizer?: boolean;
  self?: boolean;
  resource?: boolean;
}

/** What the Calendar host put in the event object: the attendees as the user sees them now. */
export interface HostEventPart {
  attendees?: AttendeeFields[];
}

function calendarService(): GoogleAppsScript.Calendar {
  // Without the advanced service the global is not declared at all, so test with typeof.
  if (typeof Calendar === 'undefined' || !Calendar?.Events) {
    throw new Error('The Calendar advanced service is not enabled (appsscript.json dependencies).');
  }
  return Calendar;
}

function toDate(time: EventDateTime | undefined): Date | null {
  if (time?.dateTime) return new Date(time.dateTime);
  if (time?.date) return new Date(`${time.date}T00:00:00Z`);
  return null;
}

function accessOf(resource: EventResource): EventAccess {
  if (resource.status === 'cancelled') return 'cancelled';
  // Every event whose details the user may read has an organizer; a busy block has none.
  return resource.organizer ? 'full' : 'freeBusy';
}

function guestOf(attendee: AttendeeFields): EventGuest {
  return {
    email: attendee.email ?? '',
    name: attendee.displayName || null,
    response: (attendee.responseStatus as ResponseStatus | undefined) ?? 'needsAction',
    optional: attendee.optional === true,
    organizer: attendee.organizer === true,
    self: attendee.self === true,
    resource: attendee.resource === true,
  };
}

function toCalendarEvent(calendarId: string, resource: EventResource): CalendarEvent {
  const organizer = resource.organizer?.email
    ? { email: resource.organizer.email, name: resource.organizer.displayName || null }
    : null;
  return {
    id: resource.id ?? '',
    calendarId,
    access: accessOf(resource),
    title: resource.summary ?? '',
    location: resource.location || null,
    start: toDate(resource.start ?? resource.originalStartTime),
    end: toDate(resource.end),
    allDay: Boolean(resource.start?.date && !resource.start.dateTime),
    organizer,
    guests: (resource.attendees ?? []).filter((a) => a.email).map(guestOf),
    guestListHidden: resource.guestsCanSeeOtherGuests === false && !resource.organizer?.self,
    seriesId: resource.recurringEventId ?? null,
    isSeries: (resource.recurrence?.length ?? 0) > 0,
    attachments: (resource.attachments ?? []).flatMap((attachment) =>
      attachment.fileUrl ? [{ url: attachment.fileUrl, title: attachment.title ?? '' }] : [],
    ),
  };
}

/** The attendees the host shows right now (an update trigger's may not be saved yet). */
function withHostAttendees(event: CalendarEvent, host: HostEventPart | undefined): CalendarEvent {
  if (!host?.attendees || event.access !== 'full') return event;
  return { ...event, guests: host.attendees.filter((a) => a.email).map(guestOf) };
}

/** One event, one occurrence of a series, or a series, as the user may see it. */
export function readEvent(
  calendarId: string,
  eventId: string,
  host?: HostEventPart,
): CalendarEvent {
  const resource = calendarService().Events!.get(calendarId, eventId);
  return withHostAttendees(toCalendarEvent(calendarId, resource), host);
}

/** Calendar answers at most this many events a page. */
const PAGE_SIZE = 250;
/** A week of a very busy calendar fits; a runaway calendar does not exhaust the execution. */
const MAX_PAGES = 8;

/**
 * The user's own events from `from` to `to`, recurring ones as single occurrences, in start
 * order (cancelled ones are left out by Calendar).
 */
export function listEvents(from: Date, to: Date): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  let pageToken: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const answer = calendarService().Events!.list('primary', {
      timeMin: from.toISOString(),
      timeMax: to.toISOString(),
      singleEvents: true,
      orderBy: 'startTime',
      maxResults: PAGE_SIZE,
      ...(pageToken && { pageToken }),
    });
    events.push(...(answer.items ?? []).map((item) => toCalendarEvent('primary', item)));
    pageToken = answer.nextPageToken;
    if (!pageToken) break;
  }
  return events;
}
