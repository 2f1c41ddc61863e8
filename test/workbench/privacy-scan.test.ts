/**
 * The privacy scan the flow tests rely on (test/helpers/workbench/privacy.ts) must find Google
 * data however it was sent: in a URL (encoded), a header, a JSON body or a log line.
 */
import { loadWorld } from '../../src/workbench/fixtures/load-world';
import { sampleWorld } from '../../src/workbench/fixtures/sample-world';
import type { LogEntry, TraceEntry } from '../../src/workbench/gas/trace';
import { googleSecrets, leaks } from '../helpers/workbench/privacy';
import { NOW } from '../helpers/workbench/context';

const world = loadWorld(sampleWorld, NOW);
const sync = world.findEvent('3k9v2q7m1c5h8d0f4a6b2e9g1j')!;

function request(fields: { url?: string; headers?: Record<string, string>; body?: string }) {
  const entry: TraceEntry = {
    kind: 'urlfetch',
    method: 'post',
    url: fields.url ?? 'http://127.0.0.1:8787/v1/meetings/lookup',
    requestHeaders: fields.headers ?? { Authorization: 'Bearer [redacted]' },
    requestBytes: 0,
    requestBody: fields.body ?? '',
    status: 200,
  };
  return { trace: [entry], logs: [] as LogEntry[] };
}

describe('the privacy scan', () => {
  it('knows titles, descriptions, places, times, and every guest’s and organizer’s email and name', () => {
    const texts = googleSecrets(world).map((secret) => secret.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Weekly product sync',
        'Roadmap, blockers, demos.',
        'Room Hopper',
        sync.start.toISOString(),
        'bob@acme.example',
        'Bob Chen',
        'Colleague 042',
        'Roadmap 2027',
      ]),
    );
  });

  it.each([
    [
      'an encoded title in a URL',
      request({ url: `http://x/v1/find?q=${encodeURIComponent('Weekly product sync')}` }),
    ],
    ['a guest email in a header', request({ headers: { 'X-Guest': 'Bob@Acme.example' } })],
    [
      'a description in a JSON body',
      request({ body: JSON.stringify({ note: 'Roadmap, blockers, demos.' }) }),
    ],
    [
      'a start time without milliseconds',
      request({ body: sync.start.toISOString().replace('.000Z', 'Z') }),
    ],
    [
      'an organizer name in a log line',
      {
        trace: [] as TraceEntry[],
        logs: [{ level: 'info' as const, message: 'opened by Alice Martin' }],
      },
    ],
  ])('finds %s', (_what, invocation) => {
    expect(leaks([invocation], world)).not.toEqual([]);
  });

  it('lets event IDs, digests, Drive links and typed content through', () => {
    const clean = request({
      url: `http://x/v1/events/${sync.id}_20261201T090000Z/meeting`,
      headers: { 'X-Mingwork-Organizer': `${'a'.repeat(43)}.${'b'.repeat(43)}` },
      body: JSON.stringify({
        eventIds: [sync.id],
        url: 'https://drive.google.com/open?id=1Qx7Rk2mZp9TfLw3Vb8Nc5Hy0Ud4Se6Ja',
        body: 'Agenda: budget',
      }),
    });
    expect(leaks([clean], world)).toEqual([]);
  });
});
