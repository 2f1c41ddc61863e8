import { uiContextFrom, type UiContext } from '../common/context';
import { readEvent } from '../google/calendar';
import { messageCard } from '../ui/cards';
import { formatDateTime } from '../ui/format';

type EventObject = GoogleAppsScript.Addons.EventObject;
type Card = GoogleAppsScript.Card_Service.Card;

function renderEventCard(ui: UiContext, calendarId: string, eventId: string): Card {
  const event = readEvent(calendarId, eventId);
  const when = event.start ? formatDateTime(ui, event.start) : '';
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
  return renderEventCard(ui, calendar.calendarId, calendar.id);
}

export function onCalendarEventUpdate(e: EventObject): Card {
  return onCalendarEventOpen(e);
}
