import { createCalendar } from '../../src/workbench/gas/advanced/calendar';
import { createDrive } from '../../src/workbench/gas/advanced/drive';
import type { Trace } from '../../src/workbench/gas/trace';
import { NOW, testContext } from '../helpers/workbench/context';

const ROADMAP = '1Qx7Rk2mZp9TfLw3Vb8Nc5Hy0Ud4Se6Ja'; // alice owns it and granted the add-on
const BUDGET = '1Bu4Dg7Et2Fh9Gj3Hk6Jl1Km8Ln5Mp0Nq'; // alice owns it, not granted
const GLOBEX_MSA = '1Ct5Vy8Wz3Xa6Yb9Zc2Ad4Be7Cf0Dg1Eh'; // carol's, alice may only read
const SYNC = '3k9v2q7m1c5h8d0f4a6b2e9g1j';
const DAY = 86_400_000;

function permissionCreates(trace: Trace) {
  return trace.flatMap((entry) =>
    entry.kind === 'drive' && entry.method === 'Permissions.create' ? [entry] : [],
  );
}

describe('Calendar advanced service fake', () => {
  test('Events.get returns the event with guests and RSVPs, and traces the call', () => {
    const context = testContext();
    const event = createCalendar(context).Events!.get('primary', SYNC);
    expect(event.summary).toBe('Weekly product sync');
    expect(event.start?.dateTime).toBe('2026-12-01T09:00:00Z');
    expect(
      event.attendees?.map((guest) => [guest.email, guest.responseStatus, guest.self ?? false]),
    ).toEqual([
      ['alice@acme.example', 'accepted', true],
      ['bob@acme.example', 'accepted', false],
    ]);
    expect(context.trace).toEqual([
      {
        kind: 'calendar',
        method: 'Events.get',
        args: { calendarId: 'primary', eventId: SYNC },
        status: 200,
      },
    ]);
  });

  test('an event not on the user’s calendar, or another user’s calendar, is Not Found', () => {
    const calendar = createCalendar(testContext({ email: 'carol@globex.example' }));
    expect(() => calendar.Events!.get('primary', SYNC)).toThrow(
      'API call to calendar.events.get failed with error: Not Found',
    );
    expect(() => calendar.Events!.get('alice@acme.example', SYNC)).toThrow('Not Found');
  });

  test('Events.list returns events overlapping [timeMin, timeMax) in start order', () => {
    const calendar = createCalendar(testContext());
    const list = calendar.Events!.list('primary', {
      timeMin: new Date(NOW.getTime() + DAY).toISOString(),
      timeMax: new Date(NOW.getTime() + 3 * DAY).toISOString(),
      singleEvents: true,
      orderBy: 'startTime',
    });
    // The cancelled "Vendor call" in the same window is left out.
    expect(list.items?.map((event) => event.summary)).toEqual([
      'Weekly product sync',
      'Globex contract review',
      'All-hands',
    ]);
  });

  test('Events.list refuses timeMin/timeMax that are not RFC 3339 with an offset with a 400', () => {
    const context = testContext();
    const calendar = createCalendar(context);
    for (const timeMin of [
      'garbage',
      '2026-12-01T00:00:00',
      '2026-12-01',
      '2026-13-01T00:00:00Z',
    ]) {
      let error: unknown;
      try {
        calendar.Events!.list('primary', { timeMin });
      } catch (caught) {
        error = caught;
      }
      expect(error).toMatchObject({
        name: 'GoogleJsonResponseException',
        message: 'API call to calendar.events.list failed with error: Bad Request',
        details: { code: 400, message: 'Bad Request' },
      });
    }
    expect(() => calendar.Events!.list('primary', { timeMax: '2026-12-01 10:00' })).toThrow(
      'Bad Request',
    );
    expect(context.trace.map((entry) => entry.kind === 'calendar' && entry.status)).toEqual([
      400, 400, 400, 400, 400,
    ]);
    const offset = calendar.Events!.list('primary', {
      timeMin: '2026-12-01T10:30:00+01:00',
      timeMax: '2026-12-01T11:00:00.000+01:00',
    });
    expect(offset.items?.map((event) => event.summary)).toEqual(['Weekly product sync']);
  });

  test('Events.list pages with nextPageToken when maxResults cuts the list short', () => {
    const calendar = createCalendar(testContext());
    const all = calendar.Events!.list('primary').items!.map((event) => event.id);
    expect(all.length).toBeGreaterThan(2);
    const seen: (string | undefined)[] = [];
    let pageToken: string | undefined;
    let pages = 0;
    do {
      const page = calendar.Events!.list('primary', { maxResults: 2, pageToken });
      expect(page.items!.length).toBeLessThanOrEqual(2);
      seen.push(...page.items!.map((event) => event.id));
      pageToken = page.nextPageToken;
      pages += 1;
    } while (pageToken);
    expect(seen).toEqual(all);
    expect(pages).toBe(Math.ceil(all.length / 2));
    expect(calendar.Events!.list('primary')).not.toHaveProperty('nextPageToken');
    expect(() => calendar.Events!.list('primary', { pageToken: 'nonsense' })).toThrow(
      'Bad Request',
    );
  });

  test('ordering by start time without singleEvents fails as the API does; unknown options are refused', () => {
    const calendar = createCalendar(testContext());
    expect(() => calendar.Events!.list('primary', { orderBy: 'startTime' })).toThrow(
      'requested ordering is not available',
    );
    expect(() => calendar.Events!.list('primary', { q: 'sync' })).toThrow(
      'Calendar.Events.list option "q" is not implemented by the workbench',
    );
    expect(() => (calendar.Events as unknown as { watch(): void }).watch()).toThrow(
      'Calendar.Events.watch is not implemented by the workbench',
    );
  });
});

