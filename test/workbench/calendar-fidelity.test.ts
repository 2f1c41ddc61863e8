/**
 * What the Calendar API does that the sidebar depends on, and the fake therefore does too:
 * recurring series and their instances, cancellations, hidden guest lists, calendars seen as
 * free/busy only, all-day dates, and the attendee flags — in Events.get, Events.list and the
 * event object Calendar hands an add-on.
 */
import { createCalendar } from '../../src/workbench/gas/advanced/calendar';
import { calendarEventOpenEvent } from '../../src/workbench/events';
import { NOW, testContext } from '../helpers/workbench/context';

const DESIGN_REVIEW = '4f8h2j6l0n3p7r1t5v9b3d7f1h'; // weekly from 7 days ago, 5 times; the 4th cancelled
const THIS_WEEKS_REVIEW = `${DESIGN_REVIEW}_20261130T130000Z`;
const CANCELLED_REVIEW = `${DESIGN_REVIEW}_20261214T130000Z`;
const OFFSITE = '5a9c3e7g1i5k9m3o7q1s5u9b3d'; // all day, in 4 days
const BOARD_BRIEFING = '1c5e9g3i7k1m5o9q3s7u1a5c9e'; // carol organizes, guest list hidden
const VENDOR_CALL = '3e7g1i5k9m3o7q1s5u9a3c7e1g'; // cancelled
const CONTRACT_REVIEW = '5m2c8v1q9k3h7d0f6a4b2e8g0l'; // with a booked room
const HIRING_DEBRIEF = '7p4d1s9k2v6c8h0f3a5b7e1g9n'; // on bob's calendar
const DAY = 86_400_000;

const calendarOf = (email = 'alice@acme.example') => createCalendar(testContext({ email }));
const week = {
  timeMin: NOW.toISOString(),
  timeMax: new Date(NOW.getTime() + 7 * DAY).toISOString(),
};

describe('recurring series', () => {
  test('singleEvents lists each instance with its series id and original start', () => {
    const list = calendarOf().Events!.list('primary', {
      timeMin: new Date(NOW.getTime() - 8 * DAY).toISOString(),
      timeMax: new Date(NOW.getTime() + 30 * DAY).toISOString(),
      singleEvents: true,
      orderBy: 'startTime',
    });
    const reviews = list.items!.filter((event) => event.recurringEventId === DESIGN_REVIEW);
    expect(reviews.map((event) => [event.id, event.originalStartTime?.dateTime])).toEqual([
      [`${DESIGN_REVIEW}_20261123T130000Z`, '2026-11-23T13:00:00Z'],
      [THIS_WEEKS_REVIEW, '2026-11-30T13:00:00Z'],
      [`${DESIGN_REVIEW}_20261207T130000Z`, '2026-12-07T13:00:00Z'],
      // 2026-12-14 was cancelled, so it is not listed.
      [`${DESIGN_REVIEW}_20261221T130000Z`, '2026-12-21T13:00:00Z'],
    ]);
    expect(reviews[1]).toMatchObject({ summary: 'Design review', status: 'confirmed' });
  });

  test('showDeleted adds the cancelled instance, with only what Google guarantees of it', () => {
    const list = calendarOf().Events!.list('primary', {
      timeMin: new Date(NOW.getTime() + 13 * DAY).toISOString(),
      timeMax: new Date(NOW.getTime() + 15 * DAY).toISOString(),
      singleEvents: true,
      showDeleted: true,
    });
    expect(list.items).toEqual([
      {
        kind: 'calendar#event',
        id: CANCELLED_REVIEW,
        status: 'cancelled',
        recurringEventId: DESIGN_REVIEW,
        originalStartTime: { dateTime: '2026-12-14T13:00:00Z', timeZone: 'Europe/Paris' },
      },
    ]);
  });

  test('without singleEvents the series comes once, with its rule and its cancelled exception', () => {
    const list = calendarOf().Events!.list('primary', {
      timeMin: new Date(NOW.getTime() - 8 * DAY).toISOString(),
      timeMax: new Date(NOW.getTime() + 30 * DAY).toISOString(),
    });
    const series = list.items!.filter(
      (event) => event.id === DESIGN_REVIEW || event.recurringEventId === DESIGN_REVIEW,
    );
    expect(series.map((event) => [event.id, event.status, event.recurrence])).toEqual([
      [DESIGN_REVIEW, 'confirmed', ['RRULE:FREQ=WEEKLY;COUNT=5', 'EXDATE:20261214T130000Z']],
      [CANCELLED_REVIEW, 'cancelled', undefined],
    ]);
    expect(series[0]?.start?.dateTime).toBe('2026-11-23T13:00:00Z');
  });

  test('Events.get reads an instance, a cancelled instance or the series; an unknown instance is 404', () => {
    const events = calendarOf().Events!;
    expect(events.get('primary', THIS_WEEKS_REVIEW)).toMatchObject({
      id: THIS_WEEKS_REVIEW,
      recurringEventId: DESIGN_REVIEW,
      start: { dateTime: '2026-11-30T13:00:00Z' },
      summary: 'Design review',
    });
    expect(events.get('primary', CANCELLED_REVIEW)).not.toHaveProperty('summary');
    expect(events.get('primary', CANCELLED_REVIEW).status).toBe('cancelled');
    expect(events.get('primary', DESIGN_REVIEW).recurrence).toEqual([
      'RRULE:FREQ=WEEKLY;COUNT=5',
      'EXDATE:20261214T130000Z',
    ]);
    expect(() => events.get('primary', `${DESIGN_REVIEW}_20261201T130000Z`)).toThrow('Not Found');
  });

  test('the event object of an opened instance names its series', () => {
    const context = testContext();
    const part = calendarEventOpenEvent({
      world: context.world,
      user: context.user,
      now: NOW,
      eventId: THIS_WEEKS_REVIEW,
      access: 'READ',
    }).calendar!;
    expect(part).toMatchObject({ id: THIS_WEEKS_REVIEW, recurringEventId: DESIGN_REVIEW });
  });
});

