import { Triggers } from '../actions';
import { uiContextFrom, type UiContext } from '../common/context';
import { readEvent, type EventDetails } from '../google/calendar';
import { messageCard } from '../ui/cards';
import { renderErrorCard } from '../ui/error-card';
import { formatDateTime, formatDay } from '../ui/format';

type EventObject = GoogleAppsScript.Addons.EventObject;
type Card = GoogleAppsScript.Card_Service.Card;

export function renderEventCard(ui: UiContext, event: EventDetails): Card {
  let when = '';
  if (event.start)
    when = event.allDay ? formatDay(ui, event.start) : formatDateTime(ui, event.start);
  return messageCard(
    ui.t('calendar.event.title'),
    ui.t('calendar.event.body', { title: event.title, when }),
  );
}

/** An event being created has no id until it is saved: say so instead of failing. */
export function onCalendarEventOpen(e: EventObject): Card {
  const ui = uiContextFrom(e);
  const calendar = e.calendar;
  if (!calendar?.id || !calendar.calendarId) {
    return messageCard(ui.t('calendar.event.title'), ui.t('calendar.event.unsaved'));
  }
  let event: EventDetails;
  try {
    event = readEvent(calendar.calendarId, calendar.id);
  } catch {
    // The Calendar API can fail (quota, a calendar no longer shared); the sidebar must not.
    return renderErrorCard(ui, ui.t('error.calendarRead'), {
      functionName: Triggers.calendarEventOpen,
    });
  }
  return renderEventCard(ui, event);
}

export function onCalendarEventUpdate(e: EventObject): Card {
  return onCalendarEventOpen(e);
}
