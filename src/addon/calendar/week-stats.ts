/**
 * "This week" on the homepage, computed inside Apps Script from the user's own calendar and
 * never sent anywhere: how many meetings they will attend and how long they last.
 */
import type { CalendarEvent } from '../google/calendar';

export interface WeekStats {
  meetings: number;
  minutes: number;
}

/**
 * A meeting is a timed event with at least one other person (a guest, or an organizer who is
 * not the user: a hidden guest list still has one) that the user has not declined; all-day
 * events, focus blocks without guests and busy blocks do not count.
 */
export function isMeeting(event: CalendarEvent): boolean {
  if (event.access !== 'full' || event.allDay || !event.start || !event.end) return false;
  const self = event.guests.find((guest) => guest.self);
  if (!self || self.response === 'declined') return false;
  const otherGuest = event.guests.some((guest) => !guest.self && !guest.resource);
  const otherOrganizer =
    event.organizer !== null && event.organizer.email.toLowerCase() !== self.email.toLowerCase();
  return otherGuest || otherOrganizer;
}

export function weekStats(events: CalendarEvent[]): WeekStats {
  const meetings = events.filter(isMeeting);
  const minutes = meetings.reduce(
    (sum, event) => sum + (event.end!.getTime() - event.start!.getTime()) / 60_000,
    0,
  );
  return { meetings: meetings.length, minutes: Math.round(minutes) };
}
