/**
 * What the user typed into an event card, checked against the API's limits before any call:
 * an empty or too-long entry is refused with a message here, never with a round trip.
 */
import {
  DRIVE_URL_PREFIXES,
  MAX_AGENDA_DURATION_MINUTES,
  MAX_AGENDA_TITLE_LENGTH,
  MAX_DRIVE_URL_LENGTH,
  MAX_MESSAGE_BODY_LENGTH,
  MAX_NOTE_BODY_LENGTH,
} from '../../shared/limits';
import type { MessageKey } from '../i18n';

/** The form fields of the event card, by name. */
export const Field = {
  agendaTitle: 'agendaTitle',
  agendaMinutes: 'agendaMinutes',
  noteBody: 'noteBody',
  noteVisibility: 'noteVisibility',
  noteEdit: 'noteEdit',
  messageBody: 'messageBody',
  fileUrl: 'fileUrl',
} as const;

export type Checked<T> =
  | { ok: true; value: T }
  | { ok: false; error: MessageKey; params?: Record<string, string | number> };

const refuse = (error: MessageKey, params?: Record<string, string | number>) =>
  ({ ok: false, error, params }) as const;

/** Trimmed, non-empty, at most `max` characters (as the backend counts them: UTF-16 units). */
function checkText(
  text: string,
  max: number,
  empty: MessageKey,
  tooLong: MessageKey,
): Checked<string> {
  const value = text.trim();
  if (!value) return refuse(empty);
  if (value.length > max) return refuse(tooLong, { max, length: value.length });
  return { ok: true, value };
}

export interface AgendaEntry {
  title: string;
  durationMinutes?: number;
}

export function checkAgendaEntry(title: string, minutes: string): Checked<AgendaEntry> {
  const checked = checkText(
    title,
    MAX_AGENDA_TITLE_LENGTH,
    'calendar.input.agendaEmpty',
    'calendar.input.agendaTooLong',
  );
  if (!checked.ok) return checked;
  const duration = minutes.trim();
  if (!duration) return { ok: true, value: { title: checked.value } };
  const number = Number(duration);
  if (!/^\d+$/.test(duration) || number < 1 || number > MAX_AGENDA_DURATION_MINUTES) {
    return refuse('calendar.input.minutesInvalid', { max: MAX_AGENDA_DURATION_MINUTES });
  }
  return { ok: true, value: { title: checked.value, durationMinutes: number } };
}

export function checkNote(text: string): Checked<string> {
  return checkText(
    text,
    MAX_NOTE_BODY_LENGTH,
    'calendar.input.noteEmpty',
    'calendar.input.noteTooLong',
  );
}

export function checkMessage(text: string): Checked<string> {
  return checkText(
    text,
    MAX_MESSAGE_BODY_LENGTH,
    'calendar.input.messageEmpty',
    'calendar.input.messageTooLong',
  );
}

/** Only Google Drive and Docs links, as the backend accepts them. */
export function checkDriveUrl(text: string): Checked<string> {
  const url = text.trim();
  if (!url) return refuse('calendar.input.fileEmpty');
  const isDrive = DRIVE_URL_PREFIXES.some((prefix) => url.startsWith(prefix));
  if (!isDrive || /\s/.test(url) || url.length > MAX_DRIVE_URL_LENGTH) {
    return refuse('calendar.input.fileInvalid');
  }
  return { ok: true, value: url };
}

export function checkVisibility(choice: string): 'shared' | 'private' {
  return choice === 'private' ? 'private' : 'shared';
}
