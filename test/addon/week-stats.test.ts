/** "This week" on the homepage: meetings and hours, counted from the calendar in place. */
import { weekStats } from '../../src/addon/calendar/week-stats';
import { calendarEvent, guest } from '../helpers/addon/calendar-data';

const me = guest('alice@acme.example', { self: true, organizer: true });
const bob = guest('bob@acme.example');
const hour = (day: number, from: number, to: number) => ({
  start: new Date(Date.UTC(2026, 11, day, from)),
  end: new Date(Date.UTC(2026, 11, day, to)),
});

describe('weekStats', () => {
  it('counts timed events with someone else that the user has not declined', () => {
    const stats = weekStats([
      calendarEvent({ ...hour(1, 9, 10), guests: [me, bob] }),
      calendarEvent({ ...hour(1, 14, 16), guests: [me, bob] }),
      // Declined, alone, all day, or only a room: not meetings.
      calendarEvent({ ...hour(2, 9, 10), guests: [{ ...me, response: 'declined' }, bob] }),
      calendarEvent({ ...hour(2, 11, 12), guests: [me] }),
      calendarEvent({ ...hour(3, 0, 24), allDay: true, guests: [me, bob] }),
      calendarEvent({
        ...hour(3, 9, 10),
        guests: [me, guest('room@resource.calendar.google.com', { resource: true })],
      }),
    ]);
    expect(stats).toEqual({ meetings: 2, minutes: 180 });
  });

  it('counts an event whose guest list is hidden by its organizer, someone else', () => {
    const hidden = calendarEvent({
      ...hour(4, 15, 16),
      organizer: { email: 'carol@globex.example', name: 'Carol Diaz' },
      guests: [guest('alice@acme.example', { self: true })],
      guestListHidden: true,
    });
    expect(weekStats([hidden])).toEqual({ meetings: 1, minutes: 60 });
  });

  it('leaves out busy blocks of calendars seen as free/busy', () => {
    const busy = calendarEvent({
      ...hour(1, 9, 10),
      access: 'freeBusy',
      organizer: null,
      guests: [],
    });
    expect(weekStats([busy])).toEqual({ meetings: 0, minutes: 0 });
  });
});
