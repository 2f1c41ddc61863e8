/**
 * The Calendar card builders, from plain data to the card a user reads: no Calendar, no
 * backend, only CardService and Utilities to print the cards.
 */
import {
  renderEventCard,
  renderFreeBusyCard,
  renderSeriesCard,
} from '../../src/addon/calendar/event-card';
import { renderHomepageCard } from '../../src/addon/calendar/homepage-card';
import { renderOlderMessagesCard } from '../../src/addon/calendar/messages-card';
import type { EventCardModel, HomepageModel } from '../../src/addon/calendar/card-model';
import { Callbacks } from '../../src/addon/actions';
import type { UiContext } from '../../src/addon/common/context';
import { translator } from '../../src/addon/i18n';
import { problemOf } from '../../src/addon/ui/error-card';
import type { MeetingView } from '../../src/shared/contract';
import {
  agendaItem,
  asGuest,
  calendarEvent,
  guest,
  meetingView,
  message,
  note,
} from '../helpers/addon/calendar-data';
import {
  button,
  buttonsIn,
  cardJson,
  inputNames,
  sectionHeaders,
  textsOf,
  widgetsOf,
} from '../helpers/addon/card-json';
import { installAppsScriptGlobals } from '../helpers/addon/apps-script-globals';

beforeAll(() => installAppsScriptGlobals());

const paris: UiContext = { locale: 'en', timeZone: 'Europe/Paris', t: translator('en') };
const shanghai: UiContext = { locale: 'zh-CN', timeZone: 'Asia/Shanghai', t: translator('zh-CN') };
const ref = { eventId: 'evt1', calendarId: 'primary', meetingId: null };

function eventCard(model: Partial<EventCardModel>, ui = paris) {
  return cardJson(renderEventCard(ui, { ref, event: calendarEvent(), view: null, ...model }));
}

const linked = (view: MeetingView, model: Partial<EventCardModel> = {}, ui = paris) =>
  eventCard({ view, ...model }, ui);

describe('the homepage card', () => {
  const week: HomepageModel = {
    entries: [
      {
        event: calendarEvent({ id: 'a', title: 'Budget review' }),
        meeting: { meetingId: 'm1', scope: 'organizer' },
      },
      {
        event: calendarEvent({
          id: 'b',
          title: 'Hiring debrief',
          start: new Date('2026-12-01T23:30:00Z'),
          end: new Date('2026-12-02T00:00:00Z'),
          guests: [guest('alice@acme.example', { self: true, response: 'declined' })],
        }),
        meeting: null,
      },
      {
        event: calendarEvent({
          id: 'c',
          title: 'Offsite',
          allDay: true,
          start: new Date('2026-12-04T00:00:00Z'),
          end: new Date('2026-12-05T00:00:00Z'),
        }),
        meeting: { meetingId: 'm2', scope: 'tenant' },
      },
    ],
    omitted: 0,
    stats: { meetings: 3, minutes: 150 },
  };

  it('lists the week by day in the user’s zone, marking meetings and declined events', () => {
    const card = cardJson(renderHomepageCard(paris, week));
    // 23:30 UTC is already Wednesday in Paris.
    expect(sectionHeaders(card)).toEqual(['This week', 'Tue 1 Dec', 'Wed 2 Dec', 'Fri 4 Dec']);
    expect(textsOf(card)).toEqual([
      '3 meetings, 2.5 hours in meetings',
      expect.stringContaining('Never sent to Mingwork'),
      '10:00–11:00 | Budget review | Mingwork meeting',
      '00:30–01:00 | <s>Hiring debrief</s> | Declined',
      "All day | Offsite | Your organization's Mingwork meeting",
    ]);
  });

  it('opens each event’s card with its id', () => {
    const card = cardJson(renderHomepageCard(paris, week));
    const opens = widgetsOf(card).flatMap((w) =>
      w.decoratedText?.onClick?.action ? [w.decoratedText.onClick.action] : [],
    );
    expect(opens.map((action) => [action.function, action.parameters])).toEqual(
      ['a', 'b', 'c'].map((id) => [
        'onOpenEvent',
        [
          { key: 'eventId', value: id },
          { key: 'calendarId', value: 'primary' },
        ],
      ]),
    );
  });

  it('says "this week" is off, and counts nothing, while the user objects to statistics', () => {
    const card = cardJson(renderHomepageCard(paris, { ...week, stats: 'off' }));
    expect(sectionHeaders(card)).not.toContain('This week');
    expect(textsOf(card).join()).not.toContain('meetings,');
    expect(textsOf(card)[0]).toContain('Statistics are off: you objected to them');
    const chinese = cardJson(renderHomepageCard(shanghai, { ...week, stats: 'off' }));
    expect(textsOf(chinese)[0]).toContain('统计已关闭');
  });

  it('shows neither numbers nor "off" when the objection is unknown', () => {
    const card = cardJson(renderHomepageCard(paris, { ...week, stats: null }));
    expect(sectionHeaders(card)).not.toContain('This week');
    expect(textsOf(card).join()).not.toMatch(/meetings,|Statistics are off/);
  });

  it('says when the meetings are unknown, with a Retry, and how many events were left off', () => {
    const retry = { functionName: Callbacks.refreshHomepage };
    const problem = problemOf(paris, { kind: 'unavailable' }, retry);
    const card = cardJson(renderHomepageCard(paris, { ...week, problem, omitted: 12 }));
    expect(textsOf(card).join('\n')).toContain('The Mingwork service is not answering right now');
    expect(button(card, 'Retry').action?.function).toBe('onRefreshHomepage');
    expect(textsOf(card).join('\n')).toContain('12 more events are not listed here');
  });

  it('speaks Simplified Chinese in Shanghai time', () => {
    const card = cardJson(renderHomepageCard(shanghai, week));
    expect(card.header?.title).toBe('本周的 Mingwork');
    expect(textsOf(card)[0]).toBe('3 场会议，共 2.5 小时');
    expect(textsOf(card)[2]).toContain('17:00–18:00');
  });

  it('says so when the week is empty', () => {
    const card = cardJson(renderHomepageCard(paris, { ...week, entries: [], stats: null }));
    expect(textsOf(card)).toEqual(['Nothing in your calendar for the next 7 days.']);
  });
});

