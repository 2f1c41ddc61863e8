/** The Calendar advanced service (Calendar API v3): Events.get and Events.list over the world. */
import type { ServiceContext } from '../context';
import { guarded, type Fake } from '../not-implemented';
import { compactUtc, sameEmail, type EventOccurrence, type WorldEvent } from '../world';
import { ApiCalls, checkOptions } from './api-calls';

type CalendarApi = GoogleAppsScript.Calendar;
type EventResource = GoogleAppsScript.Calendar.Schema.Event;
type EventsResource = GoogleAppsScript.Calendar.Schema.Events;

const LIST_OPTIONS = [
  'timeMin',
  'timeMax',
  'singleEvents',
  'orderBy',
  'maxResults',
  'showDeleted',
  'pageToken',
] as const;
const GET_OPTIONS = ['timeZone'] as const;
const DEFAULT_MAX_RESULTS = 250;
/** timeMin/timeMax must be RFC 3339 date-times with an offset; anything else is a 400. */
const RFC3339_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const PAGE_TOKEN = /^offset:(\d+)$/;

interface ListOptions {
  timeMin?: string;
  timeMax?: string;
  singleEvents?: boolean;
  orderBy?: 'startTime' | 'updated';
  maxResults?: number;
  pageToken?: string;
  showDeleted?: boolean;
}

function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Calendar's event links carry base64(eventId + " " + calendarId). */
function htmlLink(eventId: string, calendarId: string): string {
  const eid = Buffer.from(`${eventId} ${calendarId}`).toString('base64').replace(/=+$/, '');
  return `https://www.google.com/calendar/event?eid=${eid}`;
}

/** How the signed-in user sees a calendar: their own in full, a shared one as free/busy only. */
interface CalendarView {
  id: string;
  freeBusyOnly: boolean;
}

export class CalendarAdvancedService {
  private readonly calls: ApiCalls;

  constructor(private readonly context: ServiceContext) {
    this.calls = new ApiCalls(context, 'calendar');
  }

  /** A single event, an instance of a series (by its instance id) or a whole series. */
  get(calendarId: string, eventId: string, options?: object): EventResource {
    const { raise } = this.context;
    checkOptions(raise, 'Calendar.Events.get', options, GET_OPTIONS);
    const calendar = this.resolveCalendar('Events.get', calendarId, { eventId });
    const { world } = this.context;
    const series = world.findEvent(eventId);
    const occurrence = series?.recurrence ? undefined : world.findOccurrence(eventId);
    const event = series ?? occurrence?.event;
    if (!event || !this.isOnCalendar(event, calendar)) {
      throw this.calls.failed('Events.get', { calendarId, eventId }, 404, 'Not Found');
    }
    this.calls.succeeded('Events.get', { calendarId, eventId });
    return occurrence
      ? this.occurrenceResource(occurrence, calendar)
      : this.seriesResource(event, calendar);
  }

  list(calendarId: string, options: ListOptions = {}): EventsResource {
    const { raise } = this.context;
    checkOptions(raise, 'Calendar.Events.list', options, LIST_OPTIONS);
    const calendar = this.resolveCalendar('Events.list', calendarId, { ...options });
    const args = { calendarId, ...options };
    if (options.orderBy === 'startTime' && !options.singleEvents) {
      const message = 'The requested ordering is not available for the particular query.';
      throw this.calls.failed('Events.list', args, 400, message);
    }
    const after = this.listBound(args, options.timeMin) ?? -Infinity;
    const before = this.listBound(args, options.timeMax) ?? Infinity;
    const start = this.pageStart(args, options.pageToken);
    const end = start + (options.maxResults ?? DEFAULT_MAX_RESULTS);
    const overlaps = (o: EventOccurrence) => o.end.getTime() > after && o.start.getTime() < before;
    const matching = options.singleEvents
      ? this.instancesListed(calendar, options, overlaps)
      : this.seriesListed(calendar, options, overlaps);
    const items = matching.slice(start, end);
    this.calls.succeeded('Events.list', args);
    return {
      kind: 'calendar#events',
      summary: calendar.id,
      timeZone: this.context.user.timeZone,
      ...(end < matching.length && {
        nextPageToken: Buffer.from(`offset:${end}`).toString('base64url'),
      }),
      items,
    } as EventsResource;
  }

