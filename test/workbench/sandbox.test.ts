import { createRemoteJWKSet, jwtVerify } from 'jose';
import {
  calendarEventOpenEvent,
  driveItemsSelectedEvent,
  homepageEvent,
  type EventObject,
} from '../../src/workbench/events';
import { loadWorld } from '../../src/workbench/fixtures/load-world';
import { sampleWorld } from '../../src/workbench/fixtures/sample-world';
import { startLocalIssuer, type LocalIssuer } from '../../src/workbench/identity';
import { entryPoints, type EntryPoint } from '../../src/workbench/manifest';
import { createSandbox, ExecutionError, type Sandbox } from '../../src/workbench/sandbox';
import { callbacksNamedIn, textsShownIn } from '../helpers/addon/card-json';
import { NOW, UNUSED_IDENTITY } from '../helpers/workbench/context';
import { CARD, describeConformance, RENDER_ACTION } from '../helpers/workbench/schemas';
import { scratchBundle, textCard } from '../helpers/workbench/scratch-bundle';
import { startServerProcess, type ServerProcess } from '../helpers/workbench/server-process';

const ROADMAP = '1Qx7Rk2mZp9TfLw3Vb8Nc5Hy0Ud4Se6Ja';
const BUDGET = '1Bu4Dg7Et2Fh9Gj3Hk6Jl1Km8Ln5Mp0Nq';
const FOLDER = '1Fo9Ld3Er5Wq7Ty2Ui4Op6As8Df0Gh1Jk';
const SYNC = '3k9v2q7m1c5h8d0f4a6b2e9g1j';

const world = loadWorld(sampleWorld, NOW);
const alice = world.user('alice@acme.example');
const sandboxes: Sandbox[] = [];

function sandbox(options: Partial<Parameters<typeof createSandbox>[0]> = {}): Sandbox {
  const created = createSandbox({
    world,
    user: alice.email,
    backendUrl: 'https://api.mingwork.club/',
    now: NOW,
    ...options,
  });
  sandboxes.push(created);
  return created;
}

afterAll(() => Promise.all(sandboxes.map((created) => created.close())));

/**
 * What alice reads on each universal action's card while the backend does not answer (the
 * flows against a real backend are in test/addon/privacy-admin.test.ts). A new universal
 * action fails the test until it says here what its card shows.
 */
const UNIVERSAL_ACTION_SHOWS: Record<string, string> = {
  onAccountAction: 'alice@acme.example',
  onPrivacyAction: 'The Mingwork service is not answering right now.',
  onAdminAction: 'The Mingwork service is not answering right now.',
};

/**
 * Realistic events for each kind of entry point, as Google would send them, with a text the
 * user must find on the card the add-on answers with.
 */
function eventsFor(
  entry: EntryPoint,
  access: Parameters<typeof calendarEventOpenEvent>[0]['access'],
): [situation: string, event: EventObject, shows: string][] {
  const who = { user: alice, now: NOW };
  switch (entry.kind) {
    case 'commonHomepage':
      return [
        ['in Calendar', homepageEvent('CALENDAR', who), 'Welcome to Mingwork'],
        ['in Drive', homepageEvent('DRIVE', who), 'Welcome to Mingwork'],
      ];
    case 'universalAction': {
      const shows = UNIVERSAL_ACTION_SHOWS[entry.functionName] ?? 'no text given for this action';
      return [
        ['in Calendar', homepageEvent('CALENDAR', who), shows],
        ['in Drive', homepageEvent('DRIVE', who), shows],
      ];
    }
    case 'calendarHomepage':
      return [['', homepageEvent('CALENDAR', who), 'Your week in Mingwork']];
    case 'driveHomepage':
      return [['', homepageEvent('DRIVE', who), 'Select one or more files to share them']];
    case 'calendarEventOpen':
    case 'calendarEventUpdate':
      return [
        [
          'for a saved event',
          calendarEventOpenEvent({ ...who, world, eventId: SYNC, access }),
          'Weekly product sync',
        ],
        [
          'for an unsaved event',
          calendarEventOpenEvent({ ...who, world, access }),
          'Save this event first',
        ],
      ];
    case 'driveItemsSelected':
      // The add-on's Drive feature is a placeholder that counts the selection; the request
      // for a file grant is shown with a hand-made bundle below.
      return [
        [
          'for a granted file',
          driveItemsSelectedEvent({ ...who, world, fileIds: [ROADMAP] }),
          '1 file(s) selected.',
        ],
        [
          'for a file without a grant and a folder',
          driveItemsSelectedEvent({ ...who, world, fileIds: [BUDGET, FOLDER] }),
          '2 file(s) selected.',
        ],
      ];
  }
}