describe('an event without a meeting', () => {
  it('shows the event read in place and offers to start a meeting', () => {
    const card = eventCard({ event: calendarEvent({ location: 'Room Hopper' }) });
    expect(card.header).toEqual({ title: 'Budget review', subtitle: 'Tue 1 Dec, 10:00–11:00' });
    expect(textsOf(card)).toEqual(
      expect.arrayContaining([
        'When | Tue 1 Dec, 10:00–11:00',
        'Where | Room Hopper',
        'Organizer | Alice Martin',
      ]),
    );
    const start = button(card, 'Start a Mingwork meeting');
    expect(start.action?.function).toBe('onStartMeeting');
    expect(start.action?.parameters).toEqual({ eventId: 'evt1', calendarId: 'primary' });
  });

  it('warns that a hidden guest list means only the user will see the meeting', () => {
    const card = eventCard({ event: calendarEvent({ guestListHidden: true }) });
    expect(textsOf(card).join('\n')).toContain('only you will see a meeting you start');
  });

  it('offers nothing to start for a cancelled event', () => {
    const card = eventCard({ event: calendarEvent({ access: 'cancelled', title: '' }) });
    expect(textsOf(card)).toContain('<font color="#d93025">This event was cancelled.</font>');
    expect(buttonsIn(card)).toEqual([]);
  });

  it('says which occurrence of a series a meeting belongs to', () => {
    const card = eventCard({ event: calendarEvent({ seriesId: 'series1' }) });
    expect(textsOf(card).join('\n')).toContain('belongs to this occurrence only');
  });

  it('shows Calendar’s part and a Retry when Mingwork cannot be reached', () => {
    const retry = { functionName: Callbacks.showMeeting };
    const card = eventCard({ problem: problemOf(paris, { kind: 'unavailable' }, retry) });
    expect(card.header?.title).toBe('Budget review');
    expect(button(card, 'Retry').action?.function).toBe('onShowMeeting');
    expect(buttonsIn(card).map((b) => b.text)).not.toContain('Start a Mingwork meeting');
  });
});

