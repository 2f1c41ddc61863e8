import { eachDatabase } from '../helpers/backend/databases';
import { alice, bob } from '../helpers/backend/identity';
import { newEventId, startMeeting } from '../helpers/backend/meetings';
import { setUpSuite } from '../helpers/backend/suite';

const WRITERS = 8;

describe.each(eachDatabase())('concurrent writes on %s', (_name, kind) => {
  const suite = setUpSuite(kind);

  it('queues writers to one meeting: every write succeeds and agenda positions stay distinct', async () => {
    const { meetingId, eventId } = await startMeeting(suite.backend, alice, [bob]);
    const base = `/v1/meetings/${meetingId}`;
    // As the add-on sends them: every write with its own Idempotency-Key.
    const key = () => ({ 'idempotency-key': newEventId() });
    const writes = Array.from({ length: WRITERS }, (_, n) => {
      const user = n % 2 === 0 ? alice : bob;
      return [
        suite.backend.as(user).post(`${base}/messages`, { body: `message ${n}` }, key()),
        suite.backend.as(user).post(`${base}/agenda`, { title: `item ${n}` }, key()),
      ];
    }).flat();

    const responses = await Promise.all(writes);

    expect(responses.map((r) => r.status)).toEqual(responses.map(() => 201));
    const view = await suite.backend.as(alice).get(`/v1/events/${eventId}/meeting`);
    const positions = (view.body.agenda as Array<{ position: number }>).map((i) => i.position);
    expect(positions).toEqual([...Array(WRITERS).keys()]);
    expect(view.body.messages).toHaveLength(WRITERS);
  });
});
