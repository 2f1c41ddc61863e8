/**
 * The Google data the fakes read and write: users, their primary calendars with events and
 * RSVPs, and Drive files with owners and permissions. Built from a fixture whose times are
 * relative to "now", so the sample week is always the coming week.
 */

export interface WorldUser {
  email: string;
  name: string;
  /** Google's stable account id; the backend keys users by it. */
  sub: string;
  /** Workspace domain (the ID token's `hd`); absent for consumer accounts. */
  hd?: string;
  locale: string;
  timeZone: string;
}

export type ResponseStatus = 'needsAction' | 'declined' | 'tentative' | 'accepted';

export interface WorldAttendee {
  email: string;
  displayName?: string;
  responseStatus: ResponseStatus;
  optional?: boolean;
  /** A room or piece of equipment, booked by inviting its resource calendar. */
  resource?: boolean;
}

export interface WorldAttachment {
  fileId: string;
  title: string;
  mimeType: string;
}

/** A weekly series: `count` occurrences from the event's start, some of them cancelled. */
export interface WorldRecurrence {
  count: number;
  /** 0-based indexes of occurrences cancelled one by one (the series goes on). */
  cancelled: number[];
}

export interface WorldEvent {
  id: string;
  summary: string;
  description?: string;
  location?: string;
  /** Of the first occurrence, for a series. */
  start: Date;
  end: Date;
  /** A date without a time: start and end are UTC midnights, the end exclusive. */
  allDay: boolean;
  /** The whole event (or series) was cancelled by its organizer. */
  cancelled: boolean;
  recurrence?: WorldRecurrence;
  organizer: string;
  /** The organizer is listed too, as Calendar does. */
  attendees: WorldAttendee[];
  /** False when the organizer hides the guest list from the guests. */
  guestsCanSeeOtherGuests: boolean;
  attachments: WorldAttachment[];
  created: Date;
}

/**
 * One occurrence as Calendar lists it with singleEvents: a single event, or one instance of a
 * series, whose id is the series id and the original start ("abc_20261201T090000Z").
 */
export interface EventOccurrence {
  id: string;
  event: WorldEvent;
  start: Date;
  end: Date;
  /** Set for an instance of a series. */
  instance?: { seriesId: string; originalStart: Date };
  cancelled: boolean;
}

/** Who may see which other user's calendar. Only free/busy sharing is modelled. */
export interface WorldCalendarShare {
  calendar: string;
  sharedWith: string;
  role: 'freeBusyReader';
}

export type DriveRole = 'owner' | 'writer' | 'commenter' | 'reader';

export interface WorldPermission {
  id: string;
  type: 'user';
  role: DriveRole;
  emailAddress: string;
}

export interface WorldFile {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  permissions: WorldPermission[];
  createdTime: Date;
  modifiedTime: Date;
  /** Users who granted the add-on the drive.file scope for this file, or created it with the add-on. */
  grantedTo: Set<string>;
  /** The bytes uploaded with the file, for files the add-on created with content. */
  content?: Buffer;
}

export const FOLDER_MIME_TYPE = 'application/vnd.google-apps.folder';

const MS_PER_WEEK = 7 * 24 * 60 * 60 * 1000;

/** "20261201T090000Z": how instance ids and recurrence rules write a time, in UTC. */
export function compactUtc(start: Date): string {
  return start
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

export class World {
  readonly users: WorldUser[];
  readonly events: WorldEvent[];
  readonly files: WorldFile[];
  readonly calendarShares: WorldCalendarShare[];

  constructor(data: {
    users: WorldUser[];
    events: WorldEvent[];
    files: WorldFile[];
    calendarShares?: WorldCalendarShare[];
  }) {
    this.users = data.users;
    this.events = data.events;
    this.files = data.files;
    this.calendarShares = data.calendarShares ?? [];
  }

  findUser(email: string): WorldUser | undefined {
    return this.users.find((user) => sameEmail(user.email, email));
  }

  user(email: string): WorldUser {
    const user = this.findUser(email);
    if (!user) throw new Error(`No user ${email} in the workbench world.`);
    return user;
  }

  /** Every user has one calendar, their primary, whose id is their email: single events and series. */
  eventsOnCalendarOf(email: string): WorldEvent[] {
    return this.events
      .filter((event) => event.attendees.some((attendee) => sameEmail(attendee.email, email)))
      .sort((a, b) => a.start.getTime() - b.start.getTime());
  }

  /** The calendar's events with each series expanded into its instances, in start order. */
  occurrencesOnCalendarOf(email: string): EventOccurrence[] {
    return this.eventsOnCalendarOf(email)
      .flatMap((event) => this.occurrencesOf(event))
      .sort((a, b) => a.start.getTime() - b.start.getTime());
  }

  occurrencesOf(event: WorldEvent): EventOccurrence[] {
    const { recurrence } = event;
    if (!recurrence) {
      return [
        { id: event.id, event, start: event.start, end: event.end, cancelled: event.cancelled },
      ];
    }
    return Array.from({ length: recurrence.count }, (_, index) => {
      const start = new Date(event.start.getTime() + index * MS_PER_WEEK);
      return {
        id: `${event.id}_${compactUtc(start)}`,
        event,
        start,
        end: new Date(event.end.getTime() + index * MS_PER_WEEK),
        instance: { seriesId: event.id, originalStart: start },
        cancelled: event.cancelled || recurrence.cancelled.includes(index),
      };
    });
  }

  /** A single event or a series, by its own id (not an instance's). */
  findEvent(eventId: string): WorldEvent | undefined {
    return this.events.find((event) => event.id === eventId);
  }

  /** A single event, or an instance of a series by its instance id. */
  findOccurrence(eventId: string): EventOccurrence | undefined {
    const event = this.findEvent(eventId);
    if (event && !event.recurrence) return this.occurrencesOf(event)[0];
    const seriesId = eventId.split('_')[0]!;
    const series = this.findEvent(seriesId);
    return series && this.occurrencesOf(series).find((occurrence) => occurrence.id === eventId);
  }

  /** The role `email` has on another user's calendar, if it is shared with them. */
  calendarShareOf(calendar: string, email: string): WorldCalendarShare | undefined {
    return this.calendarShares.find(
      (share) => sameEmail(share.calendar, calendar) && sameEmail(share.sharedWith, email),
    );
  }

  findFile(fileId: string): WorldFile | undefined {
    return this.files.find((file) => file.id === fileId);
  }

  roleOf(email: string, file: WorldFile): DriveRole | undefined {
    return file.permissions.find((permission) => sameEmail(permission.emailAddress, email))?.role;
  }

  /** What Drive records when the user accepts the add-on's per-file consent dialog. */
  grantFileScope(email: string, fileId: string): void {
    const file = this.findFile(fileId);
    if (!file) throw new Error(`No file ${fileId} in the workbench world.`);
    file.grantedTo.add(email.toLowerCase());
  }

  hasFileScope(email: string, file: WorldFile): boolean {
    return file.grantedTo.has(email.toLowerCase());
  }
}

/** Google compares addresses without case; a fixture may also write one with stray spaces. */
export function sameEmail(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