describe('when an event happens', () => {
  const losAngeles: UiContext = {
    locale: 'en',
    timeZone: 'America/Los_Angeles',
    t: translator('en'),
  };

  it('shows an all-day event on its own day, whatever the user time zone', () => {
    const offsite = calendarEvent({
      allDay: true,
      start: new Date('2026-12-01T00:00:00Z'),
      end: new Date('2026-12-02T00:00:00Z'),
    });
    expect(eventCard({ event: offsite }, losAngeles).header?.subtitle).toBe('Tue 1 Dec (all day)');
    const long = calendarEvent({ ...offsite, end: new Date('2026-12-04T00:00:00Z') });
    expect(eventCard({ event: long }, losAngeles).header?.subtitle).toBe('Tue 1 Dec – Thu 3 Dec');
  });

  it('shows a timed event at its local time, with both days when it spans midnight', () => {
    const standup = calendarEvent({
      start: new Date('2026-12-01T17:30:00Z'),
      end: new Date('2026-12-01T17:45:00Z'),
    });
    expect(eventCard({ event: standup }, losAngeles).header?.subtitle).toBe(
      'Tue 1 Dec, 09:30–09:45',
    );
    const late = calendarEvent({
      start: new Date('2026-12-02T07:00:00Z'),
      end: new Date('2026-12-02T09:00:00Z'),
    });
    expect(eventCard({ event: late }, losAngeles).header?.subtitle).toBe(
      'Tue 1 Dec, 23:00 – Wed 2 Dec, 01:00',
    );
  });
});

describe('events the sidebar cannot attach a meeting to', () => {
  it('a free/busy block says why, and names nothing', () => {
    const busy = calendarEvent({ access: 'freeBusy', title: '', organizer: null, guests: [] });
    const card = cardJson(renderFreeBusyCard(paris, busy));
    expect(card.header?.title).toBe('Busy');
    expect(textsOf(card).join()).toContain('only see when this calendar is busy');
  });

  it('a whole series sends the user to one of its occurrences', () => {
    const card = cardJson(renderSeriesCard(paris, calendarEvent({ isSeries: true })));
    expect(textsOf(card).join()).toContain('Open one of its occurrences');
  });
});

describe('a linked event: whose meeting it is', () => {
  it('names the owner and domain of the organizer’s meeting a guest sees', () => {
    const card = linked(asGuest(meetingView()));
    expect(textsOf(card)).toContain(
      "The organizer's Mingwork meeting, started by Alice Martin (acme.example).",
    );
  });

  it('offers to switch to the other meeting the user may see', () => {
    const view = meetingView({
      otherMeeting: {
        id: 'm2',
        scope: 'tenant',
        owner: { name: 'Grace Globex', domain: 'globex.example' },
      },
    });
    const toggle = button(linked(view), "Show your organization's meeting (Grace Globex)");
    expect(toggle.action?.function).toBe('onShowMeeting');
    expect(toggle.action?.parameters.meetingId).toBe('m2');
  });

  it('tells the owner it is theirs', () => {
    expect(textsOf(linked(meetingView()))).toContain(
      'You started this Mingwork meeting as the organizer.',
    );
  });
});

describe('a linked event: the agenda', () => {
  const agenda = [
    agendaItem('a1', 'Numbers', { position: 0, durationMinutes: 40 }),
    agendaItem('a2', 'Hiring', { position: 1, durationMinutes: 30, done: true }),
    agendaItem('a3', 'AOB', { position: 2, authoredByMe: false }),
  ];

  it('lists items in order with durations, and warns when they overrun the event', () => {
    const texts = textsOf(linked(meetingView({ agenda: [...agenda].reverse() })));
    expect(texts).toEqual(
      expect.arrayContaining([
        '<font color="#d93025">Planned: 70 min for a 60-minute event, 10 min too long.</font>',
        '1. · 40 min | Numbers',
        '2. · 30 min · Done | <s>Hiring</s>',
        '3. | AOB',
      ]),
    );
  });

  it('sets the total against the event length when it fits', () => {
    const texts = textsOf(linked(meetingView({ agenda: agenda.slice(0, 1) })));
    expect(texts).toContain('<font color="#5f6368">Planned: 40 min of 60 min</font>');
  });

  it('lets the owner check off, move and remove every item, moving only where it can go', () => {
    const card = linked(meetingView({ agenda }));
    expect(inputNames(card)).toEqual(expect.arrayContaining(['done-a1', 'done-a2', 'done-a3']));
    const moves = buttonsIn(card).filter((b) => b.action?.function === 'onMoveAgendaItem');
    expect(
      moves.map((b) => [b.action!.parameters.itemId, b.text, b.action!.parameters.position]),
    ).toEqual([
      ['a1', 'Move down', '1'],
      ['a2', 'Move up', '0'],
      ['a2', 'Move down', '2'],
      ['a3', 'Move up', '1'],
    ]);
    const toggle = widgetsOf(card).find((w) => w.decoratedText?.switchControl?.name === 'done-a2');
    expect(toggle?.decoratedText?.switchControl).toMatchObject({
      selected: true,
      onChangeAction: { function: 'onToggleAgendaItem' },
    });
    expect(toggle?.decoratedText?.switchControl?.onChangeAction?.parameters).toContainEqual({
      key: 'done',
      value: 'false',
    });
  });

  it('lets a guest organize only the items they wrote', () => {
    const card = linked(asGuest(meetingView({ agenda })));
    expect(inputNames(card).filter((name) => name.startsWith('done-'))).toEqual([
      'done-a1',
      'done-a2',
    ]);
    const removable = buttonsIn(card)
      .filter((b) => b.action?.function === 'onRemoveAgendaItem')
      .map((b) => b.action!.parameters.itemId);
    expect(removable).toEqual(['a1', 'a2']);
  });

  it('has a form to add an item with optional minutes', () => {
    const card = linked(meetingView());
    expect(inputNames(card)).toEqual(expect.arrayContaining(['agendaTitle', 'agendaMinutes']));
    expect(button(card, 'Add to agenda').action?.parameters).toEqual({
      eventId: 'evt1',
      calendarId: 'primary',
      meetingId: 'm1',
    });
  });
});

