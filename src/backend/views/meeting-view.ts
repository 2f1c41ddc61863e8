/**
 * Turns store records into the contract's shapes, from the caller's point of view
 * (`authoredByMe`, `ownedByMe`, what they may do).
 */
import { DEFAULT_MESSAGE_PAGE_SIZE } from '../../shared/limits';
import type {
  AgendaItem,
  MeetingFile,
  MeetingView,
  Message,
  MessagePage,
  Note,
} from '../../shared/contract';
import { accessView, isAuthor } from '../access/rules';
import type { VisibleMeeting } from '../access/scope';
import { listAgenda, type AgendaItemRecord } from '../store/agenda';
import type { StoreContext } from '../store/context';
import { listFiles, type FileRecord } from '../store/files';
import {
  listMessages,
  type MessagePage as MessageRecords,
  type MessageRecord,
} from '../store/messages';
import { listNotes, type NoteRecord } from '../store/notes';
import type { EventMeetings } from '../store/visible-meetings';

export function isoTime(epochMillis: number): string {
  return new Date(epochMillis).toISOString();
}

export function agendaItemView(access: VisibleMeeting, item: AgendaItemRecord): AgendaItem {
  return {
    id: item.id,
    title: item.title,
    done: item.done,
    position: item.position,
    durationMinutes: item.durationMinutes,
    authoredByMe: isAuthor(access, item.authorUserId),
    createdAt: isoTime(item.createdAt),
    updatedAt: isoTime(item.updatedAt),
  };
}

export function noteView(access: VisibleMeeting, note: NoteRecord): Note {
  return {
    id: note.id,
    body: note.body,
    visibility: note.visibility,
    authoredByMe: isAuthor(access, note.authorUserId),
    createdAt: isoTime(note.createdAt),
    updatedAt: isoTime(note.updatedAt),
  };
}

export function messageView(access: VisibleMeeting, message: MessageRecord): Message {
  return {
    id: message.id,
    body: message.body,
    authoredByMe: isAuthor(access, message.authorUserId),
    authorName: message.authorName,
    createdAt: isoTime(message.createdAt),
    updatedAt: isoTime(message.updatedAt),
  };
}

export function messagePageView(access: VisibleMeeting, page: MessageRecords): MessagePage {
  return {
    messages: page.messages.map((message) => messageView(access, message)),
    nextBefore: page.nextBefore,
  };
}

export function fileView(access: VisibleMeeting, file: FileRecord): MeetingFile {
  return {
    id: file.id,
    url: file.url,
    addedByMe: isAuthor(access, file.addedByUserId),
    createdAt: isoTime(file.createdAt),
  };
}

/**
 * The whole meeting in one response, as the add-on's event card needs it: the meeting the
 * event shows the caller, whose it is, and the other one they may switch to.
 */
export async function loadMeetingView(
  ctx: StoreContext,
  { shown, other }: EventMeetings,
): Promise<MeetingView> {
  const { access } = shown;
  const [agenda, notes, messages, files] = await Promise.all([
    listAgenda(ctx, access),
    listNotes(ctx, access),
    listMessages(ctx, access, { limit: DEFAULT_MESSAGE_PAGE_SIZE }),
    listFiles(ctx, access),
  ]);
  const { meeting } = access;
  const page = messagePageView(access, messages);
  return {
    meeting: {
      id: meeting.id,
      eventId: meeting.eventId,
      ownedByMe: access.role === 'owner',
      scope: shown.scope,
      owner: shown.owner,
      createdAt: isoTime(meeting.createdAt),
      updatedAt: isoTime(meeting.updatedAt),
    },
    otherMeeting: other && { id: other.access.meeting.id, scope: other.scope, owner: other.owner },
    agenda: agenda.map((item) => agendaItemView(access, item)),
    notes: notes.map((note) => noteView(access, note)),
    messages: page.messages,
    messagesNextBefore: page.nextBefore,
    files: files.map((file) => fileView(access, file)),
    access: accessView(access),
  };
}
