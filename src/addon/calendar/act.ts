/**
 * How every action of an event card runs: input checked first (a notification, no call, the
 * card and what was typed left as they are), then one write with the action's
 * Idempotency-Key, then the card re-rendered in place with one call for the meeting, and a
 * notification. A write the backend could not take shows an error card that holds what was
 * typed, with a Retry that sends it again under the same key, so it happens at most once.
 */
import { Callbacks, type CallbackName } from '../actions';
import { failureOf } from '../backend/failure';
import { removeContent, type ContentKind } from '../backend/meetings';
import { uiContextFrom, type UiContext } from '../common/context';
import type { MessageKey } from '../i18n';
import {
  failureMessage,
  renderFailureCard,
  type KeptInput,
  type RetryAction,
} from '../ui/error-card';
import { parameterOf } from '../ui/form-values';
import { notify, showCard } from '../ui/responses';
import type { Checked } from './inputs';
import { Param, refOf } from './params';
import { showEvent } from './show-event';

type EventObject = GoogleAppsScript.Addons.EventObject;
type ActionResponse = GoogleAppsScript.Card_Service.ActionResponse;

/**
 * After a write failed. Refused (not found, not allowed, full): retrying would not help, so a
 * notification only, and the card with what was typed stays as it is. A disabled account
 * gets the card it gets everywhere. Otherwise an error card that holds what was typed, with
 * a Retry that carries the write's Idempotency-Key.
 */
export function writeFailed(ui: UiContext, error: unknown, retry: RetryAction): ActionResponse {
  const failure = failureOf(error);
  const message = failureMessage(ui, failure);
  if (failure.kind !== 'unavailable' && failure.kind !== 'disabled') return notify(message);
  return showCard(renderFailureCard(ui, failure, retry), 'update', message);
}

export interface MeetingWrite<T> {
  /** The callback running, for Retry. */
  callback: CallbackName;
  /** The input, checked; a refusal is told in a notification before any call. */
  input: Checked<T>;
  /** What the user typed, kept on the error card under the same field names. */
  keep?: KeptInput[];
  write(input: T, meetingId: string, idempotencyKey: string): void;
  done: MessageKey;
}

/** The input of an action that has none to check, such as a click on Remove. */
export const NO_INPUT: Checked<null> = { ok: true, value: null };

export function actOnMeeting<T>(e: EventObject, action: MeetingWrite<T>): ActionResponse {
  const ui = uiContextFrom(e);
  const ref = refOf(e);
  const { input } = action;
  if (!input.ok) return notify(ui.t(input.error, input.params));
  if (!ref?.meetingId) return notify(ui.t('error.notFound'));
  const key = parameterOf(e, Param.idempotencyKey) ?? Utilities.getUuid();
  try {
    action.write(input.value, ref.meetingId, key);
  } catch (error) {
    return writeFailed(ui, error, {
      functionName: action.callback,
      parameters: { ...e.commonEventObject?.parameters, [Param.idempotencyKey]: key },
      keep: action.keep,
    });
  }
  return showCard(showEvent(ui, ref), 'update', ui.t(action.done));
}

const REMOVALS: Record<ContentKind, { callback: CallbackName; done: MessageKey }> = {
  agenda: { callback: Callbacks.removeAgendaItem, done: 'calendar.done.agendaRemoved' },
  notes: { callback: Callbacks.removeNote, done: 'calendar.done.noteRemoved' },
  messages: { callback: Callbacks.removeMessage, done: 'calendar.done.messageRemoved' },
  files: { callback: Callbacks.removeFile, done: 'calendar.done.fileRemoved' },
};

/** Remove, on an agenda item, note, message or file: its author's or the owner's. */
export function removeFromMeeting(e: EventObject, kind: ContentKind): ActionResponse {
  return actOnMeeting(e, {
    ...REMOVALS[kind],
    input: NO_INPUT,
    write: (_input, _meetingId, key) =>
      removeContent(kind, parameterOf(e, Param.itemId) ?? '', key),
  });
}
