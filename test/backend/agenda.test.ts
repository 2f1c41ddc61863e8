import { MAX_AGENDA_DURATION_MINUTES, MAX_AGENDA_TITLE_LENGTH } from '../../src/shared/limits';
import { eachDatabase } from '../helpers/backend/databases';
import { alice, bob, carol, eve } from '../helpers/backend/identity';
import { startMeeting } from '../helpers/backend/meetings';
import { setUpSuite } from '../helpers/backend/suite';

describe.each(eachDatabase())('agenda on %s', (_name, kind) => {
  const suite = setUpSuite(kind);
  const as = (user: typeof alice) => suite.backend.as(user);

  async function agendaOf(eventId: string) {
    const view = await as(alice).get(`/v1/events/${eventId}/meeting`);
    return view.body.agenda as Array<{
      id: string;
      title: string;
      position: number;
      done: boolean;
    }>;
  }

  async function meetingWithItems(titles: string[], author = alice) {
    const meeting = await startMeeting(suite.backend, alice, [bob, eve]);
    const ids: string[] = [];
    for (const title of titles) {
      const response = await as(author).post(`/v1/meetings/${meeting.meetingId}/agenda`, { title });
      ids.push(response.body.id);
    }
    return { ...meeting, ids };
  }

  it('adds items at the end and lists them in order in the meeting view', async () => {
    const { meetingId, eventId } = await startMeeting(suite.backend, alice, [bob]);
    const first = await as(alice).post(`/v1/meetings/${meetingId}/agenda`, {
      title: 'Budget',
      durationMinutes: 15,
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      title: 'Budget',
      done: false,
      position: 0,
      durationMinutes: 15,
      authoredByMe: true,
    });
    const second = await as(bob).post(`/v1/meetings/${meetingId}/agenda`, { title: 'Hiring' });
    expect(second.body).toMatchObject({ position: 1, durationMinutes: null, authoredByMe: true });
    const agenda = await agendaOf(eventId);
    expect(agenda.map((item) => item.title)).toEqual(['Budget', 'Hiring']);
    expect(agenda.map((item) => (item as { authoredByMe?: boolean }).authoredByMe)).toEqual([
      true,
      false,
    ]);
  });

  it('lets the author edit the title, duration and done state', async () => {
    const { ids, eventId } = await meetingWithItems(['Draft']);
    const response = await as(alice).patch(`/v1/agenda/${ids[0]}`, {
      title: 'Final',
      durationMinutes: 30,
      done: true,
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ title: 'Final', durationMinutes: 30, done: true });
    const cleared = await as(alice).patch(`/v1/agenda/${ids[0]}`, { durationMinutes: null });
    expect(cleared.body.durationMinutes).toBeNull();
    expect((await agendaOf(eventId))[0]).toMatchObject({ title: 'Final', done: true });
  });

  it('moves an item and shifts the others, keeping positions 0..n-1', async () => {
    const { ids, eventId } = await meetingWithItems(['A', 'B', 'C', 'D']);
    await as(alice).patch(`/v1/agenda/${ids[3]}`, { position: 0 });
    expect((await agendaOf(eventId)).map((i) => `${i.position}${i.title}`)).toEqual([
      '0D',
      '1A',
      '2B',
      '3C',
    ]);
    await as(alice).patch(`/v1/agenda/${ids[3]}`, { position: 99 });
    expect((await agendaOf(eventId)).map((i) => `${i.position}${i.title}`)).toEqual([
      '0A',
      '1B',
      '2C',
      '3D',
    ]);
    await as(alice).delete(`/v1/agenda/${ids[1]}`);
    expect((await agendaOf(eventId)).map((i) => `${i.position}${i.title}`)).toEqual([
      '0A',
      '1C',
      '2D',
    ]);
  });

  it("lets the owner check off and move a guest's item but not rewrite it", async () => {
    const { ids } = await meetingWithItems(['Guest topic', 'Other'], bob);
    expect((await as(alice).patch(`/v1/agenda/${ids[0]}`, { done: true })).status).toBe(200);
    expect((await as(alice).patch(`/v1/agenda/${ids[0]}`, { position: 1 })).status).toBe(200);
    const rewrite = await as(alice).patch(`/v1/agenda/${ids[0]}`, { title: 'Mine now' });
    expect(rewrite.status).toBe(403);
    expect(rewrite.body.error).toBe('forbidden');
  });

  it("refuses a guest who edits or removes another's item (403), and strangers (404)", async () => {
    const { ids, eventId } = await meetingWithItems(['Owner topic']);
    expect((await as(bob).patch(`/v1/agenda/${ids[0]}`, { done: true })).status).toBe(403);
    expect((await as(bob).delete(`/v1/agenda/${ids[0]}`)).status).toBe(403);
    expect((await as(carol).patch(`/v1/agenda/${ids[0]}`, { done: true })).status).toBe(404);
    expect((await as(carol).delete(`/v1/agenda/${ids[0]}`)).status).toBe(404);
    expect((await agendaOf(eventId))[0]).toMatchObject({ title: 'Owner topic', done: false });
  });

  it("lets the owner remove a guest's item, and authors remove their own", async () => {
    const { ids, eventId } = await meetingWithItems(['By Bob 1', 'By Bob 2'], bob);
    expect((await as(alice).delete(`/v1/agenda/${ids[0]}`)).status).toBe(204);
    expect((await as(bob).delete(`/v1/agenda/${ids[1]}`)).status).toBe(204);
    expect(await agendaOf(eventId)).toEqual([]);
  });

  it('answers 404 for items of a meeting the caller cannot see and for unknown items', async () => {
    const { meetingId } = await startMeeting(suite.backend, alice, [bob]);
    const add = await as(carol).post(`/v1/meetings/${meetingId}/agenda`, { title: 'Sneaky' });
    expect(add.status).toBe(404);
    expect((await as(alice).patch('/v1/agenda/no-such-item', { done: true })).status).toBe(404);
  });

  it('refuses invalid items, naming the limit', async () => {
    const { meetingId, ids } = await meetingWithItems(['Valid']);
    const cases = [
      { title: 'x'.repeat(MAX_AGENDA_TITLE_LENGTH + 1) },
      { title: '' },
      { title: 'Fine', durationMinutes: MAX_AGENDA_DURATION_MINUTES + 1 },
      { title: 'Fine', durationMinutes: 1.5 },
    ];
    for (const body of cases) {
      const response = await as(alice).post(`/v1/meetings/${meetingId}/agenda`, body);
      expect(response.status).toBe(400);
      expect(response.body.error).toBe('bad_request');
    }
    const long = await as(alice).post(`/v1/meetings/${meetingId}/agenda`, cases[0]);
    expect(long.body.message).toContain(String(MAX_AGENDA_TITLE_LENGTH));
    const negative = await as(alice).patch(`/v1/agenda/${ids[0]}`, { position: -1 });
    expect(negative.status).toBe(400);
  });
});
