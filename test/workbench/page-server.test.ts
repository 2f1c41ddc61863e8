/**
 * The workbench page's API: what the page shows for a user, runs of the bundle, and clear
 * 400/404 answers for requests that name things that do not exist.
 */
import { loadWorld } from '../../src/workbench/fixtures/load-world';
import { sampleWorld } from '../../src/workbench/fixtures/sample-world';
import { createPageApi } from '../../src/workbench/page-api';
import { startWorkbenchServer, type WorkbenchServer } from '../../src/workbench/server';
import { NOW, UNUSED_IDENTITY } from '../helpers/workbench/context';

let server: WorkbenchServer;
let api: ReturnType<typeof createPageApi>;

beforeAll(async () => {
  const world = loadWorld(sampleWorld, NOW);
  api = createPageApi({
    world,
    backendUrl: 'http://127.0.0.1:9',
    identity: UNUSED_IDENTITY,
    now: NOW,
    defaultUser: 'alice@acme.example',
  });
  server = await startWorkbenchServer(api, 0);
});

afterAll(async () => {
  await server.close();
  await api.close();
});

async function post(path: string, body: unknown) {
  const response = await fetch(server.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as { message?: string; response?: unknown },
  };
}

const invoke = (overrides: Record<string, unknown>) =>
  post('/api/invoke', {
    user: 'alice@acme.example',
    host: 'calendar',
    functionName: 'onCalendarHomepage',
    ...overrides,
  });

describe('workbench page API', () => {
  it('serves the page and the signed-in user view of Calendar and Drive', async () => {
    const page = await fetch(server.url + '/');
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('Mingwork workbench');

    const world = (await (
      await fetch(`${server.url}/api/world?user=carol@globex.example`)
    ).json()) as {
      user: string;
      events: { title: string }[];
      files: { title: string }[];
      openLinkUrlPrefixes: string[];
    };
    expect(world.user).toBe('carol@globex.example');
    expect(world.events.map((e) => e.title)).toContain('Globex contract review');
    expect(world.events.map((e) => e.title)).not.toContain('Hiring debrief');
    expect(world.files.map((f) => f.title)).not.toContain('Q4 budget');
    expect(world.openLinkUrlPrefixes).toContain('https://drive.google.com/');
  });

  it('runs a trigger of the built bundle and returns its card', async () => {
    const { status, body } = await invoke({});
    expect(status).toBe(200);
    expect(JSON.stringify(body.response)).toContain('Your week in Mingwork');
  });

  it.each([
    [
      'an unknown event',
      { functionName: 'onCalendarEventOpen', eventId: 'nope' },
      400,
      /no event nope/,
    ],
    [
      'an unknown file',
      { host: 'drive', functionName: 'onDriveItemsSelected', fileIds: ['nope'] },
      400,
      /no file nope/,
    ],
    ['an unknown user', { user: 'mallory@evil.example' }, 400, /no user/],
    [
      'a function the bundle lacks',
      { functionName: 'doesNotExist' },
      404,
      /no function doesNotExist/,
    ],
    ['a bad host', { host: 'gmail' }, 400, /host must be/],
  ])('answers %s with a clear error', async (_label, overrides, status, message) => {
    const answer = await invoke(overrides);
    expect(answer.status).toBe(status);
    expect(answer.body.message).toMatch(message);
  });

  it('answers malformed JSON with 400', async () => {
    const answer = await post('/api/invoke', '{not json');
    expect(answer.status).toBe(400);
    expect(answer.body.message).toMatch(/not valid JSON/);
  });
});