describe('Drive advanced service fake (drive.file scope)', () => {
  test('Files.get returns v3 default fields, or the fields asked for', () => {
    const drive = createDrive(testContext());
    expect(drive.Files!.get(ROADMAP)).toEqual({
      kind: 'drive#file',
      id: ROADMAP,
      name: 'Roadmap 2027',
      mimeType: 'application/vnd.google-apps.document',
    });
    expect(drive.Files!.get(ROADMAP, { fields: 'webViewLink,owners(emailAddress)' })).toEqual({
      webViewLink: `https://docs.google.com/document/d/${ROADMAP}/edit?usp=drivesdk`,
      owners: [{ emailAddress: 'alice@acme.example' }],
    });
  });

  test('a file the add-on was not granted is not found, until the user grants it', () => {
    const context = testContext();
    const drive = createDrive(context);
    expect(() => drive.Files!.get(BUDGET)).toThrow(
      `API call to drive.files.get failed with error: File not found: ${BUDGET}.`,
    );
    context.world.grantFileScope('alice@acme.example', BUDGET);
    expect(drive.Files!.get(BUDGET).name).toBe('Q4 budget');
  });

  test('Permissions.create shares with a guest; sharing again changes the role', () => {
    const context = testContext();
    const drive = createDrive(context);
    const created = drive.Permissions!.create(
      { type: 'user', role: 'commenter', emailAddress: 'carol@globex.example' },
      ROADMAP,
      {
        sendNotificationEmail: false,
      },
    );
    expect(created).toMatchObject({ kind: 'drive#permission', type: 'user', role: 'commenter' });
    drive.Permissions!.create(
      { type: 'user', role: 'writer', emailAddress: 'carol@globex.example' },
      ROADMAP,
    );
    const list = drive.Permissions!.list(ROADMAP, { fields: 'permissions(emailAddress,role)' });
    expect(list.permissions).toEqual([
      { emailAddress: 'alice@acme.example', role: 'owner' },
      { emailAddress: 'bob@acme.example', role: 'commenter' },
      { emailAddress: 'carol@globex.example', role: 'writer' },
    ]);
    expect(permissionCreates(context.trace).map((entry) => entry.args)).toEqual([
      {
        fileId: ROADMAP,
        role: 'commenter',
        emailAddress: 'carol@globex.example',
        sendNotificationEmail: false,
      },
      {
        fileId: ROADMAP,
        role: 'writer',
        emailAddress: 'carol@globex.example',
        sendNotificationEmail: true,
      },
    ]);
  });

  test('Permissions.create never lowers a role: the owner stays owner, a writer stays writer', () => {
    const context = testContext();
    const drive = createDrive(context);
    const share = (emailAddress: string, role: string) =>
      drive.Permissions!.create({ type: 'user', role, emailAddress }, ROADMAP, {
        fields: 'emailAddress,role',
      });
    expect(share('alice@acme.example', 'reader')).toEqual({
      emailAddress: 'alice@acme.example',
      role: 'owner',
    });
    share('carol@globex.example', 'writer');
    expect(share('Carol@globex.example', 'reader').role).toBe('writer');
    expect(share('bob@acme.example', 'writer').role).toBe('writer');
    expect(
      drive.Permissions!.list(ROADMAP, { fields: 'permissions(emailAddress,role)' }).permissions,
    ).toEqual([
      { emailAddress: 'alice@acme.example', role: 'owner' },
      { emailAddress: 'bob@acme.example', role: 'writer' },
      { emailAddress: 'carol@globex.example', role: 'writer' },
    ]);
    expect(permissionCreates(context.trace).map((entry) => entry.status)).toEqual([
      200, 200, 200, 200,
    ]);
  });

  test('a reader cannot share, and invalid roles are rejected', () => {
    const context = testContext();
    context.world.grantFileScope('alice@acme.example', GLOBEX_MSA);
    const drive = createDrive(context);
    expect(() =>
      drive.Permissions!.create(
        { type: 'user', role: 'reader', emailAddress: 'bob@acme.example' },
        GLOBEX_MSA,
      ),
    ).toThrow('The user does not have sufficient permissions for this file.');
    expect(() =>
      drive.Permissions!.create(
        { type: 'user', role: 'boss', emailAddress: 'bob@acme.example' },
        ROADMAP,
      ),
    ).toThrow('The provided role is invalid: boss');
  });

  test('Files.create makes a file the user owns and the add-on can read back', () => {
    const drive = createDrive(testContext());
    const file = drive.Files!.create({
      name: 'Mingwork export.json',
      mimeType: 'application/json',
    });
    expect(drive.Files!.get(file.id!, { fields: 'name,owners(me)' })).toEqual({
      name: 'Mingwork export.json',
      owners: [{ me: true }],
    });
  });
});