describe('a linked event: notes', () => {
  const notes = [
    note('n1', 'Mine, shared'),
    note('n2', 'Mine, private', { visibility: 'private' }),
    note('n3', 'Bob’s', { authoredByMe: false }),
  ];

  it('labels shared and private notes; the author edits and removes, the owner removes too', () => {
    const card = linked(meetingView({ notes }));
    expect(textsOf(card)).toEqual(
      expect.arrayContaining([
        'Shared · Mon 30 Nov, 10:00 | Mine, shared',
        'Private, only you · Mon 30 Nov, 10:00 | Mine, private',
      ]),
    );
    const edits = buttonsIn(card)
      .filter((b) => b.text === 'Edit')
      .map((b) => b.action!.parameters.editNoteId);
    const removes = buttonsIn(card)
      .filter((b) => b.action?.function === 'onRemoveNote')
      .map((b) => b.action!.parameters.itemId);
    expect(edits).toEqual(['n1', 'n2']);
    expect(removes).toEqual(['n1', 'n2', 'n3']);
    expect(
      buttonsIn(linked(asGuest(meetingView({ notes }))))
        .filter((b) => b.action?.function === 'onRemoveNote')
        .map((b) => b.action!.parameters.itemId),
    ).toEqual(['n1', 'n2']);
  });

  it('edits a note in place, holding its text', () => {
    const card = linked(meetingView({ notes }), { editingNoteId: 'n2' });
    const editor = widgetsOf(card).find((w) => w.textInput?.name === 'noteEdit');
    expect(editor?.textInput).toMatchObject({ value: 'Mine, private', type: 'MULTIPLE_LINE' });
    expect(button(card, 'Save').action?.parameters.itemId).toBe('n2');
    expect(button(card, 'Cancel').action?.function).toBe('onShowMeeting');
  });

  it('adds a note as shared unless the user keeps it private', () => {
    const visibility = widgetsOf(linked(meetingView())).find(
      (w) => w.selectionInput?.name === 'noteVisibility',
    );
    expect(visibility?.selectionInput?.items).toEqual([
      { text: 'Shared with the guests', value: 'shared', selected: true },
      { text: 'Private, only for me', value: 'private', selected: false },
    ]);
  });
});

describe('a linked event: messages', () => {
  it('shows the latest first with their authors, and a button for older ones', () => {
    const view = meetingView({
      messages: [message('g1', 'First'), message('g2', 'Second', { authoredByMe: true })],
      messagesNextBefore: 'g1',
    });
    const card = linked(view);
    const thread = textsOf(card).filter((text) => text.includes('Mon 30 Nov'));
    expect(thread).toEqual([
      'You · Mon 30 Nov, 10:00 | Second',
      'Bob Chen · Mon 30 Nov, 10:00 | First',
    ]);
    const older = button(card, 'Older messages');
    expect(older.action?.function).toBe('onShowOlderMessages');
    expect(older.action?.parameters).toMatchObject({ before: 'g1', meetingId: 'm1' });
  });

  it('shows the latest ten, and pages back from the oldest of them', () => {
    const messages = Array.from({ length: 12 }, (_, i) => message(`g${i}`, `Message ${i}`));
    const card = linked(meetingView({ messages, messagesNextBefore: null }));
    const thread = textsOf(card).filter((text) => text.includes('| Message '));
    expect(thread).toHaveLength(10);
    expect(thread[0]).toContain('Message 11');
    expect(thread[9]).toContain('Message 2');
    expect(button(card, 'Older messages').action?.parameters.before).toBe('g2');
  });

  it('pushes earlier pages as their own card, with the next page behind a button', () => {
    const card = cardJson(
      renderOlderMessagesCard(paris, {
        ref,
        meetingId: 'm1',
        eventTitle: 'Budget review',
        messages: [message('g0', 'Zeroth', { authorName: null })],
        nextBefore: 'g0',
      }),
    );
    expect(card.header).toEqual({ title: 'Earlier messages', subtitle: 'Budget review' });
    expect(textsOf(card)).toEqual(['A former member · Mon 30 Nov, 10:00 | Zeroth']);
    expect(button(card, 'Older messages').action?.parameters.before).toBe('g0');
  });
});

