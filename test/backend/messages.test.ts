import {
  DEFAULT_MESSAGE_PAGE_SIZE,
  MAX_MESSAGE_BODY_LENGTH,
  MAX_MESSAGE_PAGE_SIZE,
} from '../../src/shared/limits';
import { eachDatabase } from '../helpers/backend/databases';
import { alice, bob, carol } from '../helpers/backend/identity';
import { startMeeting } from '../helpers/backend/meetings';
import { setUpSuite } from '../helpers/backend/suite';

describe.each(eachDatabase())('messages on %s', (_name, kind) => {
  const suite = setUpSuite(kind);
  const as = (user: typeof alice) => suite.backend.as(user);

  async function meetingWithMessages(count: number) {
    const meeting = await startMeeting(suite.backend, alice, [bob]);
    for (let n = 1; n <= count; n += 1) {
      const author = n % 2 ? alice : bob;
      await as(author).post(`/v1/meetings/${meeting.meetingId}/messages`, { body: `message ${n}` });
    }
    return meeting;
  }

  it('posts messages with the author name and shows the latest page oldest first', async () => {
    const { meetingId, eventId } = await meetingWithMessages(DEFAULT_MESSAGE_PAGE_SIZE + 2);
    const posted = await as(bob).post(`/v1/meetings/${meetingId}/messages`, { body: 'latest' });
    expect(posted.status).toBe(201);
    expect(posted.body).toMatchObject({ body: 'latest', authoredByMe: true, authorName: bob.name });
    const view = await as(alice).get(`/v1/events/${eventId}/meeting`);
    const bodies = (view.body.messages as Array<{ body: string }>).map((m) => m.body);
    expect(bodies).toHaveLength(DEFAULT_MESSAGE_PAGE_SIZE);
    expect(bodies[bodies.length - 1]).toBe('latest');
    expect(bodies[0]).toBe('message 4');
    expect(view.body.messagesNextBefore).toEqual(expect.any(String));
    expect(view.body.messages[bodies.length - 1]).toMatchObject({
      authoredByMe: false,
      authorName: bob.name,
    });
  });

  it('pages backwards with before/limit until nextBefore is null', async () => {
    const { meetingId } = await meetingWithMessages(7);
    const seen: string[] = [];
    let before: string | null = null;
    do {
      const query: string = before ? `?limit=3&before=${before}` : '?limit=3';
      const page = await as(bob).get(`/v1/meetings/${meetingId}/messages${query}`);
      expect(page.status).toBe(200);
      seen.unshift(...(page.body.messages as Array<{ body: string }>).map((m) => m.body));
      before = page.body.nextBefore;
    } while (before);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `message ${n}`));
  });

  it('refuses bad page parameters and an over-long body', async () => {
    const { meetingId } = await meetingWithMessages(1);
    for (const query of [
      `?limit=${MAX_MESSAGE_PAGE_SIZE + 1}`,
      '?limit=0',
      '?limit=abc',
      '?colour=red',
    ]) {
      const response = await as(alice).get(`/v1/meetings/${meetingId}/messages${query}`);
      expect(response.status).toBe(400);
      expect(response.body.error).toBe('bad_request');
    }
    const long = await as(alice).post(`/v1/meetings/${meetingId}/messages`, {
      body: 'x'.repeat(MAX_MESSAGE_BODY_LENGTH + 1),
    });
    expect(long.status).toBe(400);
    expect(long.body.message).toContain(String(MAX_MESSAGE_BODY_LENGTH));
  });

  it('lets authors edit their messages, the owner remove any, strangers nothing', async () => {
    const { meetingId } = await startMeeting(suite.backend, alice, [bob]);
    const message = await as(bob).post(`/v1/meetings/${meetingId}/messages`, { body: 'typo' });
    const edited = await as(bob).patch(`/v1/messages/${message.body.id}`, { body: 'fixed' });
    expect(edited.status).toBe(200);
    expect(edited.body.body).toBe('fixed');
    expect((await as(alice).patch(`/v1/messages/${message.body.id}`, { body: 'no' })).status).toBe(
      403,
    );
    expect((await as(carol).get(`/v1/meetings/${meetingId}/messages`)).status).toBe(404);
    expect((await as(carol).delete(`/v1/messages/${message.body.id}`)).status).toBe(404);
    expect((await as(alice).delete(`/v1/messages/${message.body.id}`)).status).toBe(204);
    const page = await as(bob).get(`/v1/meetings/${meetingId}/messages`);
    expect(page.body).toEqual({ messages: [], nextBefore: null });
  });
});
