/**
 * The document `GET /v1/me/export` answers with (policy §11(1), "a structured electronic
 * format"): everything Mingwork stores about the caller, as one JSON object. This schema is
 * its documentation, field by field; a test validates real exports against it.
 *
 * Versioned: `format` never changes, and `version` grows whenever a field changes meaning or
 * disappears, so that whatever reads an old export knows what it holds. Adding fields is
 * not a new version. Times are ISO 8601 strings in UTC.
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { AgendaItem, Id, MeetingFile, Note, Preferences, Role, Timestamp } from './contract';

export const EXPORT_FORMAT = 'mingwork-export';
export const EXPORT_VERSION = 1;

const closed = { additionalProperties: false } as const;

function described<T extends TSchema>(schema: T, description: string): T {
  return { ...schema, description };
}

const ExportedUser = Type.Object(
  {
    id: described(Id, "Mingwork's id for the account."),
    email: described(Type.String(), 'The email of the Google account, from its sign-in token.'),
    name: described(
      Type.Union([Type.String(), Type.Null()]),
      'The name of the Google account, from its sign-in token; null if Google sent none.',
    ),
    role: described(Role, '"admin" for an administrator of the domain, otherwise "member".'),
    createdAt: described(Timestamp, 'When the account was created: the first use of Mingwork.'),
    lastActiveAt: described(Timestamp, 'The last request, to the hour.'),
  },
  { ...closed, description: 'The account.' },
);

const ExportedTenant = Type.Object(
  {
    kind: described(
      Type.Union([Type.Literal('domain'), Type.Literal('personal')]),
      '"domain" for a Google Workspace domain, "personal" for a consumer Google account.',
    ),
    domain: described(
      Type.Union([Type.String(), Type.Null()]),
      'The Workspace domain; null for a personal account.',
    ),
  },
  { ...closed, description: 'The domain the account belongs to.' },
);

const ExportedMeeting = Type.Object(
  {
    id: described(Id, "Mingwork's id for the meeting."),
    eventId: described(
      Type.String(),
      'The Google Calendar event the meeting belongs to. Its title, time and guests stay in Google Calendar and are not stored by Mingwork.',
    ),
    guests: described(
      Type.Integer({ minimum: 0 }),
      'How many guests the meeting lets in. Mingwork stores each only as a one-way digest, which says nothing about who they are.',
    ),
    createdAt: described(Timestamp, 'When the meeting was started.'),
    updatedAt: described(Timestamp, 'The last change to the meeting or its content.'),
  },
  closed,
);

/** As in a meeting view, without other people's names: an export holds the caller's data. */
const ExportedMessage = Type.Object(
  {
    id: Id,
    body: described(Type.String(), 'The text of the message.'),
    authoredByMe: described(Type.Boolean(), 'True for messages the exporting user wrote.'),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  closed,
);

const OwnedMeeting = Type.Object(
  {
    meeting: ExportedMeeting,
    agenda: described(Type.Array(AgendaItem), 'Every agenda item, in agenda order.'),
    notes: described(
      Type.Array(Note),
      "Shared notes, and the user's own private notes. Other people's private notes are never exported.",
    ),
    messages: described(Type.Array(ExportedMessage), 'The whole message thread, oldest first.'),
    files: described(
      Type.Array(MeetingFile),
      'Drive links attached to the meeting. Only the link is stored; the file stays in Drive.',
    ),
  },
  { ...closed, description: 'A meeting the user started, with everything in it.' },
);

function contribution<K extends string, T extends TSchema>(kind: K, item: T) {
  return Type.Object(
    {
      meetingId: described(Id, 'The meeting, which someone else started.'),
      eventId: described(Type.String(), 'The Google Calendar event of that meeting.'),
      kind: Type.Literal(kind),
      item,
    },
    closed,
  );
}

const Contribution = Type.Union(
  [
    contribution('agenda', AgendaItem),
    contribution('note', Note),
    contribution('message', ExportedMessage),
    contribution('file', MeetingFile),
  ],
  {
    description:
      "Something the user wrote or attached in a meeting someone else started: an agenda item, a note (shared or the user's own private one), a message or a Drive link.",
  },
);

export const ExportDocument = Type.Object(
  {
    format: described(Type.Literal(EXPORT_FORMAT), 'Always "mingwork-export".'),
    version: described(Type.Literal(EXPORT_VERSION), 'The version of this format.'),
    exportedAt: described(Timestamp, 'When the export was made.'),
    user: ExportedUser,
    tenant: ExportedTenant,
    preferences: described(Preferences, "The user's privacy choices."),
    meetings: described(
      Type.Array(OwnedMeeting),
      'The meetings the user started (owns), oldest first.',
    ),
    contributions: described(
      Type.Array(Contribution),
      "What the user wrote in other people's meetings, oldest first within each kind.",
    ),
  },
  {
    ...closed,
    title: 'Mingwork export',
    description: 'Everything Mingwork stores about one user (GET /v1/me/export).',
  },
);
export type ExportDocument = Static<typeof ExportDocument>;
export type ExportedMeeting = Static<typeof ExportedMeeting>;
export type ExportedMessage = Static<typeof ExportedMessage>;
export type OwnedMeeting = Static<typeof OwnedMeeting>;
export type Contribution = Static<typeof Contribution>;
