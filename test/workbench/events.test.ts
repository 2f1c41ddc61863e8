import {
  calendarEventOpenEvent,
  cardActionEvent,
  driveItemsSelectedEvent,
  homepageEvent,
} from '../../src/workbench/events';
import { loadWorld } from '../../src/workbench/fixtures/load-world';
import { sampleWorld } from '../../src/workbench/fixtures/sample-world';
import { NOW } from '../helpers/workbench/context';
import { describeConformance, EVENT_OBJECT } from '../helpers/workbench/schemas';

const world = loadWorld(sampleWorld, NOW);
const alice = world.user('alice@acme.example');
const who = { user: alice, now: NOW };
const SYNC = '3k9v2q7m1c5h8d0f4a6b2e9g1j';

describe('event objects', () => {
  test('the common part carries host, locale and the user’s time zone with its offset', () => {
    expect(homepageEvent('CALENDAR', who).commonEventObject).toEqual({
      hostApp: 'CALENDAR',
      platform: 'WEB',
      userLocale: 'en',
      timeZone: { id: 'Europe/Paris', offset: 3_600_000 },
    });
  });

  test('guests and organizer are present only when currentEventAccess allows reading', () => {
    const metadata = calendarEventOpenEvent({
      ...who,
      world,
      eventId: SYNC,
      access: 'METADATA',
    }).calendar!;
    expect(metadata).toEqual({
      id: SYNC,
      calendarId: 'alice@acme.example',
      capabilities: {
        canSeeAttendees: false,
        canAddAttendees: false,
        canSeeConferenceData: false,
        canSetConferenceData: false,
      },
    });
    const read = calendarEventOpenEvent({ ...who, world, eventId: SYNC, access: 'READ' }).calendar!;
    expect(read.organizer).toEqual({ email: 'alice@acme.example' });
    expect(read.attendees).toContainEqual(
      expect.objectContaining({
        email: 'bob@acme.example',
        responseStatus: 'accepted',
        self: false,
      }),
    );
  });

  test('an unsaved event has no id', () => {
    expect(calendarEventOpenEvent({ ...who, world, access: 'READ' }).calendar).not.toHaveProperty(
      'id',
    );
  });

  test('Drive selections say whether the add-on may open each file', () => {
    const { drive } = driveItemsSelectedEvent({
      ...who,
      world,
      fileIds: ['1Qx7Rk2mZp9TfLw3Vb8Nc5Hy0Ud4Se6Ja', '1Bu4Dg7Et2Fh9Gj3Hk6Jl1Km8Ln5Mp0Nq'],
    });
    const selected = drive!.selectedItems as {
      title: string;
      addonHasFileScopePermission: boolean;
    }[];
    expect(selected.map((item) => [item.title, item.addonHasFileScopePermission])).toEqual([
      ['Roadmap 2027', true],
      ['Q4 budget', false],
    ]);
    expect(drive!.activeCursorItem).toEqual(selected[0]);
  });

  test('card actions carry V8-shaped formInputs and string parameters', () => {
    const event = cardActionEvent({
      ...who,
      hostApp: 'CALENDAR',
      formInputs: {
        title: 'Budget',
        roles: ['reader', 'writer'],
        when: { dateTime: NOW },
        at: { time: { hours: 9, minutes: 30 } },
      },
      parameters: { meetingId: 'm1' },
    });
    expect(event.commonEventObject.formInputs).toEqual({
      title: { stringInputs: { value: ['Budget'] } },
      roles: { stringInputs: { value: ['reader', 'writer'] } },
      when: { dateTimeInput: { msSinceEpoch: NOW.getTime(), hasDate: true, hasTime: true } },
      at: { timeInput: { hours: 9, minutes: 30 } },
    });
    expect(event.commonEventObject.parameters).toEqual({ meetingId: 'm1' });
  });
});

describeConformance('event objects conform to Google’s event schemas', (schemas) => {
  test('homepage, event open, items selected and card action events', () => {
    const events = [
      homepageEvent('DRIVE', who),
      calendarEventOpenEvent({ ...who, world, eventId: SYNC, access: 'READ' }),
      driveItemsSelectedEvent({ ...who, world, fileIds: ['1Qx7Rk2mZp9TfLw3Vb8Nc5Hy0Ud4Se6Ja'] }),
      cardActionEvent({
        ...who,
        hostApp: 'DRIVE',
        formInputs: { day: { date: NOW } },
        parameters: { a: 'b' },
      }),
    ];
    for (const event of events) expect(schemas().errors(EVENT_OBJECT, event)).toEqual([]);
  });
});
