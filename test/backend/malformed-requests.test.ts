import { MAX_JSON_DEPTH } from '../../src/backend/plugins/well-formed-input';
import { sqliteDatabase } from '../helpers/backend/databases';
import { alice } from '../helpers/backend/identity';
import { newEventId, startMeeting } from '../helpers/backend/meetings';
import { setUpSuite } from '../helpers/backend/suite';
import { sendRawHttp } from '../helpers/raw-http';

function expectErrorBody(body: unknown, error: string) {
  expect(body).toEqual({ error, message: expect.any(String) });
}

describe('requests that never reach a route get the error contract', () => {
  const suite = setUpSuite(sqliteDatabase);

  async function raw(request: Buffer | string) {
    const response = await sendRawHttp(suite.backend.baseUrl, request);
    return { ...response, json: JSON.parse(response.body || 'null') as unknown };
  }

  const cases: Array<[string, Buffer | string, number]> = [
    [
      'headers larger than Node accepts (431)',
      `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
      431,
    ],
    ['a NUL byte in a header value', 'GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: a\0b\r\n\r\n', 400],
    [
      'raw non-ASCII bytes in the path',
      Buffer.concat([
        Buffer.from('GET /v1/events/'),
        Buffer.from([0xe2, 0x82, 0xac, 0xff]),
        Buffer.from('/meeting HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'),
      ]),
      400,
    ],
    [
      'a chunked body with a bad chunk size',
      'POST /v1/meetings HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n',
      400,
    ],
    ['an HTTP/1.1 request without Host', 'GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n', 400],
    ['a request line that is not HTTP', 'HELLO\r\n\r\n', 400],
  ];

  it.each(cases)('answers %s with {error, message}', async (_what, request, status) => {
    const response = await raw(request);
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expectErrorBody(response.json, 'bad_request');
  });

  it('still answers a well-formed raw request normally', async () => {
    const response = await raw('GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ status: 'ok' });
  });
});

describe('request bodies are read strictly', () => {
  const suite = setUpSuite(sqliteDatabase);

  async function send(method: string, url: string, body: string, headers = {}) {
    return suite.backend.request({
      method,
      url,
      body,
      headers: {
        authorization: `Bearer ${await suite.idp.tokenFor(alice)}`,
        'content-type': 'application/json',
        ...headers,
      },
    });
  }

  const nestedArrays = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
  const deeplyNested = nestedArrays(50_000);

  it('answers a deeply nested body on every DELETE with an Idempotency-Key with 400, not 500', async () => {
    const { meetingId } = await startMeeting(suite.backend, alice);
    for (const url of [
      `/v1/meetings/${meetingId}`,
      '/v1/agenda/a1',
      '/v1/notes/n1',
      '/v1/messages/m1',
      '/v1/files/f1',
    ]) {
      const response = await send('DELETE', url, deeplyNested, { 'idempotency-key': newEventId() });
      expect(response.status).toBe(400);
      expectErrorBody(response.body, 'bad_request');
      expect(response.body.message).toMatch(/nested/);
    }
    // The meeting is still there: nothing ran.
    expect((await suite.backend.as(alice).get(`/v1/meetings/${meetingId}/messages`)).status).toBe(
      200,
    );
  });

  it(`parses bodies up to ${MAX_JSON_DEPTH} levels deep and refuses deeper ones unparsed`, async () => {
    const nested = (depth: number) =>
      `{"eventId":"${newEventId()}","guestDigests":[],"extra":${nestedArrays(depth - 1)}}`;
    const deepest = await send('POST', '/v1/meetings', nested(MAX_JSON_DEPTH));
    expect(deepest.status).toBe(400);
    expect(deepest.body.message).toContain('extra'); // parsed, then refused by the schema
    const deeper = await send('POST', '/v1/meetings', nested(MAX_JSON_DEPTH + 1));
    expect(deeper.status).toBe(400);
    expect(deeper.body.message).toMatch(/nested more than/);
  });

  it('refuses a lone surrogate anywhere in a JSON body, escaped or in a key', async () => {
    const { meetingId } = await startMeeting(suite.backend, alice);
    for (const body of [
      '{"body":"half a pair: \\ud83d","visibility":"shared"}',
      '{"body":"low half alone: \\ude00 here","visibility":"shared"}',
      '{"body":"fine","visibility":"shared","\\ud800":1}',
    ]) {
      const response = await send('POST', `/v1/meetings/${meetingId}/notes`, body);
      expect(response.status).toBe(400);
      expectErrorBody(response.body, 'bad_request');
      expect(response.body.message).toMatch(/surrogate|UTF-16/i);
    }
    const view = await suite.backend.as(alice).get(`/v1/meetings/${meetingId}/messages`);
    expect(view.status).toBe(200);
  });

  it('keeps a whole surrogate pair (an emoji) exactly as sent', async () => {
    const { meetingId } = await startMeeting(suite.backend, alice);
    const response = await send(
      'POST',
      `/v1/meetings/${meetingId}/messages`,
      '{"body":"ship it \\ud83d\\ude80 and 🚀"}',
    );
    expect(response.status).toBe(201);
    expect(response.body.body).toBe('ship it 🚀 and 🚀');
  });

  it('refuses a body that is not valid UTF-8 instead of storing replacement characters', async () => {
    const { meetingId } = await startMeeting(suite.backend, alice);
    const response = await suite.backend.request({
      method: 'POST',
      url: `/v1/meetings/${meetingId}/messages`,
      body: Buffer.concat([
        Buffer.from('{"body":"bad '),
        Buffer.from([0xc3, 0x28]),
        Buffer.from('"}'),
      ]),
      headers: {
        authorization: `Bearer ${await suite.idp.tokenFor(alice)}`,
        'content-type': 'application/json',
      },
    });
    expect(response.status).toBe(400);
    expectErrorBody(response.body, 'bad_request');
  });

  it('refuses a lone surrogate in the path or the query string', async () => {
    const { meetingId } = await startMeeting(suite.backend, alice);
    for (const url of [
      `/v1/events/evt%ED%A0%80/meeting`,
      `/v1/meetings/${meetingId}/messages?before=%ED%A0%80`,
      `/v1/meetings/${meetingId}/messages?limit=1&x=%F0%9F`,
    ]) {
      const response = await suite.backend.as(alice).get(url);
      expect(response.status).toBe(400);
      expectErrorBody(response.body, 'bad_request');
    }
  });
});