  /**
   * singleEvents=true: every occurrence in the window, series expanded; cancelled ones only
   * with showDeleted.
   */
  private instancesListed(
    calendar: CalendarView,
    options: ListOptions,
    overlaps: (o: EventOccurrence) => boolean,
  ): EventResource[] {
    return this.context.world
      .occurrencesOnCalendarOf(calendar.id)
      .filter((o) => overlaps(o) && (options.showDeleted || !o.cancelled))
      .map((o) => this.occurrenceResource(o, calendar));
  }

  /**
   * singleEvents=false: single events and each series once. The API also lists a series'
   * cancelled instances as exceptions, even without showDeleted.
   */
  private seriesListed(
    calendar: CalendarView,
    options: ListOptions,
    overlaps: (o: EventOccurrence) => boolean,
  ): EventResource[] {
    const { world } = this.context;
    return world.eventsOnCalendarOf(calendar.id).flatMap((event) => {
      const occurrences = world.occurrencesOf(event).filter(overlaps);
      if (occurrences.length === 0) return [];
      if (!event.recurrence) {
        const [single] = occurrences;
        return single!.cancelled && !options.showDeleted
          ? []
          : [this.occurrenceResource(single!, calendar)];
      }
      const exceptions = occurrences.filter((o) => o.cancelled && !event.cancelled);
      return [
        ...(event.cancelled && !options.showDeleted ? [] : [this.seriesResource(event, calendar)]),
        ...exceptions.map((o) => this.occurrenceResource(o, calendar)),
      ];
    });
  }

  private listBound(args: Record<string, unknown>, value: string | undefined): number | undefined {
    if (value === undefined) return undefined;
    const time = Date.parse(value);
    if (!RFC3339_DATE_TIME.test(value) || Number.isNaN(time)) {
      throw this.calls.failed('Events.list', args, 400, 'Bad Request');
    }
    return time;
  }

  /** Page tokens are opaque to callers; this one carries where the next page starts. */
  private pageStart(args: Record<string, unknown>, token: string | undefined): number {
    if (token === undefined) return 0;
    const match = PAGE_TOKEN.exec(Buffer.from(token, 'base64url').toString());
    if (!match) throw this.calls.failed('Events.list', args, 400, 'Bad Request');
    return Number(match[1]);
  }

  /**
   * "primary" is the signed-in user's calendar. Another user's calendar is readable only if
   * they shared it, and then (the only sharing modelled) as free/busy.
   */
  private resolveCalendar(method: string, calendarId: string, args: object): CalendarView {
    const { user, world } = this.context;
    if (calendarId === 'primary' || sameEmail(calendarId, user.email)) {
      return { id: user.email, freeBusyOnly: false };
    }
    const share = world.calendarShareOf(calendarId, user.email);
    if (!share) throw this.calls.failed(method, { calendarId, ...args }, 404, 'Not Found');
    return { id: share.calendar, freeBusyOnly: true };
  }

  private isOnCalendar(event: WorldEvent, calendar: CalendarView): boolean {
    return event.attendees.some((attendee) => sameEmail(attendee.email, calendar.id));
  }

  private time(date: Date, allDay: boolean): GoogleAppsScript.Calendar.Schema.EventDateTime {
    if (allDay) return { date: date.toISOString().slice(0, 10) };
    return { dateTime: rfc3339(date), timeZone: this.context.user.timeZone };
  }

