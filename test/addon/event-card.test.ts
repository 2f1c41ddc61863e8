import { renderEventCard } from '../../src/addon/calendar/event-card';
import { translator } from '../../src/addon/i18n';
import type { UiContext } from '../../src/addon/common/context';
import type { CalendarEvent } from '../../src/addon/google/calendar';
import { installAppsScriptGlobals } from '../helpers/addon/apps-script-globals';

beforeAll(() => installAppsScriptGlobals());

const losAngeles: UiContext = {
  locale: 'en',
  timeZone: 'America/Los_Angeles',
  t: translator('en'),
};
const cardText = (card: GoogleAppsScript.Card_Service.Card) => card.printJson();

function event(fields: Pick<CalendarEvent, 'id' | 'title' | 'start' | 'end' | 'allDay'>) {
  const empty: Omit<CalendarEvent, keyof typeof fields> = {
    calendarId: 'primary',
    access: 'full',
    location: null,
    organizer: null,
    guests: [],
    guestListHidden: false,
    seriesId: null,
    isSeries: false,
    attachments: [],
  };
  return { ...empty, ...fields };
}

describe('renderEventCard', () => {
  it('shows an all-day event on its own day, whatever the user time zone', () => {
    const card = renderEventCard(
      losAngeles,
      event({
        id: 'e1',
        title: 'Offsite',
        start: new Date('2026-12-01T00:00:00Z'),
        end: new Date('2026-12-02T00:00:00Z'),
        allDay: true,
      }),
    );
    expect(cardText(card)).toContain('Event \\"Offsite\\" on Tue 1 Dec.');
  });

  it('shows a timed event at its local time in the user time zone', () => {
    const card = renderEventCard(
      losAngeles,
      event({
        id: 'e2',
        title: 'Standup',
        start: new Date('2026-12-01T17:30:00Z'),
        end: new Date('2026-12-01T17:45:00Z'),
        allDay: false,
      }),
    );
    expect(cardText(card)).toContain('on Tue 1 Dec, 09:30.');
  });
});
