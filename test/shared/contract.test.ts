import type { TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import {
  AddFileBody,
  AdminUsersPage,
  AdminUsersQuery,
  AuditPage,
  DomainPolicy,
  MeView,
  UpdateAdminUserBody,
  UpdatePreferencesBody,
  CreateAgendaItemBody,
  CreateMeetingBody,
  CreateNoteBody,
  ErrorBody,
  EventMeetingQuery,
  LookupMeetingsBody,
  LookupMeetingsResponse,
  MeetingView,
  MessageBodyRequest,
  MessagePage,
  MessagePageQuery,
  OtherMeeting,
  ReplaceGuestsBody,
  UpdateAgendaItemBody,
  UpdateNoteBody,
} from '../../src/shared/contract';
import { ERROR_STATUS, ErrorCode } from '../../src/shared/errors';
import { ExportDocument } from '../../src/shared/export';
import {
  GUEST_DIGEST_LENGTH,
  MAX_AGENDA_TITLE_LENGTH,
  MAX_DRIVE_URL_LENGTH,
  MAX_GUEST_DIGESTS,
  MAX_LOOKUP_EVENT_IDS,
  MAX_MESSAGE_BODY_LENGTH,
  MAX_NOTE_BODY_LENGTH,
  MAX_RETENTION_DAYS,
  MIN_RETENTION_DAYS,
} from '../../src/shared/limits';

const digest = 'a'.repeat(GUEST_DIGEST_LENGTH);
const time = '2026-11-30T09:00:00.000Z';

const valid: Array<[string, TSchema, unknown]> = [
  [
    'CreateMeetingBody',
    CreateMeetingBody,
    { eventId: 'abc123_20261130T090000Z', guestDigests: [digest] },
  ],
  ['ReplaceGuestsBody', ReplaceGuestsBody, { guestDigests: [] }],
  ['LookupMeetingsBody', LookupMeetingsBody, { eventIds: ['e1', 'e2'] }],
  [
    'LookupMeetingsBody with organizers',
    LookupMeetingsBody,
    { eventIds: ['e1', 'e2'], organizers: { e1: `${digest}.${digest}` } },
  ],
  [
    'LookupMeetingsResponse',
    LookupMeetingsResponse,
    { meetings: [{ eventId: 'e1', meetingId: 'm1', scope: 'organizer' }], allowStatistics: true },
  ],
  ['EventMeetingQuery', EventMeetingQuery, { meetingId: 'm2' }],
  ['CreateAgendaItemBody', CreateAgendaItemBody, { title: 'Budget', durationMinutes: 15 }],
  ['CreateAgendaItemBody without duration', CreateAgendaItemBody, { title: 'Budget' }],
  [
    'UpdateAgendaItemBody',
    UpdateAgendaItemBody,
    { done: true, position: 0, durationMinutes: null },
  ],
  ['UpdateAgendaItemBody, empty', UpdateAgendaItemBody, {}],
  ['CreateNoteBody', CreateNoteBody, { body: 'Notes', visibility: 'private' }],
  ['UpdateNoteBody', UpdateNoteBody, { body: 'Notes' }],
  ['MessageBodyRequest', MessageBodyRequest, { body: 'Hello' }],
  ['MessagePageQuery', MessagePageQuery, { before: 'm1', limit: 20 }],
  ['AddFileBody, Drive', AddFileBody, { url: 'https://drive.google.com/file/d/1/view' }],
  ['AddFileBody, Docs', AddFileBody, { url: 'https://docs.google.com/document/d/1/edit' }],
  ['ErrorBody', ErrorBody, { error: 'not_found', message: 'The meeting was not found.' }],
  ['MessagePage', MessagePage, { messages: [], nextBefore: null }],
  [
    'MeetingView',
    MeetingView,
    {
      meeting: {
        id: 'm1',
        eventId: 'e1',
        ownedByMe: false,
        scope: 'organizer',
        owner: { name: 'Alice Martin', domain: 'acme.example' },
        createdAt: time,
        updatedAt: time,
      },
      otherMeeting: { id: 'm2', scope: 'tenant', owner: { name: null, domain: null } },
      agenda: [
        {
          id: 'a1',
          title: 'Budget',
          done: false,
          position: 0,
          durationMinutes: null,
          authoredByMe: true,
          createdAt: time,
          updatedAt: time,
        },
      ],
      notes: [
        {
          id: 'n1',
          body: 'x',
          visibility: 'shared',
          authoredByMe: false,
          createdAt: time,
          updatedAt: time,
        },
      ],
      messages: [
        {
          id: 'g1',
          body: 'hi',
          authoredByMe: false,
          authorName: null,
          createdAt: time,
          updatedAt: time,
        },
      ],
      messagesNextBefore: null,
      files: [{ id: 'f1', url: 'https://drive.google.com/x', addedByMe: true, createdAt: time }],
      access: {
        role: 'guest',
        canManageGuests: false,
        canDeleteMeeting: false,
        canRemoveAnyContent: false,
        canOrganizeAgenda: false,
      },
    },
  ],
];

const adminUser = {
  id: 'u1',
  email: 'bob@acme.example',
  name: null,
  role: 'member',
  disabled: true,
  lastActiveAt: time,
};
const policy = { externalGuests: 'deny', maxDriveRole: 'commenter', retentionDays: 90 };

valid.push(
  [
    'MeView',
    MeView,
    {
      user: { ...adminUser, createdAt: time, disabled: false, role: 'admin' },
      tenant: { kind: 'domain', domain: 'acme.example', ...policy },
      preferences: { allowStatistics: false },
      stored: { meetingsOwned: 1, agendaItems: 2, notes: 3, messages: 4, files: 5 },
    },
  ],
  ['UpdatePreferencesBody', UpdatePreferencesBody, { allowStatistics: false }],
  ['AdminUsersQuery', AdminUsersQuery, { q: 'bo', cursor: 'u0', limit: 50 }],
  ['AdminUsersPage', AdminUsersPage, { users: [adminUser], nextCursor: 'u1' }],
  ['UpdateAdminUserBody', UpdateAdminUserBody, { role: 'admin' }],
  ['DomainPolicy', DomainPolicy, policy],
  ['DomainPolicy, keeping data', DomainPolicy, { ...policy, retentionDays: null }],
  [
    'AuditPage',
    AuditPage,
    {
      entries: [
        {
          id: 'a1',
          at: time,
          action: 'admin.policy.update',
          actor: 'u1',
          target: 't1',
          detail: policy,
        },
      ],
      nextCursor: null,
    },
  ],
  [
    'ExportDocument, of an account with nothing in it',
    ExportDocument,
    {
      format: 'mingwork-export',
      version: 1,
      exportedAt: time,
      user: {
        id: 'u1',
        email: 'bob@acme.example',
        name: 'Bob',
        role: 'member',
        createdAt: time,
        lastActiveAt: time,
      },
      tenant: { kind: 'personal', domain: null },
      preferences: { allowStatistics: true },
      meetings: [],
      contributions: [],
    },
  ],
);

const invalid: Array<[string, TSchema, unknown]> = [
  ['a change of nothing', UpdateAdminUserBody, {}],
  ['a role that does not exist', UpdateAdminUserBody, { role: 'owner' }],
  ['a text for a preference', UpdatePreferencesBody, { allowStatistics: 'no' }],
  [
    'a retention under the minimum',
    DomainPolicy,
    { ...policy, retentionDays: MIN_RETENTION_DAYS - 1 },
  ],
  [
    'a retention over the maximum',
    DomainPolicy,
    { ...policy, retentionDays: MAX_RETENTION_DAYS + 1 },
  ],
  ['owner as the Drive role cap', DomainPolicy, { ...policy, maxDriveRole: 'owner' }],
  ['a page of a thousand users', AdminUsersQuery, { limit: 1000 }],
  [
    'an export of another version',
    ExportDocument,
    { format: 'mingwork-export', version: 2, meetings: [], contributions: [] },
  ],
  ['an unknown field', CreateMeetingBody, { eventId: 'e1', guestDigests: [], title: 'Board' }],
  [
    'a guest email instead of a digest',
    CreateMeetingBody,
    { eventId: 'e1', guestDigests: ['bob@acme.example'] },
  ],
  [
    'too many guest digests',
    ReplaceGuestsBody,
    { guestDigests: Array(MAX_GUEST_DIGESTS + 1).fill(digest) },
  ],
  ['an empty event ID', CreateMeetingBody, { eventId: '', guestDigests: [] }],
  [
    'too many event IDs',
    LookupMeetingsBody,
    { eventIds: Array(MAX_LOOKUP_EVENT_IDS + 1).fill('e') },
  ],
  ['a too-long title', CreateAgendaItemBody, { title: 'x'.repeat(MAX_AGENDA_TITLE_LENGTH + 1) }],
  ['a zero duration', CreateAgendaItemBody, { title: 'x', durationMinutes: 0 }],
  ['a string for done', UpdateAgendaItemBody, { done: 'yes' }],
  ['a visibility change in an edit', UpdateNoteBody, { body: 'x', visibility: 'shared' }],
  ['an unknown visibility', CreateNoteBody, { body: 'x', visibility: 'public' }],
  [
    'a too-long note',
    CreateNoteBody,
    { body: 'x'.repeat(MAX_NOTE_BODY_LENGTH + 1), visibility: 'shared' },
  ],
  ['a too-long message', MessageBodyRequest, { body: 'x'.repeat(MAX_MESSAGE_BODY_LENGTH + 1) }],
  ['a non-Drive URL', AddFileBody, { url: 'https://example.com/file' }],
  ['a Drive look-alike host', AddFileBody, { url: 'https://drive.google.com.evil.example/x' }],
  [
    'a too-long Drive URL',
    AddFileBody,
    { url: `https://drive.google.com/${'a'.repeat(MAX_DRIVE_URL_LENGTH)}` },
  ],
  ['an unknown error code', ErrorBody, { error: 'teapot', message: 'x' }],
  [
    'an organizer named by one digest',
    LookupMeetingsBody,
    { eventIds: ['e1'], organizers: { e1: digest } },
  ],
  [
    'an organizer named by email',
    LookupMeetingsBody,
    { eventIds: ['e1'], organizers: { e1: 'alice@acme.example.acme.example' } },
  ],
  [
    'an unknown meeting scope',
    OtherMeeting,
    { id: 'm1', scope: 'oldest', owner: { name: null, domain: null } },
  ],
];

describe('the API contract', () => {
  it.each(valid)('accepts a valid %s', (_name, schema, sample) => {
    expect([...Value.Errors(schema, sample)].map((e) => `${e.path} ${e.message}`)).toEqual([]);
  });

  it.each(invalid)('refuses %s', (_name, schema, sample) => {
    expect(Value.Check(schema, sample)).toBe(false);
  });

  it('closes every object schema to unknown properties', () => {
    const open: string[] = [];
    const visit = (schema: unknown, path: string) => {
      if (typeof schema !== 'object' || schema === null) return;
      const node = schema as Record<string, unknown>;
      if (node.type === 'object' && node.additionalProperties !== false) open.push(path);
      for (const [key, child] of Object.entries(node)) visit(child, `${path}.${key}`);
    };
    const schemas = [...valid, ...invalid].map(([name, schema]) => [name, schema] as const);
    for (const [name, schema] of schemas) visit(schema, name);
    expect(open).toEqual([]);
  });

  it('gives every error code an HTTP status', () => {
    for (const code of Object.values(ErrorCode)) {
      expect(ERROR_STATUS[code]).toBeGreaterThanOrEqual(400);
    }
  });
});