describe('a linked event: files', () => {
  const attachments = [
    {
      url: 'https://drive.google.com/open?id=1Qx7Rk2mZp9TfLw3Vb8Nc5Hy0Ud4Se6Ja',
      title: 'Roadmap 2027',
    },
    {
      url: 'https://drive.google.com/open?id=1Bu4Dg7Et2Fh9Gj3Hk6Jl1Km8Ln5Mp0Nq',
      title: 'Q4 budget',
    },
  ];
  const files = [
    {
      id: 'f1',
      url: 'https://docs.google.com/document/d/1Qx7Rk2mZp9TfLw3Vb8Nc5Hy0Ud4Se6Ja/edit',
      addedByMe: false,
      createdAt: '2026-11-30T09:00:00.000Z',
    },
  ];

  it('names files from the event’s attachments and opens them in Drive', () => {
    const card = linked(meetingView({ files }), { event: calendarEvent({ attachments }) });
    const shown = widgetsOf(card).find((w) => w.decoratedText?.onClick?.openLink);
    expect(shown?.decoratedText).toMatchObject({
      text: 'Roadmap 2027',
      onClick: { openLink: { url: files[0]!.url } },
    });
  });

  it('adds in one click only the attachments not in the meeting yet', () => {
    const card = linked(meetingView({ files }), { event: calendarEvent({ attachments }) });
    expect(button(card, "Add the event's attachments (1)").action?.function).toBe(
      'onAddEventAttachments',
    );
    const none = linked(meetingView({ files }), { event: calendarEvent({ attachments: [] }) });
    expect(
      buttonsIn(none)
        .map((b) => b.text)
        .join(),
    ).not.toContain('attachments');
  });
});

describe('guests, read in place', () => {
  it('lists people with their RSVP, rooms apart, and counts what does not fit', () => {
    const crowd = Array.from({ length: 23 }, (_, i) =>
      guest(`p${i}@acme.example`, { name: `Person ${i}` }),
    );
    const event = calendarEvent({
      guests: [
        guest('alice@acme.example', { name: 'Alice Martin', organizer: true, self: true }),
        guest('bob@acme.example', { name: 'Bob Chen', response: 'tentative', optional: true }),
        guest('room@resource.calendar.google.com', { name: 'Room Hopper', resource: true }),
        ...crowd,
      ],
    });
    const card = eventCard({ event });
    expect(sectionHeaders(card)).toContain('Guests (25)');
    const texts = textsOf(card);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Alice Martin | Going · Organizer',
        'Bob Chen | Maybe · Optional',
        '<font color="#5f6368">and 5 more</font>',
        'Rooms | Room Hopper',
      ]),
    );
    expect(texts.join()).not.toContain('Person 18');
  });

  it('says when the organizer hides the list', () => {
    const event = calendarEvent({
      guestListHidden: true,
      guests: [guest('alice@acme.example', { self: true })],
    });
    expect(textsOf(eventCard({ event }))).toContain(
      '<font color="#5f6368">The organizer hides the guest list.</font>',
    );
  });
});

describe('the event card in Simplified Chinese', () => {
  it('labels everything in Chinese and shows times in Shanghai', () => {
    const card = linked(
      meetingView({ agenda: [agendaItem('a1', 'Numbers', { durationMinutes: 20 })] }),
      {},
      shanghai,
    );
    expect(card.header?.subtitle).toBe('12月1日 17:00–18:00');
    expect(sectionHeaders(card)).toEqual(['议程', '笔记', '消息', '文件', '参会者（2）']);
    expect(button(card, '加入议程')).toBeTruthy();
  });
});