describe('cancellations, all-day events and attendee flags', () => {
  test('a cancelled event is left out of the week and read back as cancelled', () => {
    const calendar = calendarOf();
    const listed = calendar.Events!.list('primary', { ...week, singleEvents: true });
    expect(listed.items!.map((event) => event.id)).not.toContain(VENDOR_CALL);
    expect(calendar.Events!.get('primary', VENDOR_CALL)).toEqual({
      kind: 'calendar#event',
      id: VENDOR_CALL,
      status: 'cancelled',
    });
  });

  test('an all-day event has dates, not times, its end the day after', () => {
    const offsite = calendarOf().Events!.get('primary', OFFSITE);
    expect(offsite.start).toEqual({ date: '2026-12-04' });
    expect(offsite.end).toEqual({ date: '2026-12-05' });
  });

  test('attendees carry self, organizer and resource flags', () => {
    const review = calendarOf('carol@globex.example').Events!.get('primary', CONTRACT_REVIEW);
    const flags = review.attendees!.map((a) => [a.email, a.self, a.organizer, a.resource]);
    expect(flags).toEqual([
      ['alice@acme.example', undefined, true, undefined],
      ['bob@acme.example', undefined, undefined, undefined],
      ['carol@globex.example', true, undefined, undefined],
      ['c_1888hopper@resource.calendar.google.com', undefined, undefined, true],
    ]);
    expect(review.attendees![3]!.displayName).toBe('Room Hopper');
  });
});

describe('hidden guest lists', () => {
  test('a guest who may not see the list gets only themselves; the organizer gets everyone', () => {
    const asGuest = calendarOf('alice@acme.example').Events!.get('primary', BOARD_BRIEFING);
    expect(asGuest.guestsCanSeeOtherGuests).toBe(false);
    expect(asGuest.attendees!.map((a) => a.email)).toEqual(['alice@acme.example']);
    expect(asGuest.organizer?.email).toBe('carol@globex.example');
    const asOrganizer = calendarOf('carol@globex.example').Events!.get('primary', BOARD_BRIEFING);
    expect(asOrganizer.attendees!.map((a) => a.email)).toEqual([
      'carol@globex.example',
      'alice@acme.example',
      'dan@initech.example',
    ]);
  });

  test('the event object hides the list the same way', () => {
    const context = testContext();
    const part = calendarEventOpenEvent({
      world: context.world,
      user: context.user,
      now: NOW,
      eventId: BOARD_BRIEFING,
      access: 'READ',
    }).calendar as { attendees: { email: string }[] };
    expect(part.attendees.map((a) => a.email)).toEqual(['alice@acme.example']);
  });
});

describe('calendars shared as free/busy only', () => {
  test('list and get answer when the owner is busy, and nothing about what', () => {
    const events = calendarOf('carol@globex.example').Events!;
    const busy = events.list('bob@acme.example', { ...week, singleEvents: true });
    expect(busy.items!.length).toBeGreaterThan(0);
    for (const item of busy.items!) {
      expect(Object.keys(item).sort()).toEqual(['end', 'id', 'kind', 'start', 'status']);
    }
    expect(events.get('bob@acme.example', HIRING_DEBRIEF)).toEqual({
      kind: 'calendar#event',
      id: HIRING_DEBRIEF,
      status: 'confirmed',
      start: { dateTime: '2026-12-03T11:00:00Z', timeZone: 'Europe/London' },
      end: { dateTime: '2026-12-03T11:30:00Z', timeZone: 'Europe/London' },
    });
  });

  test('a calendar nobody shared stays Not Found', () => {
    expect(() =>
      calendarOf('alice@acme.example').Events!.get('bob@acme.example', HIRING_DEBRIEF),
    ).toThrow('Not Found');
  });

  test('the event object of a free/busy event carries no organizer or guests', () => {
    const context = testContext({ email: 'carol@globex.example' });
    const part = calendarEventOpenEvent({
      world: context.world,
      user: context.user,
      now: NOW,
      eventId: HIRING_DEBRIEF,
      access: 'READ',
      calendarId: 'bob@acme.example',
    }).calendar!;
    expect(part).toEqual({
      id: HIRING_DEBRIEF,
      calendarId: 'bob@acme.example',
      capabilities: {
        canSeeAttendees: false,
        canAddAttendees: false,
        canSeeConferenceData: false,
        canSetConferenceData: false,
      },
    });
  });
});
