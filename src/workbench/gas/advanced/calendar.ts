/** The Calendar advanced service (Calendar API v3): Events.get and Events.list over the world. */
import type { ServiceContext } from '../context';
import { guarded, type Fake } from '../not-implemented';
import { sameEmail, type WorldEvent } from '../world';
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
}

function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Calendar's event links carry base64(eventId + " " + calendarId). */
function htmlLink(eventId: string, calendarId: string): string {
  const eid = Buffer.from(`${eventId} ${calendarId}`).toString('base64').replace(/=+$/, '');
  return `https://www.google.com/calendar/event?eid=${eid}`;
}

export class CalendarAdvancedService {
  private readonly calls: ApiCalls;

  constructor(private readonly context: ServiceContext) {
    this.calls = new ApiCalls(context, 'calendar');
  }

  get(calendarId: string, eventId: string, options?: object): EventResource {
    const { raise } = this.context;
    checkOptions(raise, 'Calendar.Events.get', options, GET_OPTIONS);
    const calendar = this.resolveCalendar('Events.get', calendarId, { eventId });
    const event = this.context.world.findEvent(eventId);
    if (!event || !this.isOnCalendar(event, calendar)) {
      throw this.calls.failed('Events.get', { calendarId, eventId }, 404, 'Not Found');
    }
    this.calls.succeeded('Events.get', { calendarId, eventId });
    return this.toResource(event, calendar);
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
    const matching = this.context.world
      .eventsOnCalendarOf(calendar)
      .filter((event) => event.end.getTime() > after && event.start.getTime() < before);
    const items = matching.slice(start, end).map((event) => this.toResource(event, calendar));
    this.calls.succeeded('Events.list', args);
    return {
      kind: 'calendar#events',
      summary: calendar,
      timeZone: this.context.user.timeZone,
      ...(end < matching.length && {
        nextPageToken: Buffer.from(`offset:${end}`).toString('base64url'),
      }),
      items,
    } as EventsResource;
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

  /** "primary" is the signed-in user's calendar; other users' calendars are not shared with them. */
  private resolveCalendar(method: string, calendarId: string, args: object): string {
    const calendar = calendarId === 'primary' ? this.context.user.email : calendarId;
    if (!sameEmail(calendar, this.context.user.email)) {
      throw this.calls.failed(method, { calendarId, ...args }, 404, 'Not Found');
    }
    return this.context.user.email;
  }

  private isOnCalendar(event: WorldEvent, calendar: string): boolean {
    return event.attendees.some((attendee) => sameEmail(attendee.email, calendar));
  }

  private toResource(event: WorldEvent, calendar: string): EventResource {
    const timeZone = this.context.user.timeZone;
    const organizer = this.context.world.findUser(event.organizer);
    return {
      kind: 'calendar#event',
      id: event.id,
      status: 'confirmed',
      htmlLink: htmlLink(event.id, calendar),
      created: rfc3339(event.created),
      updated: rfc3339(event.created),
      summary: event.summary,
      description: event.description,
      location: event.location,
      creator: { email: event.organizer },
      organizer: {
        email: event.organizer,
        displayName: organizer?.name,
        self: sameEmail(event.organizer, calendar) || undefined,
      },
      start: { dateTime: rfc3339(event.start), timeZone },
      end: { dateTime: rfc3339(event.end), timeZone },
      iCalUID: `${event.id}@google.com`,
      eventType: 'default',
      attendees: event.attendees.map((attendee) => ({
        email: attendee.email,
        displayName: attendee.displayName ?? this.context.world.findUser(attendee.email)?.name,
        responseStatus: attendee.responseStatus,
        optional: attendee.optional,
        organizer: sameEmail(attendee.email, event.organizer) || undefined,
        self: sameEmail(attendee.email, calendar) || undefined,
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
