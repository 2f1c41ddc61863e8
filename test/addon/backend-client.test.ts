/**
 * The add-on's backend client running on the Apps Script fakes against the real backend
 * (in its own process, since UrlFetchApp blocks this thread) with tokens from the local
 * issuer: what a user of the sidebar depends on for every backend call.
 */
import { guestDigest as backendGuestDigest } from '../../src/backend/crypto/guest-digest';
import { BackendError, callBackend, callBackendAll } from '../../src/addon/backend/client';
import { guestDigests } from '../../src/addon/google/guests';
import type { MeetingView, MeView } from '../../src/shared/contract';
import type { TraceEntry, UrlFetchTraceEntry } from '../../src/workbench/gas/trace';
import { BlockingHttpClient } from '../../src/workbench/gas/url-fetch/blocking-http';
import { installAppsScriptGlobals } from '../helpers/addon/apps-script-globals';
import { useBackendWithIssuer } from '../helpers/addon/backend-with-issuer';

const AUDIENCE = 'mingwork-client-test';

const running = useBackendWithIssuer('client', AUDIENCE);
let http: BlockingHttpClient;
let trace: TraceEntry[];

beforeAll(() => {
  http = new BlockingHttpClient();
});

afterAll(() => http?.close());

function signIn(email: string, backendUrl = running.backend.url): void {
  trace = installAppsScriptGlobals({
    email,
    http,
    identity: running.issuer,
    scriptProperties: { MINGWORK_BACKEND_URL: backendUrl },
  });
}

const fetches = () =>
  trace.filter((entry): entry is UrlFetchTraceEntry => entry.kind === 'urlfetch');

let eventsCreated = 0;

/** Each test meets on an event of its own, so none depends on what another left behind. */
function newEventId(): string {
  eventsCreated += 1;
  return `3k9v2q7m1c5h8d0f4a6b2e9g${eventsCreated}`;
}

function startMeeting(eventId: string, guests: string[], idempotencyKey?: string): MeetingView {
  return callBackend<MeetingView>({
    method: 'post',
    path: '/v1/meetings',
    body: { eventId, guestDigests: guestDigests(eventId, guests) },
    idempotencyKey,
  });
}

describe('backend client', () => {
  it('signs calls with the user ID token and reads JSON', () => {
    signIn('alice@acme.example');
    const me = callBackend<MeView>({ method: 'get', path: '/v1/me' });
    expect(me.user.email).toBe('alice@acme.example');
    expect(fetches()[0]?.requestHeaders.Authorization).toBe('Bearer [redacted]');
  });

  it('sends guests only as digests the backend can match, and lets in exactly those guests', () => {
    const eventId = newEventId();
    signIn('alice@acme.example');
    const meeting = startMeeting(eventId, ['Bob@Acme.example', 'alice@acme.example']);
    expect(meeting.meeting.ownedByMe).toBe(true);
    const body = fetches()[0]!.requestBody;
    expect(body).not.toMatch(/bob|alice|acme/i);
    expect(guestDigests(eventId, ['bob@acme.example'])[0]).toBe(
      backendGuestDigest(eventId, 'bob@acme.example'),
    );

    signIn('bob@acme.example');
    const seen = callBackend<MeetingView>({ method: 'get', path: `/v1/events/${eventId}/meeting` });
    expect(seen.meeting.id).toBe(meeting.meeting.id);
    expect(seen.access.role).toBe('guest');

    signIn('carol@globex.example');
    expect(() => callBackend({ method: 'get', path: `/v1/events/${eventId}/meeting` })).toThrow(
      expect.objectContaining({ code: 'not_found', status: 404 }),
    );
  });

  it('marks every write with an Idempotency-Key, reusing the one given for a retry', () => {
    const eventId = newEventId();
    signIn('alice@acme.example');
    const first = startMeeting(eventId, ['bob@acme.example'], 'retry-1');
    const again = startMeeting(eventId, ['bob@acme.example'], 'retry-1');
    expect(again.meeting.id).toBe(first.meeting.id);
    const keys = fetches().map((entry) => entry.requestHeaders['Idempotency-Key']);
    expect(keys).toEqual(['retry-1', 'retry-1']);
    callBackend({
      method: 'post',
      path: `/v1/meetings/${first.meeting.id}/messages`,
      body: { body: 'hi' },
    });
    expect(fetches()[2]?.requestHeaders['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('turns error answers into BackendError with the contract code and message', () => {
    signIn('alice@acme.example');
    let error: unknown;
    try {
      callBackend({
        method: 'post',
        path: '/v1/meetings/lookup',
        body: { eventIds: 'not a list' },
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BackendError);
    expect(error).toMatchObject({ code: 'bad_request', status: 400, retryable: false });
    expect((error as Error).message).toMatch(/eventIds/);
  });

  it('reports an unreachable backend as unavailable and worth a retry', () => {
    signIn('alice@acme.example', 'http://127.0.0.1:1');
    expect(() => callBackend({ method: 'get', path: '/v1/me' })).toThrow(
      expect.objectContaining({ code: 'unavailable', retryable: true }),
    );
  });

  it('serves repeated reads from the user cache until a write changes things', () => {
    const eventId = newEventId();
    signIn('alice@acme.example');
    const { meeting } = startMeeting(eventId, []);
    const read = () =>
      callBackend<MeetingView>({
        method: 'get',
        path: `/v1/events/${eventId}/meeting`,
        cacheSeconds: 60,
      });
    const started = fetches().length;
    read();
    read();
    expect(fetches()).toHaveLength(started + 1);
    callBackend({
      method: 'post',
      path: `/v1/meetings/${meeting.id}/agenda`,
      body: { title: 'Budget' },
    });
    const after = read();
    expect(fetches()).toHaveLength(started + 3);
    expect(after.agenda.map((item) => item.title)).toContain('Budget');
  });

  it('runs independent calls in parallel and returns each result or error in order', () => {
    signIn('alice@acme.example');
    const [me, missing] = callBackendAll<[MeView, MeetingView]>([
      { method: 'get', path: '/v1/me' },
      { method: 'get', path: '/v1/events/no-such-event/meeting' },
    ]);
    expect((me as MeView).user.email).toBe('alice@acme.example');
    expect(missing).toBeInstanceOf(BackendError);
    expect(missing).toMatchObject({ code: 'not_found' });
    expect(fetches()).toHaveLength(2);
  });
});
