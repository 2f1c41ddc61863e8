/**
 * Which event, and which of its meetings, a card shows. Every action of an event card carries
 * it as parameters: a card pushed from the homepage runs its actions with no `calendar` part
 * in the event object, and the meeting shown may be the one the user switched to.
 */
import { parameterOf } from '../ui/form-values';

type EventObject = GoogleAppsScript.Addons.EventObject;

export interface CardRef {
  eventId: string;
  calendarId: string;
  /** The meeting shown, when the user switched away from the one the event shows first. */
  meetingId: string | null;
}

export const Param = {
  eventId: 'eventId',
  calendarId: 'calendarId',
  meetingId: 'meetingId',
  itemId: 'itemId',
  done: 'done',
  position: 'position',
  before: 'before',
  editNoteId: 'editNoteId',
  /** Set on buttons of a pushed card of earlier messages, which they replace in place. */
  stacked: 'stacked',
  /** Drive links to add, one per line: the event's attachments the meeting lacks. */
  urls: 'urls',
  /** The key of the first attempt of a write, reused by Retry so it happens at most once. */
  idempotencyKey: 'idempotencyKey',
} as const;

export function refParams(
  ref: CardRef,
  extra: Record<string, string> = {},
): Record<string, string> {
  const params: Record<string, string> = {
    [Param.eventId]: ref.eventId,
    [Param.calendarId]: ref.calendarId,
    ...extra,
  };
  if (ref.meetingId) params[Param.meetingId] = ref.meetingId;
  return params;
}

/** The card's event from the action's parameters, else from the event the host has open. */
export function refOf(e: EventObject): CardRef | null {
  const eventId = parameterOf(e, Param.eventId) ?? e.calendar?.id;
  if (!eventId) return null;
  return {
    eventId,
    calendarId: parameterOf(e, Param.calendarId) ?? e.calendar?.calendarId ?? 'primary',
    meetingId: parameterOf(e, Param.meetingId) ?? null,
  };
}
