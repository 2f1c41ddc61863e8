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
}

export interface WorldAttachment {
  fileId: string;
  title: string;
  mimeType: string;
}

export interface WorldEvent {
  id: string;
  summary: string;
  description?: string;
  location?: string;
  start: Date;
  end: Date;
  organizer: string;
  /** The organizer is listed too, as Calendar does. */
  attendees: WorldAttendee[];
  attachments: WorldAttachment[];
  created: Date;
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

export class World {
  readonly users: WorldUser[];
  readonly events: WorldEvent[];
  readonly files: WorldFile[];

  constructor(data: { users: WorldUser[]; events: WorldEvent[]; files: WorldFile[] }) {
    this.users = data.users;
    this.events = data.events;
    this.files = data.files;
  }

  findUser(email: string): WorldUser | undefined {
    const wanted = email.toLowerCase();
    return this.users.find((user) => user.email.toLowerCase() === wanted);
  }

  user(email: string): WorldUser {
    const user = this.findUser(email);
    if (!user) throw new Error(`No user ${email} in the workbench world.`);
    return user;
  }

  /** Every user has one calendar, their primary, whose id is their email. */
  eventsOnCalendarOf(email: string): WorldEvent[] {
    return this.events
      .filter((event) => event.attendees.some((attendee) => sameEmail(attendee.email, email)))
      .sort((a, b) => a.start.getTime() - b.start.getTime());
  }

  findEvent(eventId: string): WorldEvent | undefined {
    return this.events.find((event) => event.id === eventId);
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

export function sameEmail(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
