/** Reads Calendar data in place, inside Apps Script. Nothing read here is sent to the backend. */

export interface EventDetails {
  id: string;
  title: string;
  start: Date | null;
  end: Date | null;
  /** All-day events have dates without times, in no time zone. */
  allDay: boolean;
}

function calendarService(): GoogleAppsScript.Calendar {
  // Without the advanced service the global is not declared at all, so test with typeof.
  if (typeof Calendar === 'undefined' || !Calendar?.Events) {
    throw new Error('The Calendar advanced service is not enabled (appsscript.json dependencies).');
  }
  return Calendar;
}

function toDate(time: GoogleAppsScript.Calendar.Schema.EventDateTime | undefined): Date | null {
  if (time?.dateTime) return new Date(time.dateTime);
  if (time?.date) return new Date(`${time.date}T00:00:00Z`);
  return null;
}

export function readEvent(calendarId: string, eventId: string): EventDetails {
  const event = calendarService().Events!.get(calendarId, eventId);
  return {
    id: eventId,
    title: event.summary ?? '',
    start: toDate(event.start),
    end: toDate(event.end),
    allDay: Boolean(event.start?.date && !event.start.dateTime),
  };
}
