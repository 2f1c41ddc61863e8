/**
 * The Mingwork API contract (DESIGN §6): request and response schemas as TypeBox values,
 * with their TypeScript types. The backend validates and documents with the schemas; the
 * add-on imports the types only (`import type`), so TypeBox never reaches its bundle.
 *
 * Every object is closed (`additionalProperties: false`): an unknown field is an error,
 * never silently dropped. Times are ISO 8601 strings in UTC.
 */
import { Type, type SchemaOptions, type Static, type TSchema } from '@sinclair/typebox';
import { ErrorCode } from './errors';
import {
  DRIVE_URL_PREFIXES,
  GUEST_DIGEST_LENGTH,
  MAX_AGENDA_DURATION_MINUTES,
  MAX_AGENDA_TITLE_LENGTH,
  MAX_DRIVE_URL_LENGTH,
  MAX_EVENT_ID_LENGTH,
  MAX_GUEST_DIGESTS,
  MAX_LOOKUP_EVENT_IDS,
  MAX_MESSAGE_BODY_LENGTH,
  MAX_MESSAGE_PAGE_SIZE,
  MAX_ADMIN_PAGE_SIZE,
  MAX_EMAIL_PREFIX_LENGTH,
  MAX_NOTE_BODY_LENGTH,
  MAX_RETENTION_DAYS,
  MIN_RETENTION_DAYS,
} from './limits';

const closed = { additionalProperties: false } as const;

