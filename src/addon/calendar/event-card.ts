/** The event card, built from plain data: what the event trigger read in place. */
import type { UiContext } from '../common/context';
import type { CalendarEvent } from '../google/calendar';
import { messageCard } from '../ui/cards';
import { formatDateTime, formatDay } from '../ui/format';

export function renderEventCard(
  ui: UiContext,
  event: CalendarEvent,
): GoogleAppsScript.Card_Service.Card {
  let when = '';
  if (event.start)
    when = event.allDay ? formatDay(ui, event.start) : formatDateTime(ui, event.start);
  return messageCard(
    ui.t('calendar.event.title'),
    ui.t('calendar.event.body', { title: event.title, when }),
  );
}

/** An event being created has no id until it is saved. */
export function renderUnsavedEventCard(ui: UiContext): GoogleAppsScript.Card_Service.Card {
  return messageCard(ui.t('calendar.event.title'), ui.t('calendar.event.unsaved'));
}
