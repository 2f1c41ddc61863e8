/**
 * Opening an event: the event-open and event-update triggers, the homepage's "open" (a card
 * pushed over the homepage), showing the event's card again (a switch of meeting, a note to
 * edit, a Retry) and starting its meeting.
 */
import { Callbacks } from '../actions';
import { startMeeting } from '../backend/meetings';
import { uiContextFrom } from '../common/context';
import { readEvent } from '../google/calendar';
import { eventGuestDigests } from '../google/guests';
import { parameterOf } from '../ui/form-values';
import { notify, showCard } from '../ui/responses';
import { writeFailed } from './act';
import { renderUnsavedEventCard } from './event-card';
import { Param, refOf, refParams } from './params';
import { eventRefOf, showEvent, showStartedMeeting } from './show-event';

type EventObject = GoogleAppsScript.Addons.EventObject;
type Card = GoogleAppsScript.Card_Service.Card;
type ActionResponse = GoogleAppsScript.Card_Service.ActionResponse;

export function onCalendarEventOpen(e: EventObject): Card {
  const ui = uiContextFrom(e);
  const calendar = e.calendar;
  if (!calendar?.id) return renderUnsavedEventCard(ui);
  const ref = {
    eventId: calendar.id,
    calendarId: calendar.calendarId || 'primary',
    meetingId: null,
  };
  return showEvent(ui, ref, { host: calendar });
}

export function onCalendarEventUpdate(e: EventObject): Card {
  return onCalendarEventOpen(e);
}

/** From the homepage: the event's card pushed on top, so the back arrow returns to the week. */
export function onOpenEvent(e: EventObject): ActionResponse {
  const ui = uiContextFrom(e);
  const ref = refOf(e);
  if (!ref) return notify(ui.t('error.notFound'));
  return showCard(showEvent(ui, ref), 'push');
}

/** The card again, in place: another of the event's meetings, a note to edit, or a Retry. */
export function onShowMeeting(e: EventObject): ActionResponse {
  const ui = uiContextFrom(e);
  const ref = refOf(e);
  if (!ref) return notify(ui.t('error.notFound'));
  const card = showEvent(ui, ref, { editingNoteId: parameterOf(e, Param.editNoteId) });
  return showCard(card, 'update');
}

/** One call: the start answers with the new meeting's whole view, which the card shows. */
export function onStartMeeting(e: EventObject): ActionResponse {
  const ui = uiContextFrom(e);
  const ref = refOf(e);
  if (!ref) return notify(ui.t('error.notFound'));
  let event;
  try {
    event = readEvent(ref.calendarId, ref.eventId, e.calendar);
  } catch {
    return notify(ui.t('error.calendarRead'));
  }
  const key = parameterOf(e, Param.idempotencyKey) ?? Utilities.getUuid();
  try {
    const view = startMeeting(eventRefOf(event), eventGuestDigests(event), key);
    const card = showStartedMeeting(ui, ref, event, view);
    return showCard(card, 'update', ui.t('calendar.done.started'));
  } catch (error) {
    return writeFailed(ui, error, {
      functionName: Callbacks.startMeeting,
      parameters: refParams(ref, { [Param.idempotencyKey]: key }),
    });
  }
}