function Nullable<T extends TSchema>(schema: T, options?: SchemaOptions) {
  return Type.Union([schema, Type.Null()], options);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---------------------------------------------------------------------------------------------
// Building blocks

export const Id = Type.String({
  minLength: 1,
  maxLength: 64,
  description: 'An opaque identifier.',
});

export const Timestamp = Type.String({ description: 'ISO 8601, UTC.' });

export const EventId = Type.String({
  minLength: 1,
  maxLength: MAX_EVENT_ID_LENGTH,
  pattern: '^[\\x21-\\x7e]+$',
  description: 'A Google Calendar event ID.',
});

export const GuestDigest = Type.String({
  pattern: `^[A-Za-z0-9_-]{${GUEST_DIGEST_LENGTH}}$`,
  errorMessage: `must be a ${GUEST_DIGEST_LENGTH}-character base64url HMAC-SHA256 digest`,
  description: 'base64url(HMAC-SHA256(key = eventId, message = lowercased guest email)).',
});

export const GuestDigests = Type.Array(GuestDigest, { maxItems: MAX_GUEST_DIGESTS });

export const DriveUrl = Type.String({
  maxLength: MAX_DRIVE_URL_LENGTH,
  pattern: `^(${DRIVE_URL_PREFIXES.map(escapeRegExp).join('|')})\\S*$`,
  errorMessage: `must be a Google Drive link starting with ${DRIVE_URL_PREFIXES.join(' or ')}, at most ${MAX_DRIVE_URL_LENGTH} characters`,
});

export const AgendaTitle = Type.String({ minLength: 1, maxLength: MAX_AGENDA_TITLE_LENGTH });

export const DurationMinutes = Nullable(
  Type.Integer({ minimum: 1, maximum: MAX_AGENDA_DURATION_MINUTES }),
  // TypeBox reports a failed union as "Expected union value"; name the rule instead.
  {
    errorMessage: `must be a whole number of minutes from 1 to ${MAX_AGENDA_DURATION_MINUTES}, or null`,
  },
);

export const NoteBody = Type.String({ minLength: 1, maxLength: MAX_NOTE_BODY_LENGTH });
export const NoteVisibility = Type.Union([Type.Literal('shared'), Type.Literal('private')]);
export const MessageBody = Type.String({ minLength: 1, maxLength: MAX_MESSAGE_BODY_LENGTH });

// ---------------------------------------------------------------------------------------------
// Errors

export const ErrorBody = Type.Object(
  {
    error: Type.Union(Object.values(ErrorCode).map((code) => Type.Literal(code))),
    message: Type.String(),
  },
  closed,
);
export type ErrorBody = Static<typeof ErrorBody>;

// ---------------------------------------------------------------------------------------------
// Account

export const Role = Type.Union([Type.Literal('member'), Type.Literal('admin')]);
export const ExternalGuestsPolicy = Type.Union([Type.Literal('allow'), Type.Literal('deny')]);
/** The highest Drive role the add-on may grant meeting guests when sharing a file. */
export const MaxDriveRole = Type.Union([
  Type.Literal('reader'),
  Type.Literal('commenter'),
  Type.Literal('writer'),
]);
export type MaxDriveRole = Static<typeof MaxDriveRole>;

export const RetentionDays = Nullable(
  Type.Integer({ minimum: MIN_RETENTION_DAYS, maximum: MAX_RETENTION_DAYS }),
  {
    errorMessage: `must be a whole number of days from ${MIN_RETENTION_DAYS} to ${MAX_RETENTION_DAYS}, or null to keep data while it is used`,
    description: 'Days of inactivity after which users and idle meetings are deleted; null: never.',
  },
);

export const Preferences = Type.Object(
  {
    /** False once the user objects to statistics and personalisation (policy §11(2)). */
    allowStatistics: Type.Boolean(),
  },
  closed,
);
export type Preferences = Static<typeof Preferences>;

/** What Mingwork stores about the caller: meetings they own and items they wrote anywhere. */
export const StoredCounts = Type.Object(
  {
    meetingsOwned: Type.Integer({ minimum: 0 }),
    agendaItems: Type.Integer({ minimum: 0 }),
    notes: Type.Integer({ minimum: 0 }),
    messages: Type.Integer({ minimum: 0 }),
    files: Type.Integer({ minimum: 0 }),
  },
  closed,
);
export type StoredCounts = Static<typeof StoredCounts>;

export const MeView = Type.Object(
  {
    user: Type.Object(
      {
        id: Id,
        email: Type.String(),
        name: Nullable(Type.String()),
        role: Role,
        /** Disabled by a domain admin: every other call answers 403 account_disabled. */
        disabled: Type.Boolean(),
        createdAt: Timestamp,
        /** Last request, to the hour. */
        lastActiveAt: Timestamp,
      },
      closed,
    ),
    tenant: Type.Object(
      {
        kind: Type.Union([Type.Literal('domain'), Type.Literal('personal')]),
        /** The Workspace domain; null for a personal (consumer) account. */
        domain: Nullable(Type.String()),
        externalGuests: ExternalGuestsPolicy,
        maxDriveRole: MaxDriveRole,
        retentionDays: RetentionDays,
      },
      closed,
    ),
    preferences: Preferences,
    stored: StoredCounts,
  },
  closed,
);
export type MeView = Static<typeof MeView>;

// ---------------------------------------------------------------------------------------------
// Meeting content

export const AgendaItem = Type.Object(
  {
    id: Id,
    title: Type.String(),
    done: Type.Boolean(),
    /** 0-based; items are listed by position. */
    position: Type.Integer({ minimum: 0 }),
    durationMinutes: Nullable(Type.Integer()),
    authoredByMe: Type.Boolean(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  closed,
);
export type AgendaItem = Static<typeof AgendaItem>;

export const Note = Type.Object(
  {
    id: Id,
    body: Type.String(),
    visibility: NoteVisibility,
    authoredByMe: Type.Boolean(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  closed,
);
export type Note = Static<typeof Note>;

export const Message = Type.Object(
  {
    id: Id,
    body: Type.String(),
    authoredByMe: Type.Boolean(),
    /** Null when the author's account was erased. */
    authorName: Nullable(Type.String()),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  closed,
);
export type Message = Static<typeof Message>;

export const MeetingFile = Type.Object(
  { id: Id, url: Type.String(), addedByMe: Type.Boolean(), createdAt: Timestamp },
  closed,
);
export type MeetingFile = Static<typeof MeetingFile>;

/**
 * What the caller may do. Anyone who can see a meeting may add content and edit what they
 * wrote; the flags below are the owner's extra rights.
 */
export const MeetingAccess = Type.Object(
  {
    role: Type.Union([Type.Literal('owner'), Type.Literal('guest')]),
    canManageGuests: Type.Boolean(),
    canDeleteMeeting: Type.Boolean(),
    /** Remove anyone's agenda items, shared notes, messages and files. */
    canRemoveAnyContent: Type.Boolean(),
    /** Check off and reorder anyone's agenda items (authors always can for their own). */
    canOrganizeAgenda: Type.Boolean(),
  },
  closed,
);
export type MeetingAccess = Static<typeof MeetingAccess>;

// ---------------------------------------------------------------------------------------------
// Organizer-bound meetings (DESIGN §5): which of an event's meetings a viewer is shown

export const OrganizerDigests = Type.String({
  pattern: `^[A-Za-z0-9_-]{${GUEST_DIGEST_LENGTH}}\\.[A-Za-z0-9_-]{${GUEST_DIGEST_LENGTH}}$`,
  errorMessage: `must be "<organizerDigest>.<organizerDomainDigest>", two ${GUEST_DIGEST_LENGTH}-character base64url digests`,
  description:
    "HMAC-SHA256 digests, keyed by the event ID, of the organizer's lowercased email and of its domain.",
});

/** The X-Mingwork-Organizer header (shared/settings.ts), on reads of an event's meeting. */
export const OrganizerHeaders = Type.Object({
  'x-mingwork-organizer': Type.Optional(OrganizerDigests),
});
export type OrganizerHeaders = Static<typeof OrganizerHeaders>;

/** "organizer": the organizer's tenant's meeting; "tenant": the viewer's own tenant's. */
export const MeetingScope = Type.Union([Type.Literal('organizer'), Type.Literal('tenant')]);
export type MeetingScope = Static<typeof MeetingScope>;

/** Whose meeting it is, so that a guest always knows: from the owner's own Google account. */
export const MeetingOwner = Type.Object(
  {
    name: Nullable(Type.String()),
    /** The owner's Workspace domain; null for a personal (consumer) account. */
    domain: Nullable(Type.String()),
  },
  closed,
);
export type MeetingOwner = Static<typeof MeetingOwner>;

/** The other meeting of the same event the viewer may open instead (the card's switch). */
export const OtherMeeting = Type.Object(
  { id: Id, scope: MeetingScope, owner: MeetingOwner },
  closed,
);
export type OtherMeeting = Static<typeof OtherMeeting>;

export const EventMeetingQuery = Type.Object(
  {
    /** One of the meetings the viewer may see for this event; the preferred one when absent. */
    meetingId: Type.Optional(Id),
  },
  closed,
);
export type EventMeetingQuery = Static<typeof EventMeetingQuery>;

export const MeetingView = Type.Object(
  {
    meeting: Type.Object(
      {
        id: Id,
        eventId: Type.String(),
        ownedByMe: Type.Boolean(),
        scope: MeetingScope,
        owner: MeetingOwner,
        createdAt: Timestamp,
        updatedAt: Timestamp,
      },
      closed,
    ),
    /** The event's other meeting that the viewer may also see, if any. */
    otherMeeting: Nullable(OtherMeeting),
    agenda: Type.Array(AgendaItem),
    /** Shared notes and the caller's own private notes; other people's private notes never. */
    notes: Type.Array(Note),
    /** The latest page of messages, oldest first. */
    messages: Type.Array(Message),
    /** Pass as `before` to GET /v1/meetings/:id/messages for older messages; null when none. */
    messagesNextBefore: Nullable(Id),
    files: Type.Array(MeetingFile),
    access: MeetingAccess,
  },
  closed,
);
export type MeetingView = Static<typeof MeetingView>;

export const MessagePage = Type.Object(
  { messages: Type.Array(Message), nextBefore: Nullable(Id) },
  closed,
);
export type MessagePage = Static<typeof MessagePage>;

// ---------------------------------------------------------------------------------------------
// Request bodies and their responses (names are part of the contract, DESIGN §6)

export const CreateMeetingBody = Type.Object(
  { eventId: EventId, guestDigests: GuestDigests },
  closed,
);
export type CreateMeetingBody = Static<typeof CreateMeetingBody>;

export const ReplaceGuestsBody = Type.Object({ guestDigests: GuestDigests }, closed);
export type ReplaceGuestsBody = Static<typeof ReplaceGuestsBody>;

export const LookupMeetingsBody = Type.Object(
  {
    eventIds: Type.Array(EventId, { maxItems: MAX_LOOKUP_EVENT_IDS }),
    /** Per event, its organizer's digests, as in the X-Mingwork-Organizer header. */
    organizers: Type.Optional(
      Type.Record(Type.String(), OrganizerDigests, {
        maxProperties: MAX_LOOKUP_EVENT_IDS,
        // Its keys match any string, so this closes nothing; it says so to readers and tools.
        additionalProperties: false,
      }),
    ),
  },
  closed,
);
export type LookupMeetingsBody = Static<typeof LookupMeetingsBody>;

export const LookupMeetingsResponse = Type.Object(
  {
    /** Only the given events that have a meeting the caller may see. */
    meetings: Type.Array(
      Type.Object({ eventId: Type.String(), meetingId: Id, scope: MeetingScope }, closed),
    ),
    /** The caller's preference: false hides statistics such as "this week" in the homepage. */
    allowStatistics: Type.Boolean(),
  },
  closed,
);
export type LookupMeetingsResponse = Static<typeof LookupMeetingsResponse>;

export const CreateAgendaItemBody = Type.Object(
  { title: AgendaTitle, durationMinutes: Type.Optional(DurationMinutes) },
  closed,
);
export type CreateAgendaItemBody = Static<typeof CreateAgendaItemBody>;

export const UpdateAgendaItemBody = Type.Object(
  {
    title: Type.Optional(AgendaTitle),
    done: Type.Optional(Type.Boolean()),
    position: Type.Optional(Type.Integer({ minimum: 0 })),
    durationMinutes: Type.Optional(DurationMinutes),
  },
  closed,
);
export type UpdateAgendaItemBody = Static<typeof UpdateAgendaItemBody>;

export const CreateNoteBody = Type.Object({ body: NoteBody, visibility: NoteVisibility }, closed);
export type CreateNoteBody = Static<typeof CreateNoteBody>;

export const UpdateNoteBody = Type.Object({ body: NoteBody }, closed);
export type UpdateNoteBody = Static<typeof UpdateNoteBody>;

export const MessageBodyRequest = Type.Object({ body: MessageBody }, closed);
export type MessageBodyRequest = Static<typeof MessageBodyRequest>;

export const MessagePageQuery = Type.Object(
  {
    /** A message ID: return messages older than it. */
    before: Type.Optional(Id),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_MESSAGE_PAGE_SIZE })),
  },
  closed,
);
export type MessagePageQuery = Static<typeof MessagePageQuery>;

export const AddFileBody = Type.Object({ url: DriveUrl }, closed);
export type AddFileBody = Static<typeof AddFileBody>;

// ---------------------------------------------------------------------------------------------
// Privacy and admin calls (DESIGN §6 "Privacy and admin calls"; GET /me/export is in export.ts)

export const UpdatePreferencesBody = Type.Object({ allowStatistics: Type.Boolean() }, closed);
export type UpdatePreferencesBody = Static<typeof UpdatePreferencesBody>;

export const PreferencesResponse = Type.Object({ preferences: Preferences }, closed);
export type PreferencesResponse = Static<typeof PreferencesResponse>;

/** A user of the admin's own domain: the name and email from their own tokens, and no more. */
export const AdminUser = Type.Object(
  {
    id: Id,
    email: Type.String(),
    name: Nullable(Type.String()),
    role: Role,
    disabled: Type.Boolean(),
    lastActiveAt: Timestamp,
  },
  closed,
);
export type AdminUser = Static<typeof AdminUser>;

const PageLimit = Type.Integer({ minimum: 1, maximum: MAX_ADMIN_PAGE_SIZE });

export const AdminUsersQuery = Type.Object(
  {
    /** The start of an email address, any case. */
    q: Type.Optional(Type.String({ maxLength: MAX_EMAIL_PREFIX_LENGTH })),
    /** The nextCursor of the previous page. */
    cursor: Type.Optional(Id),
    limit: Type.Optional(PageLimit),
  },
  closed,
);
export type AdminUsersQuery = Static<typeof AdminUsersQuery>;

export const AdminUsersPage = Type.Object(
  { users: Type.Array(AdminUser), nextCursor: Nullable(Id) },
  closed,
);
export type AdminUsersPage = Static<typeof AdminUsersPage>;

export const UpdateAdminUserBody = Type.Object(
  { disabled: Type.Optional(Type.Boolean()), role: Type.Optional(Role) },
  { ...closed, minProperties: 1 },
);
export type UpdateAdminUserBody = Static<typeof UpdateAdminUserBody>;

export const DomainPolicy = Type.Object(
  {
    externalGuests: ExternalGuestsPolicy,
    maxDriveRole: MaxDriveRole,
    retentionDays: RetentionDays,
  },
  closed,
);
export type DomainPolicy = Static<typeof DomainPolicy>;

/** Detail values are counts, flags and policy words: never content, names or emails. */
export const AuditDetail = Type.Record(
  Type.String(),
  Type.Union([Type.Number(), Type.Boolean(), Type.String(), Type.Null()]),
  closed,
);

export const AuditEntry = Type.Object(
  {
    id: Id,
    at: Timestamp,
    /** e.g. "account.erase", "admin.user.disable", "policy.update". */
    action: Type.String(),
    /** A pseudonym: the acting user's id (meaningless once erased), or "retention-sweep". */
    actor: Type.String(),
    /** The user or meeting acted on, by id; null when the action has no target. */
    target: Nullable(Type.String()),
    detail: Nullable(AuditDetail),
  },
  closed,
);
export type AuditEntry = Static<typeof AuditEntry>;

export const AuditQuery = Type.Object(
  { cursor: Type.Optional(Id), limit: Type.Optional(PageLimit) },
  closed,
);
export type AuditQuery = Static<typeof AuditQuery>;

/** Newest first. */
export const AuditPage = Type.Object(
  { entries: Type.Array(AuditEntry), nextCursor: Nullable(Id) },
  closed,
);
export type AuditPage = Static<typeof AuditPage>;

export const Health = Type.Object({ status: Type.Literal('ok') }, closed);
export type Health = Static<typeof Health>;
