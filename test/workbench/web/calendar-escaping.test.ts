/**
 * @jest-environment jsdom
 */
// Text from Google (titles, places, people, file names) and from people (agenda, notes,
// messages) reads on the page exactly as written, wherever the Calendar cards put it:
// "R&D <> Sales" never turns into markup, and nothing in it can run or load.
import { renderEventCard } from '../../../src/addon/calendar/event-card';
import { renderHomepageCard } from '../../../src/addon/calendar/homepage-card';
import type { UiContext } from '../../../src/addon/common/context';
import { translator } from '../../../src/addon/i18n';
import type { CardJson } from '../../../src/workbench/gas/card-service/json';
import { renderCard } from '../../../src/workbench/web/cards';
import { installAppsScriptGlobals } from '../../helpers/addon/apps-script-globals';
import {
  agendaItem,
  calendarEvent,
  guest,
  meetingView,
  message,
  note,
} from '../../helpers/addon/calendar-data';

beforeAll(() => installAppsScriptGlobals());

const ui: UiContext = { locale: 'en', timeZone: 'Europe/Paris', t: translator('en') };

const hostile = {
  title: `R&D <> Sales &amp; <b>"Q1"</b> 'plan'`,
  location: `<b>HQ</b> & "Annex" <script>alert(1)</script>`,
  organizer: `O'Brien <ceo@acme.example> & Co`,
  guest: `Zoë "Z" <img src=x onerror=alert(1)> & friends`,
  room: `<i>Room</i> "Hopper" & co`,
  file: `Budget <v2> & "final" 'draft'`,
  owner: `Mallory <a href="https://evil.example">click</a>`,
  agenda: `<u>Pricing</u> & "terms"`,
  note: `1 < 2 && 3 > 2 <br> 'ok'`,
  message: `<font color="red">urgent</font> & "now"`,
};

const attachment = 'https://drive.google.com/open?id=1Qx7Rk2mZp9TfLw3Vb8Nc5Hy0Ud4Se6Ja';
const event = calendarEvent({
  title: hostile.title,
  location: hostile.location,
  organizer: { email: 'obrien@acme.example', name: hostile.organizer },
  guests: [
    guest('obrien@acme.example', { name: hostile.organizer, organizer: true }),
    guest('zoe@acme.example', { name: hostile.guest, self: true }),
    guest('room@resource.calendar.google.com', { name: hostile.room, resource: true }),
  ],
  attachments: [{ url: attachment, title: hostile.file }],
});
const view = meetingView({
  meeting: {
    ...meetingView().meeting,
    ownedByMe: false,
    owner: { name: hostile.owner, domain: 'acme.example' },
  },
  agenda: [agendaItem('a1', hostile.agenda)],
  notes: [note('n1', hostile.note)],
  messages: [message('g1', hostile.message, { authorName: hostile.guest })],
  files: [{ id: 'f1', url: attachment, addedByMe: true, createdAt: '2026-11-30T09:00:00.000Z' }],
});

function onPage(card: GoogleAppsScript.Card_Service.Card): HTMLElement {
  const json = JSON.parse(card.printJson()) as CardJson;
  return renderCard(json, { onClick: () => undefined, timeZone: 'Europe/Paris' });
}

describe('Calendar cards on the page', () => {
  let eventCard: HTMLElement;
  beforeAll(() => {
    const ref = { eventId: 'e1', calendarId: 'primary', meetingId: null };
    eventCard = onPage(renderEventCard(ui, { ref, event, view }));
  });

  it.each(Object.entries(hostile))('show the %s exactly as written', (_field, text) => {
    expect(eventCard.textContent).toContain(text);
  });

  it('let none of it become an element', () => {
    expect(eventCard.querySelectorAll('script, img, a, b, i, u').length).toBe(0);
    // The only formatting is the card's own: struck, coloured and line-broken text it chose.
    const colours = [...eventCard.querySelectorAll('font')].map((f) => f.getAttribute('color'));
    expect(colours).not.toContain('red');
  });

  it('show event titles on the homepage as written too', () => {
    const homepage = onPage(
      renderHomepageCard(ui, {
        entries: [{ event, meeting: null }],
        omitted: 0,
        stats: null,
      }),
    );
    expect(homepage.textContent).toContain(hostile.title);
    expect(homepage.querySelectorAll('script, img, a, b').length).toBe(0);
  });
});
