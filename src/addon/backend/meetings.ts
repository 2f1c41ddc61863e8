/**
 * The meeting calls of the Calendar sidebar, typed over the one client (client.ts). What
 * leaves here about an event is its ID and one-way digests of its people (google/guests.ts);
 * everything else sent is what the user typed into Mingwork.
 */
import type {
  AgendaItem,
  CreateAgendaItemBody,
  CreateNoteBody,
  LookupMeetingsResponse,
  MeetingFile,
  MeetingView,
  Message,
  MessagePage,
  Note,
  UpdateAgendaItemBody,
} from '../../shared/contract';
import { ErrorCode } from '../../shared/errors';
import { ORGANIZER_HEADER } from '../../shared/settings';
import { BackendError, callBackend, callBackendAll, type BackendRequest } from './client';

/** An event as the backend may know it: its ID, and its organizer as two digests if known. */
export interface EventRef {
  eventId: string;
  /** "<organizerDigest>.<organizerDomainDigest>" (google/guests.ts), or null. */
  organizer: string | null;
}

const segment = encodeURIComponent;

function organizerHeaders(organizer: string | null): Record<string, string> | undefined {
  return organizer ? { [ORGANIZER_HEADER]: organizer } : undefined;
}

/** The homepage's one call: which events have a meeting the user may open. */
export function lookupMeetings(events: EventRef[]): LookupMeetingsResponse {
  const organizers: Record<string, string> = {};
  for (const { eventId, organizer } of events) if (organizer) organizers[eventId] = organizer;
  return callBackend<LookupMeetingsResponse>({
    method: 'post',
    path: '/v1/meetings/lookup',
    body: { eventIds: events.map((event) => event.eventId), organizers },
  });
}

/**
 * The whole meeting the event shows the user (the organizer's, else their tenant's), or the
 * given one of the two; null when there is none they may see.
 */
export function fetchEventMeeting(event: EventRef, meetingId?: string): MeetingView | null {
  const query = meetingId ? `?meetingId=${segment(meetingId)}` : '';
  try {
    return callBackend<MeetingView>({
      method: 'get',
      path: `/v1/events/${segment(event.eventId)}/meeting${query}`,
      headers: organizerHeaders(event.organizer),
    });
  } catch (error) {
    if (error instanceof BackendError && error.code === ErrorCode.NotFound) return null;
    throw error;
  }
}

/** Starts the user's tenant's meeting for the event (or returns it): its view. */
export function startMeeting(
  event: EventRef,
  guestDigests: string[],
  idempotencyKey: string,
): MeetingView {
  const view = callBackend<MeetingView>({
    method: 'post',
    path: '/v1/meetings',
    body: { eventId: event.eventId, guestDigests },
    headers: organizerHeaders(event.organizer),
    idempotencyKey,
  });
  if (view.meeting.ownedByMe) rememberGuests(view.meeting.id, guestDigests);
  return view;
}

// ---------------------------------------------------------------------------------------------
// Guest digests kept current without a call on every render

const GUESTS_KEY_PREFIX = 'mw:guests:';
/** CacheService keeps values at most six hours; a render after that sends the digests again. */
const GUESTS_REMEMBERED_SECONDS = 21600;

function sha256(text: string): string {
  return Utilities.base64EncodeWebSafe(
    Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, text, Utilities.Charset.UTF_8),
  );
}

/** One short value stands for the whole set: a digest of the sorted digests. */
function fingerprint(guestDigests: string[]): string {
  return sha256([...new Set(guestDigests)].sort().join(','));
}

function rememberGuests(meetingId: string, guestDigests: string[]): void {
  CacheService.getUserCache().put(
    GUESTS_KEY_PREFIX + meetingId,
    fingerprint(guestDigests),
    GUESTS_REMEMBERED_SECONDS,
  );
}

/**
 * Sends the owner's current guest digests when they differ from those last sent from this
 * account (PUT /v1/meetings/:id/guests); returns whether it had to.
 */
export function syncGuests(meetingId: string, guestDigests: string[]): boolean {
  const sent = CacheService.getUserCache().get(GUESTS_KEY_PREFIX + meetingId);
  if (sent === fingerprint(guestDigests)) return false;
  callBackend({
    method: 'put',
    path: `/v1/meetings/${segment(meetingId)}/guests`,
    body: { guestDigests },
  });
  rememberGuests(meetingId, guestDigests);
  return true;
}

// ---------------------------------------------------------------------------------------------
// Content: every write carries the Idempotency-Key the action was given

export function addAgendaItem(
  meetingId: string,
  body: CreateAgendaItemBody,
  idempotencyKey: string,
): AgendaItem {
  return callBackend<AgendaItem>({
    method: 'post',
    path: `/v1/meetings/${segment(meetingId)}/agenda`,
    body,
    idempotencyKey,
  });
}

export function updateAgendaItem(
  itemId: string,
  body: UpdateAgendaItemBody,
  idempotencyKey: string,
): AgendaItem {
  return callBackend<AgendaItem>({
    method: 'patch',
    path: `/v1/agenda/${segment(itemId)}`,
    body,
    idempotencyKey,
  });
}

export function addNote(meetingId: string, body: CreateNoteBody, idempotencyKey: string): Note {
  return callBackend<Note>({
    method: 'post',
    path: `/v1/meetings/${segment(meetingId)}/notes`,
    body,
    idempotencyKey,
  });
}

export function updateNote(noteId: string, text: string, idempotencyKey: string): Note {
  return callBackend<Note>({
    method: 'patch',
    path: `/v1/notes/${segment(noteId)}`,
    body: { body: text },
    idempotencyKey,
  });
}

export function postMessage(meetingId: string, text: string, idempotencyKey: string): Message {
  return callBackend<Message>({
    method: 'post',
    path: `/v1/meetings/${segment(meetingId)}/messages`,
    body: { body: text },
    idempotencyKey,
  });
}

/** The page of messages older than `before`, oldest first. */
export function fetchOlderMessages(meetingId: string, before: string): MessagePage {
  return callBackend<MessagePage>({
    method: 'get',
    path: `/v1/meetings/${segment(meetingId)}/messages?before=${segment(before)}`,
  });
}

export function addFile(meetingId: string, url: string, idempotencyKey: string): MeetingFile {
  return callBackend<MeetingFile>({
    method: 'post',
    path: `/v1/meetings/${segment(meetingId)}/files`,
    body: { url },
    idempotencyKey,
  });
}

/**
 * Several Drive links at once, in one parallel round (`fetchAll`). Each link's key is derived
 * from the action's key and the link, so a retried click adds none twice. Throws the first
 * failure.
 */
export function addFiles(meetingId: string, urls: string[], idempotencyKey: string): void {
  const requests: BackendRequest[] = urls.map((url) => ({
    method: 'post',
    path: `/v1/meetings/${segment(meetingId)}/files`,
    body: { url },
    idempotencyKey: `${idempotencyKey}.${sha256(url)}`,
  }));
  const failure = callBackendAll<unknown[]>(requests).find((result) => result instanceof Error);
  if (failure) throw failure;
}

export type ContentKind = 'agenda' | 'notes' | 'messages' | 'files';

/** Removes an agenda item, note, message or file (its author, or the meeting's owner). */
export function removeContent(kind: ContentKind, itemId: string, idempotencyKey: string): void {
  callBackend({ method: 'delete', path: `/v1/${kind}/${segment(itemId)}`, idempotencyKey });
}
