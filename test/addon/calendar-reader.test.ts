/**
 * The add-on's Calendar readers (src/addon/google/calendar.ts) on the Calendar fake: what the
 * cards are built from, for every kind of event the sidebar meets.
 */
import { listEvents, readEvent } from '../../src/addon/google/calendar';
import { loadWorld } from '../../src/workbench/fixtures/load-world';
import type { EventFixture } from '../../src/workbench/fixtures/world-fixture';
import { sampleWorld } from '../../src/workbench/fixtures/sample-world';
import type { TraceEntry } from '../../src/workbench/gas/trace';
import { installAppsScriptGlobals } from '../helpers/addon/apps-script-globals';
import { NOW } from '../helpers/workbench/context';

const SYNC = '3k9v2q7m1c5h8d0f4a6b2e9g1j';
const CONTRACT_REVIEW = '5m2c8v1q9k3h7d0f6a4b2e8g0l';
const HIRING_DEBRIEF = '7p4d1s9k2v6c8h0f3a5b7e1g9n';
const DESIGN_REVIEW = '4f8h2j6l0n3p7r1t5v9b3d7f1h';
const OFFSITE = '5a9c3e7g1i5k9m3o7q1s5u9b3d';
const BOARD_BRIEFING = '1c5e9g3i7k1m5o9q3s7u1a5c9e';
const VENDOR_CALL = '3e7g1i5k9m3o7q1s5u9a3c7e1g';
const DAY = 86_400_000;

const signIn = (email = 'alice@acme.example') => installAppsScriptGlobals({ email });
const week = () => listEvents(NOW, new Date(NOW.getTime() + 7 * DAY));

describe('readEvent', () => {
  it('reads title, place, times, organizer, guests with their RSVP and attachments', () => {
    signIn();
    const review = readEvent('primary', CONTRACT_REVIEW);
    expect(review).toMatchObject({
      id: CONTRACT_REVIEW,
      access: 'full',
      title: 'Globex contract review',
      location: 'Room Hopper',
      start: new Date('2026-12-02T14:30:00Z'),
      end: new Date('2026-12-02T15:30:00Z'),
      allDay: false,
      organizer: { email: 'alice@acme.example', name: 'Alice Martin' },
      guestListHidden: false,
      seriesId: null,
      isSeries: false,
    });
    expect(review.guests.map((g) => [g.name, g.response, g.self, g.organizer, g.resource])).toEqual(
      [
        ['Alice Martin', 'accepted', true, true, false],
        ['Bob Chen', 'tentative', false, false, false],
        ['Carol Diaz', 'needsAction', false, false, false],
        ['Room Hopper', 'accepted', false, false, true],
      ],
    );
    expect(readEvent('primary', SYNC).attachments).toEqual([
      {
        url: 'https://drive.google.com/open?id=1Qx7Rk2mZp9TfLw3Vb8Nc5Hy0Ud4Se6Ja',
        title: 'Roadmap 2027',
      },
    ]);
  });

  it('knows an occurrence of a series, a whole series, an all-day event and a cancelled one', () => {
    signIn();
    const occurrence = readEvent('primary', `${DESIGN_REVIEW}_20261130T130000Z`);
    expect(occurrence).toMatchObject({ seriesId: DESIGN_REVIEW, isSeries: false });
    expect(readEvent('primary', DESIGN_REVIEW)).toMatchObject({ seriesId: null, isSeries: true });
    expect(readEvent('primary', OFFSITE)).toMatchObject({
      allDay: true,
      start: new Date('2026-12-04T00:00:00Z'),
    });
    expect(readEvent('primary', VENDOR_CALL)).toMatchObject({ access: 'cancelled', title: '' });
  });

  it('sees only itself among the guests when the organizer hides the list', () => {
    signIn();
    const briefing = readEvent('primary', BOARD_BRIEFING);
    expect(briefing.guestListHidden).toBe(true);
    expect(briefing.guests.map((g) => g.email)).toEqual(['alice@acme.example']);
    signIn('carol@globex.example');
    expect(readEvent('primary', BOARD_BRIEFING).guestListHidden).toBe(false);
  });

  it('learns nothing but the time of an event on a calendar shared as free/busy', () => {
    signIn('carol@globex.example');
    const busy = readEvent('bob@acme.example', HIRING_DEBRIEF);
    expect(busy).toMatchObject({
      access: 'freeBusy',
      title: '',
      organizer: null,
      guests: [],
      start: new Date('2026-12-03T11:00:00Z'),
    });
  });

  it('prefers the attendees the host shows, which an edit may not have saved yet', () => {
    signIn();
    const event = readEvent('primary', SYNC, {
      attendees: [{ email: 'alice@acme.example', self: true, responseStatus: 'accepted' }],
    });
    expect(event.guests.map((g) => g.email)).toEqual(['alice@acme.example']);
  });
});

describe('listEvents', () => {
  it('lists the week in start order, series as occurrences, cancelled ones left out', () => {
    signIn();
    const titles = week().map((event) => event.title);
    expect(titles).toEqual([
      'Design review',
      'Weekly product sync',
      'Globex contract review',
      'All-hands',
      'Hiring debrief',
      'Board briefing',
      'Company offsite',
      'Quarterly planning',
    ]);
    expect(week().find((event) => event.title === 'Hiring debrief')?.guests).toContainEqual(
      expect.objectContaining({ self: true, response: 'declined' }),
    );
  });

  it('follows nextPageToken until the last page', () => {
    const busy: EventFixture[] = Array.from({ length: 600 }, (_, index) => ({
      id: `busy${index}`,
      summary: `Slot ${index}`,
      day: 1,
      at: `${String(Math.floor(index / 60) + 8).padStart(2, '0')}:${String(index % 60).padStart(2, '0')}`,
      minutes: 1,
      organizer: 'alice@acme.example',
      guests: [{ email: 'alice@acme.example', responseStatus: 'accepted' }],
    }));
    const world = loadWorld({ ...sampleWorld, events: busy }, NOW);
    const trace: TraceEntry[] = installAppsScriptGlobals({ email: 'alice@acme.example', world });
    const listed = week();
    expect(listed).toHaveLength(600);
    expect(listed[599]?.title).toBe('Slot 599');
    expect(trace.filter((entry) => entry.kind === 'calendar')).toHaveLength(3);
  });
});