describe('the built add-on runs in the sandbox', () => {
  const addOn = sandbox({ backendUrl: 'http://127.0.0.1:9', identity: UNUSED_IDENTITY });
  const access = addOn.manifest.addOns?.calendar?.currentEventAccess;
  const cases = entryPoints(addOn.manifest).flatMap((entry) =>
    eventsFor(entry, access).map(
      ([situation, event, shows]) =>
        [`${entry.functionName} ${situation}`.trim(), entry, event, shows] as const,
    ),
  );

  test('the manifest names the triggers and universal actions the bundle defines', () => {
    const defined = addOn.functionNames();
    expect(cases.length).toBeGreaterThanOrEqual(6);
    for (const entry of entryPoints(addOn.manifest)) expect(defined).toContain(entry.functionName);
  });

  test.each(cases)(
    '%s shows the user its card, whose callbacks exist',
    (_name, entry, event, shows) => {
      const { response } = addOn.invoke(entry.functionName, event);
      expect(textsShownIn(response).join('\n')).toContain(shows);
      for (const callback of callbacksNamedIn(response))
        expect(addOn.functionNames()).toContain(callback);
    },
  );

  describeConformance('every response validates against Google’s schemas', (schemas) => {
    test.each(cases)('%s', (_name, entry, event) => {
      const { response } = addOn.invoke(entry.functionName, event);
      const cards = Array.isArray(response) ? response : [response];
      for (const json of cards) {
        const isCard = typeof json === 'object' && json !== null && 'sections' in json;
        expect(schemas().errors(isCard ? CARD : RENDER_ACTION, json)).toEqual([]);
      }
    });
  });

  test('opening an event reads it in place with Calendar and shows it in the user’s time zone', () => {
    const { response, trace } = addOn.invoke(
      'onCalendarEventOpen',
      calendarEventOpenEvent({ user: alice, now: NOW, world, eventId: SYNC, access }),
    );
    expect(JSON.stringify(response)).toContain('Weekly product sync');
    expect(JSON.stringify(response)).toContain('10:00'); // 09:00 UTC in Paris
    expect(trace).toContainEqual(
      expect.objectContaining({ kind: 'calendar', method: 'Events.get', status: 200 }),
    );
  });
});

