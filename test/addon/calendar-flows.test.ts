/**
 * The Calendar sidebar end to end: the built add-on in the sandbox, the real backend in its
 * own process. One story, step by step, as its users live it — Alice organizes the Globex
 * contract review, Carol (another domain) is her guest, Dan (a third domain) is not invited
 * — with the backend calls of every render counted and everything sent or logged scanned
 * for Google data.
 */
import { translator } from '../../src/addon/i18n';
import { loadWorld } from '../../src/workbench/fixtures/load-world';
import { sampleWorld } from '../../src/workbench/fixtures/sample-world';
import type { WorldFixture } from '../../src/workbench/fixtures/world-fixture';
import { calendarEventOpenEvent } from '../../src/workbench/events';
import { CARD, describeConformance, RENDER_ACTION } from '../helpers/workbench/schemas';
import { leaks } from '../helpers/workbench/privacy';
import { startSidebarBench, type SidebarBench } from '../helpers/workbench/sidebar-bench';
import type { SidebarSession, Step } from '../helpers/workbench/sidebar';
import { buttonsIn, sectionHeaders } from '../helpers/addon/card-json';
import { NOW } from '../helpers/workbench/context';

const CONTRACT_REVIEW = '5m2c8v1q9k3h7d0f6a4b2e8g0l'; // alice organizes; bob, carol (globex) invited
const SYNC = '3k9v2q7m1c5h8d0f4a6b2e9g1j'; // alice and bob; a Drive file attached
const DAN = 'dan@initech.example';

const world = loadWorld(sampleWorld, NOW);
let bench: SidebarBench;
let alice: SidebarSession;
let carol: SidebarSession;

/** Backend calls each render made, by function, in the order they ran: the closing note's figures. */
const roundTrips: Record<string, number[]> = {};

function counted(step: Step): Step {
  (roundTrips[step.functionName] ??= []).push(step.fetches.length);
  return step;
}

const joined = (session: SidebarSession) => session.texts().join('\n');
const zh = translator('zh-CN');
const paths = (step: Step) =>
  step.fetches.map((f) => `${f.method.toUpperCase()} ${new URL(f.url).pathname}`);

beforeAll(async () => {
  bench = await startSidebarBench(world, NOW);
  alice = bench.session('alice@acme.example');
  carol = bench.session('carol@globex.example');
}, 60_000);

afterAll(() => bench?.close());

