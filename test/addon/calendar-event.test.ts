/**
 * The event card through the real bundle: the title and time are read in place and shown
 * in the user's language and time zone; an unsaved event gets a card, not an exception.
 */
import { calendarEventOpenEvent } from '../../src/workbench/events';
import { loadWorld } from '../../src/workbench/fixtures/load-world';
import { sampleWorld } from '../../src/workbench/fixtures/sample-world';
import { createSandbox, type Sandbox } from '../../src/workbench/sandbox';
import { NOW, UNUSED_IDENTITY } from '../helpers/workbench/context';

const world = loadWorld(sampleWorld, NOW);
const sandboxes: Sandbox[] = [];

afterAll(() => Promise.all(sandboxes.map((sandbox) => sandbox.close())));

function openEvent(email: string, eventId: string | undefined): string {
  const sandbox = createSandbox({
    world,
    user: email,
    backendUrl: 'http://127.0.0.1:9',
    identity: UNUSED_IDENTITY,
    now: NOW,
  });
  sandboxes.push(sandbox);
  const user = world.user(email);
  const { response } = sandbox.invoke(
    'onCalendarEventOpen',
    calendarEventOpenEvent({ world, user, now: NOW, eventId, access: 'READ' }),
  );
  return JSON.stringify(response);
}

function clock(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).format(
    date,
  );
}

describe('Calendar event card', () => {
  const sync = world.events.find((event) => event.summary === 'Weekly product sync')!;

  it('shows the title and the start time in the user time zone, in English', () => {
    const card = openEvent('alice@acme.example', sync.id);
    expect(card).toContain('Weekly product sync');
    expect(card).toContain(clock(sync.start, 'Europe/Paris'));
  });

  it('shows the same event in Simplified Chinese and Shanghai time for a zh-CN user', () => {
    const card = openEvent('bob@acme.example', sync.id);
    expect(card).toContain('"topLabel":"时间"');
    expect(card).toContain(clock(sync.start, 'Asia/Shanghai'));
    expect(clock(sync.start, 'Asia/Shanghai')).not.toBe(clock(sync.start, 'Europe/Paris'));
  });

  it('shows an error card with Retry, not an exception, when Calendar cannot read the event', () => {
    const sandbox = createSandbox({
      world,
      user: 'alice@acme.example',
      backendUrl: 'http://127.0.0.1:9',
      now: NOW,
    });
    sandboxes.push(sandbox);
    const event = calendarEventOpenEvent({
      world,
      user: world.user('alice@acme.example'),
      now: NOW,
      eventId: sync.id,
    });
    event.calendar = { ...event.calendar, id: 'deleted-meanwhile' };
    const card = JSON.stringify(sandbox.invoke('onCalendarEventOpen', event).response);
    expect(card).toContain('could not read this event');
    expect(card).toMatch(/"text":"Retry".*"function":"onShowMeeting".*"persistValues":true/);
  });

  it('asks to save an event that has no id yet', () => {
    expect(openEvent('alice@acme.example', undefined)).toContain('Save this event first');
  });
});
