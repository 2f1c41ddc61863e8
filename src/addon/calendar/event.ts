/** The event-open and event-update triggers: read the event in place, then render its card. */
import { Triggers } from '../actions';
import { uiContextFrom } from '../common/context';
import { readEvent, type CalendarEvent } from '../google/calendar';
import { renderErrorCard } from '../ui/error-card';
import { renderEventCard, renderUnsavedEventCard } from './event-card';

type EventObject = GoogleAppsScript.Addons.EventObject;
type Card = GoogleAppsScript.Card_Service.Card;

export function onCalendarEventOpen(e: EventObject): Card {
  const ui = uiContextFrom(e);
  const calendar = e.calendar;
  if (!calendar?.id || !calendar.calendarId) return renderUnsavedEventCard(ui);
  let event: CalendarEvent;
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