describe('the story of one meeting', () => {
  it('homepage: the week, with this week in numbers, from ONE lookup', () => {
    const step = counted(alice.homepage());
    expect(paths(step)).toEqual(['POST /v1/meetings/lookup']);
    expect(sectionHeaders(alice.top)[0]).toBe('This week');
    expect(joined(alice)).toContain('Globex contract review');
    expect(joined(alice)).not.toContain('Mingwork meeting');
  });

  it('says this week is off while the user objects to statistics, learnt in the same one call', () => {
    // The switch of the privacy centre, as Alice flips it there.
    alice.universalAction('onPrivacyAction');
    expect(alice.toggle('objectToStatistics').notification).toBe(
      'Statistics are off for your data.',
    );
    const step = counted(alice.homepage());
    expect(paths(step)).toEqual(['POST /v1/meetings/lookup']);
    expect(sectionHeaders(alice.top)).not.toContain('This week');
    expect(alice.texts()[0]).toBe(
      '<font color="#5f6368">Statistics are off: you objected to them in the privacy centre.</font>',
    );
    expect(joined(alice)).toContain('Globex contract review');

    alice.universalAction('onPrivacyAction');
    alice.toggle('objectToStatistics');
    counted(alice.homepage());
    expect(sectionHeaders(alice.top)[0]).toBe('This week');
    expect(joined(alice)).not.toContain('Statistics are off');
  });

  it('opening the event from the homepage pushes its card with ONE call: not linked yet', () => {
    const step = counted(alice.clickText('Globex contract review'));
    expect(paths(step)).toEqual([`GET /v1/events/${CONTRACT_REVIEW}/meeting`]);
    expect(alice.stack).toHaveLength(2);
    expect(alice.top.header?.title).toBe('Globex contract review');
    expect(buttonsIn(alice.top).map((b) => b.text)).toContain('Start a Mingwork meeting');
  });

  it('starts the meeting with ONE call, whose answer the card shows', () => {
    const step = counted(alice.click('Start a Mingwork meeting'));
    expect(paths(step)).toEqual(['POST /v1/meetings']);
    expect(step.notification).toBe('Mingwork meeting started.');
    expect(alice.stack).toHaveLength(2);
    expect(joined(alice)).toContain('You started this Mingwork meeting as the organizer.');
    expect(step.fetches[0]!.requestHeaders['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('opening the event again costs ONE call: the guest list did not change', () => {
    const step = counted(alice.openEvent(CONTRACT_REVIEW));
    expect(paths(step)).toEqual([`GET /v1/events/${CONTRACT_REVIEW}/meeting`]);
    expect(step.fetches[0]!.requestHeaders['X-Mingwork-Organizer']).toMatch(
      /^[\w-]{43}\.[\w-]{43}$/,
    );
  });

  it('refuses an empty agenda item before any call, keeping the card', () => {
    const before = alice.top;
    const step = counted(alice.click('Add to agenda', { agendaTitle: '   ' }));
    expect(step.fetches).toEqual([]);
    expect(step.notification).toBe('Type an agenda item first.');
    expect(alice.top).toBe(before);
  });

  it('adds agenda items: one write, then the card again in place, with a notification', () => {
    for (const [title, minutes] of [
      ['Scope', '20'],
      ['Pricing', '30'],
      ['Next steps', '15'],
    ] as const) {
      const step = counted(
        alice.click('Add to agenda', { agendaTitle: title, agendaMinutes: minutes }),
      );
      expect(paths(step)).toEqual([
        expect.stringMatching(/^POST \/v1\/meetings\/\w+\/agenda$/),
        `GET /v1/events/${CONTRACT_REVIEW}/meeting`,
      ]);
      expect(step.notification).toBe('Added to the agenda.');
    }
    expect(alice.texts()).toEqual(
      expect.arrayContaining([
        '<font color="#d93025">Planned: 65 min for a 60-minute event, 5 min too long.</font>',
        '1. · 20 min | Scope',
        '2. · 30 min | Pricing',
        '3. · 15 min | Next steps',
      ]),
    );
    expect(alice.inputValue('agendaTitle')).toBeUndefined();
  });

  it('checks an item off and moves another up', () => {
    const scope = alice.top.sections
      .flatMap((s) => s.widgets)
      .find((w) => w.decoratedText?.text === 'Scope')!.decoratedText!.switchControl!.name;
    expect(counted(alice.toggle(scope)).notification).toBe('Checked off.');
    expect(alice.texts()).toContain('1. · 20 min · Done | <s>Scope</s>');

    // The first "Move up" belongs to the second item, Pricing.
    const step = counted(alice.click('Move up'));
    expect(step.notification).toBe('Agenda reordered.');
    expect(alice.texts().filter((t) => /^\d\. /.test(t))).toEqual([
      '1. · 30 min | Pricing',
      '2. · 20 min · Done | <s>Scope</s>',
      '3. · 15 min | Next steps',
    ]);
  });

  it('adds a shared note and a private one', () => {
    counted(
      alice.click('Add note', {
        noteBody: 'Carol prefers annual billing.',
        noteVisibility: 'shared',
      }),
    );
    const step = counted(
      alice.click('Add note', { noteBody: 'Walk-away price: 80k.', noteVisibility: 'private' }),
    );
    expect(step.notification).toBe('Private note added. Only you can see it.');
    expect(alice.texts()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Shared · .* \| Carol prefers annual billing\.$/),
        expect.stringMatching(/^Private, only you · .* \| Walk-away price: 80k\.$/),
      ]),
    );
  });

  it('edits a note in place and removes one', () => {
    const editing = counted(alice.clickFor('Carol prefers annual billing.', 'Edit'));
    expect(paths(editing)).toEqual([`GET /v1/events/${CONTRACT_REVIEW}/meeting`]);
    expect(alice.inputValue('noteEdit')).toBe('Carol prefers annual billing.');
    const saved = counted(
      alice.click('Save', { noteEdit: 'Carol prefers annual billing, paid upfront.' }),
    );
    expect(saved.notification).toBe('Note saved.');
    expect(alice.inputValue('noteEdit')).toBeUndefined();
    expect(joined(alice)).toContain('Carol prefers annual billing, paid upfront.');

    counted(alice.click('Add note', { noteBody: 'Scratch that.', noteVisibility: 'shared' }));
    const removed = counted(alice.clickFor('Scratch that.', 'Remove'));
    expect(paths(removed)).toEqual([
      expect.stringMatching(/^DELETE \/v1\/notes\/\w+$/),
      `GET /v1/events/${CONTRACT_REVIEW}/meeting`,
    ]);
    expect(removed.notification).toBe('Note removed.');
    expect(joined(alice)).not.toContain('Scratch that.');
  });

  it('posts a message, and pages back to older ones with ONE call', async () => {
    counted(alice.click('Post', { messageBody: 'Draft attached by Friday.' }));
    const meetingId = buttonsIn(alice.top).find((b) => b.text === 'Post')!.action!.parameters
      .meetingId!;
    // Fifty more, straight to the API, so the thread has a second page.
    const token = bench.issuer.signIdToken(world.user('alice@acme.example'));
    for (let i = 1; i <= 50; i += 1) {
      await fetch(`${bench.backend.url}/v1/meetings/${meetingId}/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ body: `Update ${i}` }),
      });
    }
    counted(alice.openEvent(CONTRACT_REVIEW));
    const thread = alice.texts().filter((t) => t.startsWith('You · '));
    expect(thread).toHaveLength(10);
    expect(thread[0]).toMatch(/\| Update 50$/);
    expect(thread[9]).toMatch(/\| Update 41$/);
    expect(joined(alice)).not.toContain('Draft attached by Friday.');

    const step = counted(alice.click('Older messages'));
    expect(paths(step)).toEqual([expect.stringMatching(/^GET \/v1\/meetings\/\w+\/messages$/)]);
    expect(step.fetches[0]!.url).toContain('?before=');
    expect(alice.stack).toHaveLength(2);
    expect(alice.top.header?.title).toBe('Earlier messages');
    expect(joined(alice)).toContain('Draft attached by Friday.');
    alice.stack.pop(); // the back arrow
  });

  it('adds a Drive file by link, refusing other links before any call', () => {
    const refused = counted(
      alice.click('Add file', { fileUrl: 'https://example.com/contract.pdf' }),
    );
    expect(refused.fetches).toEqual([]);
    expect(refused.notification).toContain('Only Google Drive and Google Docs links');
    const step = counted(
      alice.click('Add file', {
        fileUrl: 'https://docs.google.com/document/d/1GlobexMsaDraft00/edit',
      }),
    );
    expect(step.notification).toBe('File added.');
    expect(joined(alice)).toContain(
      'Drive file | https://docs.google.com/document/d/1GlobexMsaDraft00/edit',
    );
  });

  it('a guest from another domain sees the shared content, not the private note, in ONE call', () => {
    const home = counted(carol.homepage());
    expect(paths(home)).toEqual(['POST /v1/meetings/lookup']);
    const entry = carol.texts().find((t) => t.includes('Globex contract review'));
    expect(entry).toContain('Mingwork meeting');

    const step = counted(carol.openEvent(CONTRACT_REVIEW));
    expect(paths(step)).toEqual([`GET /v1/events/${CONTRACT_REVIEW}/meeting`]);
    const seen = joined(carol);
    expect(seen).toContain(
      "The organizer's Mingwork meeting, started by Alice Martin (acme.example).",
    );
    expect(seen).toContain('Carol prefers annual billing, paid upfront.');
    expect(seen).toContain('Pricing');
    expect(seen).toContain('Update 50');
    expect(seen).not.toContain('Walk-away price');
  });

  it('the guest adds to it, and the organizer sees it', () => {
    counted(
      carol.click('Add note', { noteBody: 'We need SSO in scope.', noteVisibility: 'shared' }),
    );
    counted(alice.openEvent(CONTRACT_REVIEW));
    expect(joined(alice)).toContain('We need SSO in scope.');
  });

  it('an outsider sees nothing: not in their week, not by opening the event, not from the API', async () => {
    const dan = bench.session(DAN);
    counted(dan.homepage());
    expect(joined(dan)).not.toContain('Globex contract review');
    // Even an event object for it (a forwarded link) only reaches Calendar, which says no.
    const forged = calendarEventOpenEvent({
      user: world.user('alice@acme.example'),
      now: NOW,
      world,
      eventId: CONTRACT_REVIEW,
      access: 'READ',
    });
    const step = dan.sandbox.invoke('onCalendarEventOpen', {
      ...forged,
      calendar: { ...forged.calendar, calendarId: DAN },
    });
    expect(JSON.stringify(step.response)).toContain('could not read this event');
    expect(JSON.stringify(step.response)).not.toContain('Pricing');
    const asDan = await fetch(`${bench.backend.url}/v1/events/${CONTRACT_REVIEW}/meeting`, {
      headers: { authorization: `Bearer ${bench.issuer.signIdToken(world.user(DAN))}` },
    });
    expect(asDan.status).toBe(404);
  });

  it('when the organizer adds a guest, the next open sends the digests once, and the guest gets in', () => {
    const review = world.findEvent(CONTRACT_REVIEW)!;
    review.attendees.push({ email: DAN, responseStatus: 'needsAction' });
    try {
      const dan = bench.session(DAN);
      counted(dan.openEvent(CONTRACT_REVIEW));
      expect(buttonsIn(dan.top).map((b) => b.text)).toContain('Start a Mingwork meeting');

      const refresh = counted(alice.openEvent(CONTRACT_REVIEW));
      expect(paths(refresh)).toEqual([
        `GET /v1/events/${CONTRACT_REVIEW}/meeting`,
        expect.stringMatching(/^PUT \/v1\/meetings\/\w+\/guests$/),
      ]);
      expect(paths(counted(alice.openEvent(CONTRACT_REVIEW)))).toHaveLength(1);

      counted(dan.openEvent(CONTRACT_REVIEW));
      expect(joined(dan)).toContain('Carol prefers annual billing, paid upfront.');
      expect(joined(dan)).not.toContain('Walk-away price');
    } finally {
      review.attendees.pop();
    }
  });

  it('adds the event’s Drive attachments in one click: one round of writes, then the view', () => {
    counted(alice.openEvent(SYNC));
    counted(alice.click('Start a Mingwork meeting'));
    const step = counted(alice.click("Add the event's attachments (1)"));
    expect(paths(step)).toEqual([
      expect.stringMatching(/^POST \/v1\/meetings\/\w+\/files$/),
      `GET /v1/events/${SYNC}/meeting`,
    ]);
    expect(joined(alice)).toContain('Roadmap 2027 | https://drive.google.com/open?id=');
    expect(
      buttonsIn(alice.top)
        .map((b) => b.text)
        .join(),
    ).not.toContain('attachments');
  });

  it("an event organized from another domain: the organizer's meeting first, a switch to one's own", () => {
    const planning = '9r6f3u1m8c2k5h0d7a4b6e2g8p'; // carol (globex) organizes, alice invited
    counted(alice.openEvent(planning));
    counted(alice.click('Start a Mingwork meeting'));
    counted(
      alice.click('Add note', {
        noteBody: 'Acme prep: bring Q3 numbers.',
        noteVisibility: 'shared',
      }),
    );
    expect(joined(alice)).toContain('You started this Mingwork meeting.');

    counted(carol.openEvent(planning));
    counted(carol.click('Start a Mingwork meeting'));
    expect(joined(carol)).not.toContain('Acme prep');

    counted(alice.openEvent(planning));
    expect(joined(alice)).toContain(
      "The organizer's Mingwork meeting, started by Carol Diaz (globex.example).",
    );
    expect(joined(alice)).not.toContain('Acme prep');
    const toOwn = counted(alice.click("Show your organization's meeting (Alice Martin)"));
    expect(paths(toOwn)).toEqual([`GET /v1/events/${planning}/meeting`]);
    expect(toOwn.fetches[0]!.url).toContain('?meetingId=');
    expect(joined(alice)).toContain('Acme prep: bring Q3 numbers.');
    // Actions on the meeting switched to stay on it.
    counted(
      alice.click('Add note', { noteBody: 'Also the hiring plan.', noteVisibility: 'shared' }),
    );
    expect(joined(alice)).toContain('Acme prep: bring Q3 numbers.');
    expect(joined(alice)).toContain('Also the hiring plan.');
    counted(alice.click("Show the organizer's meeting (Carol Diaz)"));
    expect(joined(alice)).not.toContain('Also the hiring plan.');
  });

  it('a user their admin disabled gets the disabled card in Calendar too, in their language', () => {
    // Bob reads Chinese; his stale card still offers to post to the product sync.
    const bob = bench.session('bob@acme.example');
    bob.openEvent(SYNC);
    const post = zh('calendar.messages.post');
    expect(buttonsIn(bob.top).map((b) => b.text)).toContain(post);

    alice.universalAction('onAdminAction');
    alice.clickText('Bob Chen');
    expect(alice.click('Disable account').notification).toBe('Bob Chen was disabled.');

    const disabledCard = () => ({
      title: bob.top.header?.title,
      text: bob.texts().join('\n'),
      buttons: buttonsIn(bob.top),
    });
    const expected = {
      title: zh('error.disabled.title'),
      text: zh('error.disabled.body'),
      buttons: [],
    };
    const renders = [
      () => bob.click(post, { messageBody: 'Posted while disabled' }),
      () => bob.homepage(),
      () => bob.openEvent(SYNC),
    ];
    for (const render of renders) {
      expect(render().fetches).toHaveLength(1);
      expect(disabledCard()).toEqual(expected);
    }

    alice.click('Enable account');
    bob.openEvent(SYNC);
    expect(bob.top.header?.title).toBe('Weekly product sync');
    expect(joined(bob)).not.toContain('Posted while disabled');
  });

  it('marked every write with an Idempotency-Key', () => {
    const writes = bench.sessions
      .flatMap((session) => session.steps)
      .flatMap((step) => step.fetches)
      .filter((fetch) => fetch.method.toLowerCase() !== 'get');
    expect(writes.length).toBeGreaterThan(15);
    for (const write of writes) expect(write.requestHeaders['Idempotency-Key']).toBeTruthy();
  });

  it('made, per render, one backend call for a card and one write plus one read per action', () => {
    // 0: input refused before any call. 2 on opening: the owner's guest list had changed.
    expect(roundTrips).toEqual({
      onCalendarHomepage: [1, 1, 1, 1, 1],
      onOpenEvent: [1],
      onStartMeeting: [1, 1, 1, 1],
      onCalendarEventOpen: [1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1],
      onShowMeeting: [1, 1, 1],
      onAddAgendaItem: [0, 2, 2, 2],
      onToggleAgendaItem: [2],
      onMoveAgendaItem: [2],
      onAddNote: [2, 2, 2, 2, 2, 2],
      onSaveNote: [2],
      onRemoveNote: [2],
      onPostMessage: [2],
      onShowOlderMessages: [1],
      onAddFile: [0, 2],
      onAddEventAttachments: [2],
    });
  });

  it('never sent or logged any Google data in all of the above', () => {
    const steps = bench.sessions.flatMap((session) => session.steps);
    expect(steps.length).toBeGreaterThan(20);
    expect(leaks(steps, world)).toEqual([]);
  });

  describeConformance('every card and action response', (schemas) => {
    it('validates against Google’s schemas', () => {
      for (const step of bench.sessions.flatMap((session) => session.steps)) {
        const responses = Array.isArray(step.response) ? step.response : [step.response];
        for (const json of responses) {
          const isCard = typeof json === 'object' && json !== null && 'sections' in json;
          expect([
            step.functionName,
            schemas().errors(isCard ? CARD : RENDER_ACTION, json),
          ]).toEqual([step.functionName, []]);
        }
      }
    });
  });
});

describe('when the backend fails', () => {
  it('keeps what was typed on an error card whose Retry writes it once', () => {
    const offline = bench.session('alice@acme.example', { backendUrl: 'http://127.0.0.1:9' });
    counted(alice.openEvent(CONTRACT_REVIEW));
    offline.stack = [alice.top];
    const failed = offline.click('Post', { messageBody: 'Sent while offline' });
    expect(failed.notification).toContain('The Mingwork service is not answering right now');
    expect(offline.inputValue('messageBody')).toBe('Sent while offline');
    const retry = buttonsIn(offline.top).find((b) => b.text === 'Retry')!;
    expect(retry.action).toMatchObject({ function: 'onPostMessage', persistValues: true });
    const key = retry.action!.parameters.idempotencyKey;
    expect(key).toMatch(/^[0-9a-f-]{36}$/);

    // Back online, Retry sends the kept text under the same key; a second Retry adds nothing.
    alice.stack = [offline.top];
    const first = alice.click('Retry', { messageBody: 'Sent while offline' });
    expect(first.fetches[0]!.requestHeaders['Idempotency-Key']).toBe(key);
    alice.stack = [offline.top];
    alice.click('Retry', { messageBody: 'Sent while offline' });
    const posted = alice.texts().filter((t) => t.endsWith('| Sent while offline'));
    expect(posted).toHaveLength(1);
  });

  it('still shows the event from Calendar, with a Retry, when the backend is down', () => {
    const offline = bench.session('carol@globex.example', { backendUrl: 'http://127.0.0.1:9' });
    offline.openEvent(CONTRACT_REVIEW);
    expect(offline.top.header?.title).toBe('Globex contract review');
    expect(joined(offline)).toContain('The Mingwork service is not answering right now');
    expect(buttonsIn(offline.top).map((b) => b.text)).toContain('Retry');
  });
});

describe('the guest digest, end to end', () => {
  it("lets in a guest whose address the organizer's calendar writes with capitals and spaces", async () => {
    const eventId = '2h6j0l4n8p2r6t0v4b8d2f6h0j';
    const fixture: WorldFixture = {
      ...sampleWorld,
      events: [
        {
          id: eventId,
          summary: 'Digest check',
          day: 1,
          at: '10:00',
          minutes: 30,
          organizer: 'alice@acme.example',
          guests: [
            { email: 'alice@acme.example', responseStatus: 'accepted' },
            { email: '  Carol@Globex.EXAMPLE ', responseStatus: 'needsAction' },
          ],
        },
      ],
    };
    const odd = loadWorld(fixture, NOW);
    const oddBench = await startSidebarBench(odd, NOW);
    try {
      const owner = oddBench.session('alice@acme.example');
      owner.openEvent(eventId);
      owner.click('Start a Mingwork meeting');
      owner.click('Add note', { noteBody: 'Digests agree.', noteVisibility: 'shared' });
      const guest = oddBench.session('carol@globex.example');
      guest.openEvent(eventId);
      expect(joined(guest)).toContain('Digests agree.');
      expect(leaks([...owner.steps, ...guest.steps], odd)).toEqual([]);
    } finally {
      await oddBench.close();
    }
  }, 60_000);
});

describe('events the sidebar cannot attach a meeting to', () => {
  it('a free/busy event: a card that says why, and no call at all', () => {
    const session = bench.session('carol@globex.example');
    const step = session.openEvent('7p4d1s9k2v6c8h0f3a5b7e1g9n', 'bob@acme.example');
    expect(step.fetches).toEqual([]);
    expect(session.top.header?.title).toBe('Busy');
  });

  it('a cancelled event: says so, offers nothing to start', () => {
    const session = bench.session('alice@acme.example');
    session.openEvent('3e7g1i5k9m3o7q1s5u9a3c7e1g');
    expect(joined(session)).toContain('This event was cancelled.');
    expect(buttonsIn(session.top).map((b) => b.text)).not.toContain('Start a Mingwork meeting');
  });

  it('an occurrence of a series gets its own meeting, the series none', () => {
    const session = bench.session('alice@acme.example');
    const occurrence = '4f8h2j6l0n3p7r1t5v9b3d7f1h_20261130T130000Z';
    session.openEvent(occurrence);
    expect(joined(session)).toContain('belongs to this occurrence only');
    session.click('Start a Mingwork meeting');
    expect(joined(session)).toContain('You started this Mingwork meeting as the organizer.');
    const step = session.openEvent('4f8h2j6l0n3p7r1t5v9b3d7f1h_20261207T130000Z');
    expect(buttonsIn(session.top).map((b) => b.text)).toContain('Start a Mingwork meeting');
    expect(step.fetches).toHaveLength(1);
  });

  it('an event with 243 guests: the card lists 20 and counts the rest; the start names them all', () => {
    const session = bench.session('alice@acme.example');
    session.openEvent('8b2d6f0h4j8l2n6p0r4t8v2c6e');
    expect(sectionHeaders(session.top)).toContain('Guests (243)');
    expect(joined(session)).toContain('and 223 more');
    const step = session.click('Start a Mingwork meeting');
    const body = JSON.parse(step.fetches[0]!.requestBody) as { guestDigests: string[] };
    expect(body.guestDigests).toHaveLength(243);
  });

  it('a hidden guest list: the guest sees only themselves and is told', () => {
    const session = bench.session('alice@acme.example');
    session.openEvent('1c5e9g3i7k1m5o9q3s7u1a5c9e');
    expect(sectionHeaders(session.top)).toContain('Guests (1)');
    expect(joined(session)).toContain('The organizer hides the guest list.');
    expect(joined(session)).toContain('only you will see a meeting you start');
  });

  it('an unsaved event: asks to save first, with no call', () => {
    const session = bench.session('alice@acme.example');
    const event = calendarEventOpenEvent({
      user: world.user('alice@acme.example'),
      now: NOW,
      world,
      access: 'READ',
    });
    const step = session.sandbox.invoke('onCalendarEventOpen', event);
    expect(JSON.stringify(step.response)).toContain('Save this event first');
    expect(step.trace.filter((entry) => entry.kind === 'urlfetch')).toEqual([]);
  });

  it('all of these sent and logged no Google data either', () => {
    expect(
      leaks(
        bench.sessions.flatMap((session) => session.steps),
        world,
      ),
    ).toEqual([]);
  });
});
