/**
 * Writes the export document (shared/export.ts) as a stream of JSON text: a header, then each
 * owned meeting, then each contribution, as the store reads them batch by batch. The items are
 * mapped here rather than with the meeting view's functions on purpose: the export is its own
 * versioned format and must not change when the sidebar's view does.
 */
import type { AgendaItem, MeetingFile, Note } from '../../shared/contract';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type Contribution,
  type ExportDocument,
  type ExportedMeeting,
  type ExportedMessage,
} from '../../shared/export';
import { parseTenantKey } from '../auth/tenant';
import type { Account } from '../store/accounts';
import type { AgendaItemRecord } from '../store/agenda';
import type { StoreContext } from '../store/context';
import {
  agendaContributions,
  fileContributions,
  meetingAgenda,
  meetingFiles,
  meetingMessages,
  meetingNotes,
  messageContributions,
  noteContributions,
  ownedMeetings,
  type ExportedMeetingRecord,
  type ExportedMessageRecord,
  type ExportOwner,
} from '../store/export';
import type { FileRecord } from '../store/files';
import type { NoteRecord } from '../store/notes';
import { isoTime } from './meeting-view';

/** Text is handed on in pieces of about this size, not one write per row. */
const CHUNK_CHARS = 64 * 1024;

type Header = Omit<ExportDocument, 'meetings' | 'contributions'>;

export function exportDocument(ctx: StoreContext, account: Account): AsyncGenerator<string> {
  return inChunks(documentText(ctx, account));
}

async function* documentText(ctx: StoreContext, account: Account): AsyncGenerator<string> {
  const owner: ExportOwner = { tenantId: account.scope.tenantId, userId: account.scope.userId };
  const head = JSON.stringify(header(ctx, account));
  // The header's closing brace gives way to the two streamed lists.
  yield `${head.slice(0, -1)},"meetings":`;
  yield* jsonArray(ownedMeetingsText(ctx, owner));
  yield ',"contributions":';
  yield* jsonArray(contributionsText(ctx, owner));
  yield '}';
}

function header(ctx: StoreContext, account: Account): Header {
  const tenant = parseTenantKey(account.tenantKey);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: isoTime(ctx.now()),
    user: {
      id: account.scope.userId,
      email: account.email,
      name: account.name,
      role: account.role,
      createdAt: isoTime(account.createdAt),
      lastActiveAt: isoTime(account.lastSeenAt),
    },
    tenant: { kind: tenant.kind, domain: tenant.kind === 'domain' ? tenant.domain : null },
    preferences: { allowStatistics: account.allowStatistics },
  };
}

/** Each owned meeting as one JSON object; its messages are streamed inside it. */
async function* ownedMeetingsText(
  ctx: StoreContext,
  owner: ExportOwner,
): AsyncGenerator<AsyncIterable<string>> {
  for await (const meeting of ownedMeetings(ctx, owner)) {
    yield ownedMeetingText(ctx, owner, meeting);
  }
}

async function* ownedMeetingText(
  ctx: StoreContext,
  owner: ExportOwner,
  meeting: ExportedMeetingRecord,
): AsyncGenerator<string> {
  const [agenda, notes, files] = await Promise.all([
    meetingAgenda(ctx, meeting),
    meetingNotes(ctx, meeting, owner),
    meetingFiles(ctx, meeting),
  ]);
  const me = owner.userId;
  yield `{"meeting":${JSON.stringify(meetingView(meeting))}`;
  yield `,"agenda":${JSON.stringify(agenda.map((item) => agendaItemView(me, item)))}`;
  yield `,"notes":${JSON.stringify(notes.map((note) => noteView(me, note)))}`;
  yield ',"messages":';
  yield* jsonArray(mapEach(meetingMessages(ctx, meeting), (m) => jsonOf(messageView(me, m))));
  yield `,"files":${JSON.stringify(files.map((file) => fileView(me, file)))}}`;
}

async function* contributionsText(
  ctx: StoreContext,
  owner: ExportOwner,
): AsyncGenerator<AsyncIterable<string>> {
  const me = owner.userId;
  const contribution = (value: Contribution) => jsonOf(value);
  yield* mapEach(agendaContributions(ctx, owner), ({ meetingId, eventId, record }) =>
    contribution({ meetingId, eventId, kind: 'agenda', item: agendaItemView(me, record) }),
  );
  yield* mapEach(noteContributions(ctx, owner), ({ meetingId, eventId, record }) =>
    contribution({ meetingId, eventId, kind: 'note', item: noteView(me, record) }),
  );
  yield* mapEach(messageContributions(ctx, owner), ({ meetingId, eventId, record }) =>
    contribution({ meetingId, eventId, kind: 'message', item: messageView(me, record) }),
  );
  yield* mapEach(fileContributions(ctx, owner), ({ meetingId, eventId, record }) =>
    contribution({ meetingId, eventId, kind: 'file', item: fileView(me, record) }),
  );
}

function meetingView(meeting: ExportedMeetingRecord): ExportedMeeting {
  return {
    id: meeting.id,
    eventId: meeting.eventId,
    guests: meeting.guests,
    createdAt: isoTime(meeting.createdAt),
    updatedAt: isoTime(meeting.updatedAt),
  };
}

function agendaItemView(me: string, item: AgendaItemRecord): AgendaItem {
  return {
    id: item.id,
    title: item.title,
    done: item.done,
    position: item.position,
    durationMinutes: item.durationMinutes,
    authoredByMe: item.authorUserId === me,
    createdAt: isoTime(item.createdAt),
    updatedAt: isoTime(item.updatedAt),
  };
}

function noteView(me: string, note: NoteRecord): Note {
  return {
    id: note.id,
    body: note.body,
    visibility: note.visibility,
    authoredByMe: note.authorUserId === me,
    createdAt: isoTime(note.createdAt),
    updatedAt: isoTime(note.updatedAt),
  };
}

function messageView(me: string, message: ExportedMessageRecord): ExportedMessage {
  return {
    id: message.id,
    body: message.body,
    authoredByMe: message.authorUserId === me,
    createdAt: isoTime(message.createdAt),
    updatedAt: isoTime(message.updatedAt),
  };
}

function fileView(me: string, file: FileRecord): MeetingFile {
  return {
    id: file.id,
    url: file.url,
    addedByMe: file.addedByUserId === me,
    createdAt: isoTime(file.createdAt),
  };
}

// ---- streaming JSON ------------------------------------------------------------------------

/** One value's JSON as a one-piece stream. */
async function* jsonOf(value: unknown): AsyncGenerator<string> {
  yield JSON.stringify(value);
}

async function* mapEach<T, U>(source: AsyncIterable<T>, map: (item: T) => U): AsyncGenerator<U> {
  for await (const item of source) yield map(item);
}

/** `[a,b,…]` from a stream of elements, each itself a stream of JSON text. */
async function* jsonArray(elements: AsyncIterable<AsyncIterable<string>>): AsyncGenerator<string> {
  yield '[';
  let first = true;
  for await (const element of elements) {
    if (!first) yield ',';
    first = false;
    yield* element;
  }
  yield ']';
}

async function* inChunks(pieces: AsyncIterable<string>): AsyncGenerator<string> {
  let buffer = '';
  for await (const piece of pieces) {
    buffer += piece;
    if (buffer.length >= CHUNK_CHARS) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}