  /** A single event or one instance of a series. */
  private occurrenceResource(occurrence: EventOccurrence, calendar: CalendarView): EventResource {
    const { event, instance } = occurrence;
    const instanceFields = instance && {
      recurringEventId: instance.seriesId,
      originalStartTime: this.time(instance.originalStart, event.allDay),
    };
    // Of a cancelled event or instance, only these fields are guaranteed (Events reference).
    if (occurrence.cancelled) {
      return { kind: 'calendar#event', id: occurrence.id, status: 'cancelled', ...instanceFields };
    }
    const times = {
      start: this.time(occurrence.start, event.allDay),
      end: this.time(occurrence.end, event.allDay),
    };
    if (calendar.freeBusyOnly) {
      return { kind: 'calendar#event', id: occurrence.id, status: 'confirmed', ...times };
    }
    return { ...this.details(event, occurrence.id, calendar), ...times, ...instanceFields };
  }

  /** The series itself, with its rule, starting at its first occurrence. */
  private seriesResource(event: WorldEvent, calendar: CalendarView): EventResource {
    const [first] = this.context.world.occurrencesOf(event);
    const resource = this.occurrenceResource(
      { ...first!, id: event.id, instance: undefined },
      calendar,
    );
    if (resource.status === 'cancelled' || calendar.freeBusyOnly) return resource;
    const { count, cancelled } = event.recurrence!;
    const exdates = cancelled.map((index) => this.context.world.occurrencesOf(event)[index]!.start);
    return {
      ...resource,
      recurrence: [
        `RRULE:FREQ=WEEKLY;COUNT=${count}`,
        ...(exdates.length ? [`EXDATE:${exdates.map(compactUtc).join(',')}`] : []),
      ],
    };
  }

  private details(event: WorldEvent, id: string, calendar: CalendarView): EventResource {
    const { world } = this.context;
    const organizer = world.findUser(event.organizer);
    const isOrganizer = sameEmail(event.organizer, calendar.id);
    // Guests of an event whose list is hidden see only themselves, as in Google Calendar.
    const attendees = event.attendees.filter(
      (attendee) =>
        event.guestsCanSeeOtherGuests || isOrganizer || sameEmail(attendee.email, calendar.id),
    );
    return {
      kind: 'calendar#event',
      id,
      status: 'confirmed',
      htmlLink: htmlLink(id, calendar.id),
      created: rfc3339(event.created),
      updated: rfc3339(event.created),
      summary: event.summary,
      description: event.description,
      location: event.location,
      creator: { email: event.organizer },
      organizer: {
        email: event.organizer,
        displayName: organizer?.name,
        self: isOrganizer || undefined,
      },
      iCalUID: `${event.id}@google.com`,
      eventType: 'default',
      ...(!event.guestsCanSeeOtherGuests && { guestsCanSeeOtherGuests: false }),
      attendees: attendees.map((attendee) => ({
        email: attendee.email,
        displayName: attendee.displayName ?? world.findUser(attendee.email)?.name,
        responseStatus: attendee.responseStatus,
        optional: attendee.optional,
        organizer: sameEmail(attendee.email, event.organizer) || undefined,
        self: sameEmail(attendee.email, calendar.id) || undefined,
        resource: attendee.resource || undefined,
      })),
      attachments: event.attachments.length
        ? event.attachments.map((attachment) => ({
            fileId: attachment.fileId,
            fileUrl: `https://drive.google.com/open?id=${attachment.fileId}`,
            title: attachment.title,
            mimeType: attachment.mimeType,
          }))
        : undefined,
    } as EventResource;
  }
}

/** The `Calendar` global as Apps Script exposes it once the advanced service is enabled. */
export function createCalendar(context: ServiceContext): CalendarApi {
  const service = new CalendarAdvancedService(context);
  const events: Fake<GoogleAppsScript.Calendar.Collection.EventsCollection> = {
    get: (calendarId, eventId, options?: object) => service.get(calendarId, eventId, options),
    list: (calendarId, options?: ListOptions) => service.list(calendarId, options),
  };
  return guarded<CalendarApi>(
    'Calendar',
    { Events: guarded('Calendar.Events', events, context.raise) },
    context.raise,
  );
}
