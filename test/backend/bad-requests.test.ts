import { MAX_REQUEST_BYTES } from '../../src/shared/limits';
import { startBackend } from '../helpers/backend/app';
import { eachDatabase } from '../helpers/backend/databases';
import { alice, bob } from '../helpers/backend/identity';
import { startMeeting } from '../helpers/backend/meetings';
import { setUpSuite } from '../helpers/backend/suite';

describe.each(eachDatabase())('bad requests on %s', (_name, kind) => {
  const suite = setUpSuite(kind);

  async function post(url: string, body: string, contentType = 'application/json') {
    return suite.backend.request({
      method: 'POST',
      url,
      body,
      headers: {
        authorization: `Bearer ${await suite.idp.tokenFor(alice)}`,
        'content-type': contentType,
      },
    });
  }

  function expectErrorBody(body: unknown, error: string) {
    expect(body).toEqual({ error, message: expect.any(String) });
    expect(JSON.stringify(body)).not.toMatch(/\bat .+\.(ts|js):\d+/);
  }

  it('answers malformed JSON with 400', async () => {
    const response = await post('/v1/meetings', '{"eventId": "e1", ');
    expect(response.status).toBe(400);
    expectErrorBody(response.body, 'bad_request');
  });

  it('answers unknown fields with 400 naming the field', async () => {
    const response = await post(
      '/v1/meetings',
      JSON.stringify({ eventId: 'e1', guestDigests: [], title: 'Board meeting' }),
    );
    expect(response.status).toBe(400);
    expectErrorBody(response.body, 'bad_request');
    expect(response.body.message).toContain('title');
  });

  it('answers missing or mistyped fields with 400', async () => {
    for (const body of [{ eventId: 'e1' }, { eventId: 7, guestDigests: [] }, [], 'x']) {
      const response = await post('/v1/meetings', JSON.stringify(body));
      expect(response.status).toBe(400);
      expectErrorBody(response.body, 'bad_request');
    }
  });

  it(`answers a body over ${MAX_REQUEST_BYTES} bytes with 413`, async () => {
    const { meetingId } = await startMeeting(suite.backend, alice);
    const huge = JSON.stringify({ body: 'x'.repeat(MAX_REQUEST_BYTES), visibility: 'shared' });
    const response = await post(`/v1/meetings/${meetingId}/notes`, huge);
    expect(response.status).toBe(413);
    expectErrorBody(response.body, 'payload_too_large');
    expect(response.body.message).toContain(String(MAX_REQUEST_BYTES));
  });

  it('answers a non-JSON body with 415', async () => {
    const response = await post('/v1/meetings', 'eventId=e1', 'application/x-www-form-urlencoded');
    expect(response.status).toBe(415);
    expectErrorBody(response.body, 'unsupported_media_type');
  });

  it('answers a URL with malformed percent-encoding with 400 in the usual shape', async () => {
    const response = await suite.backend.request({
      method: 'GET',
      url: '/v1/events/%E0%A4%A/meeting',
      headers: { authorization: `Bearer ${await suite.idp.tokenFor(alice)}` },
    });
    expect(response.status).toBe(400);
    expectErrorBody(response.body, 'bad_request');
  });

  it('refuses an over-long event ID and one with spaces', async () => {
    for (const eventId of ['e'.repeat(256), 'has spaces']) {
      const response = await post('/v1/meetings', JSON.stringify({ eventId, guestDigests: [] }));
      expect(response.status).toBe(400);
    }
  });

  it('answers 429 with Retry-After once a user exceeds the rate limit, without slowing others', async () => {
    const limited = await startBackend(suite.config, suite.idp, {
      store: suite.store,
      rateLimit: { max: 3, timeWindowMs: 60_000 },
    });
    try {
      const statuses: number[] = [];
      for (let n = 0; n < 4; n += 1) statuses.push((await limited.as(alice).get('/v1/me')).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const refused = await limited.as(alice).get('/v1/me');
      expectErrorBody(refused.body, 'rate_limited');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect((await limited.as(bob).get('/v1/me')).status).toBe(200);
      expect((await limited.anonymous.get('/healthz')).status).toBe(200);
    } finally {
      await limited.app.close();
    }
  });

  it('limits requests per address before checking the token, so bad tokens get 429 too', async () => {
    const limited = await startBackend(suite.config, suite.idp, {
      store: suite.store,
      rateLimit: { max: 100, maxPerAddress: 3, timeWindowMs: 60_000 },
    });
    try {
      const badToken = () =>
        limited.request({
          method: 'GET',
          url: '/v1/me',
          headers: { authorization: 'Bearer not-a-token' },
        });
      const statuses: number[] = [];
      for (let n = 0; n < 4; n += 1) statuses.push((await badToken()).status);
      expect(statuses).toEqual([401, 401, 401, 429]);
      const refused = await badToken();
      expectErrorBody(refused.body, 'rate_limited');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect((await limited.anonymous.get('/healthz')).status).toBe(200);
    } finally {
      await limited.app.close();
    }
  });
});