describe('the sandbox behaves like an Apps Script execution', () => {
  test('the script sees only the fakes and JavaScript built-ins', () => {
    const probe = sandbox({
      bundlePath: scratchBundle(
        `function probe() { return ${textCard("[typeof require, typeof process, typeof Buffer, typeof setTimeout, typeof fetch, typeof CardService, typeof UrlFetchApp, typeof JSON].join(',')")}; }`,
      ),
    });
    const { response } = probe.invoke('probe', {});
    expect(JSON.stringify(response)).toContain(
      'undefined,undefined,undefined,undefined,undefined,object,object,object',
    );
  });

  test('each invocation starts from a fresh global scope; caches persist', () => {
    const counter = sandbox({
      bundlePath: scratchBundle(
        `var count = 0;
         function bump() {
           count += 1;
           var cache = CacheService.getUserCache();
           var cached = Number(cache.get('n') || 0) + 1;
           cache.put('n', String(cached));
           return ${textCard("count + '/' + cached")};
         }`,
      ),
    });
    counter.invoke('bump', {});
    expect(JSON.stringify(counter.invoke('bump', {}).response)).toContain('1/2');
  });

  test('new Date() in the script is the sandbox clock, and fake errors are the script’s own Errors', () => {
    const script = sandbox({
      now: new Date('2030-01-02T03:04:05Z'),
      bundlePath: scratchBundle(
        `function check() {
           var caught;
           try { CardService.newCardBuilder().build(); } catch (e) { caught = e; }
           return ${textCard("new Date().toISOString() + ' ' + (caught instanceof Error) + ' ' + caught.name")};
         }`,
      ),
    });
    expect(JSON.stringify(script.invoke('check', {}).response)).toContain(
      '2030-01-02T03:04:05.000Z true Exception',
    );
  });

  test('a callback that runs too long is stopped with Apps Script’s message', () => {
    const spinning = sandbox({
      callbackTimeoutMs: 200,
      bundlePath: scratchBundle('function spin() { for (;;) {} }'),
    });
    expect(() => spinning.invoke('spin', {})).toThrow(
      new ExecutionError('Exceeded maximum execution time', 'Error', [], []),
    );
  });

  test('calling a service the workbench does not fake names it in the error, with the trace so far', () => {
    const script = sandbox({
      bundlePath: scratchBundle(
        `function useCalendarApp() { Calendar.Events.get('primary', '${SYNC}'); CalendarApp.getDefaultCalendar(); }`,
      ),
    });
    try {
      script.invoke('useCalendarApp', {});
      throw new Error('expected a failure');
    } catch (error) {
      expect(error).toBeInstanceOf(ExecutionError);
      expect((error as ExecutionError).message).toBe(
        'CalendarApp.getDefaultCalendar is not implemented by the workbench',
      );
      expect((error as ExecutionError).trace).toHaveLength(1);
    }
  });

  test('a selection without a grant: the script asks Drive for the file, never the folder, then reads it', () => {
    // The add-on's Drive feature does not ask for grants yet; this bundle does what it will.
    const ownWorld = loadWorld(sampleWorld, NOW); // the grant below must not leak into other tests
    const script = sandbox({
      world: ownWorld,
      bundlePath: scratchBundle(
        `function onSelect(e) {
           var files = e.drive.selectedItems.filter(function (item) {
             return item.mimeType !== 'application/vnd.google-apps.folder';
           });
           var missing = files.filter(function (item) { return !item.addonHasFileScopePermission; });
           if (missing.length > 0) {
             return CardService.newDriveItemsSelectedActionResponseBuilder()
               .requestFileScope(missing[0].id).build();
           }
           return ${textCard("files.map(function (item) { return Drive.Files.get(item.id).name; }).join(' + ')")};
         }`,
      ),
    });
    const select = () =>
      script.invoke(
        'onSelect',
        driveItemsSelectedEvent({
          user: alice,
          now: NOW,
          world: ownWorld,
          fileIds: [FOLDER, ROADMAP, BUDGET],
        }),
      ).response;

    expect(select()).toEqual({
      hostAppAction: { driveAction: { requestFileScope: { itemId: BUDGET } } },
    });
    ownWorld.grantFileScope(alice.email, BUDGET); // what Drive's consent dialog does
    expect(textsShownIn(select())).toEqual(['Roadmap 2027 + Q4 budget']);
  });

  test('an unknown function is reported as Apps Script does', () => {
    expect(() => sandbox().invoke('onNothing', {})).toThrow('Script function not found: onNothing');
  });
});

describe('the script talks to a backend with the user’s ID token', () => {
  let server: ServerProcess;
  let issuer: LocalIssuer;

  beforeAll(async () => {
    [server, issuer] = await Promise.all([
      startServerProcess(),
      startLocalIssuer({ audience: 'mingwork-script' }),
    ]);
  });

  afterAll(async () => {
    await server.stop();
    await issuer.close();
  });

  test('Authorization: Bearer ScriptApp.getIdentityToken() reaches the server and verifies', async () => {
    const script = sandbox({
      backendUrl: server.baseUrl,
      identity: issuer,
      bundlePath: scratchBundle(
        `function callBackend() {
           var base = PropertiesService.getScriptProperties().getProperty('MINGWORK_BACKEND_URL');
           var response = UrlFetchApp.fetch(base + '/echo', {
             method: 'post',
             contentType: 'application/json',
             payload: JSON.stringify({ eventIds: ['${SYNC}'] }),
             headers: { Authorization: 'Bearer ' + ScriptApp.getIdentityToken() },
             muteHttpExceptions: true,
           });
           return ${textCard('JSON.parse(response.getContentText()).headers.authorization')};
         }`,
        { timeZone: 'Etc/UTC', urlFetchWhitelist: ['https://api.mingwork.club/'] },
      ),
    });
    const { response, trace } = script.invoke('callBackend', {});
    const authorization = /Bearer ([\w.-]+)/.exec(JSON.stringify(response))![1]!;
    const { payload } = await jwtVerify(
      authorization,
      createRemoteJWKSet(new URL(issuer.jwksUrl)),
      {
        issuer: issuer.issuer,
        audience: 'mingwork-script',
      },
    );
    expect(payload.email).toBe('alice@acme.example');
    expect(trace).toEqual([
      expect.objectContaining({
        kind: 'urlfetch',
        method: 'POST',
        url: `${server.baseUrl}/echo`,
        status: 200,
        requestBody: `{"eventIds":["${SYNC}"]}`,
      }),
    ]);
  });
});
