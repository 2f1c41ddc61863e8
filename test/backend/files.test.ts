import { MAX_DRIVE_URL_LENGTH } from '../../src/shared/limits';
import { eachDatabase } from '../helpers/backend/databases';
import { alice, bob, carol, eve } from '../helpers/backend/identity';
import { startMeeting } from '../helpers/backend/meetings';
import { setUpSuite } from '../helpers/backend/suite';

describe.each(eachDatabase())('files on %s', (_name, kind) => {
  const suite = setUpSuite(kind);
  const as = (user: typeof alice) => suite.backend.as(user);

  it('attaches Drive and Docs URLs and lists them in the meeting view', async () => {
    const { meetingId, eventId } = await startMeeting(suite.backend, alice, [bob]);
    const urls = [
      'https://drive.google.com/file/d/1AbC/view',
      'https://docs.google.com/document/d/1XyZ/edit',
    ];
    for (const url of urls) {
      const response = await as(bob).post(`/v1/meetings/${meetingId}/files`, { url });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ url, addedByMe: true });
    }
    const view = await as(alice).get(`/v1/events/${eventId}/meeting`);
    expect(view.body.files.map((f: { url: string }) => f.url)).toEqual(urls);
    expect(view.body.files[0].addedByMe).toBe(false);
  });

  it('refuses anything but a Drive URL, naming the accepted prefixes', async () => {
    const { meetingId } = await startMeeting(suite.backend, alice);
    const refused = [
      'https://evil.example/drive.google.com/x',
      'http://drive.google.com/file/d/1',
      'https://drive.google.com.evil.example/x',
      'javascript:alert(1)',
      `https://drive.google.com/${'a'.repeat(MAX_DRIVE_URL_LENGTH)}`,
    ];
    for (const url of refused) {
      const response = await as(alice).post(`/v1/meetings/${meetingId}/files`, { url });
      expect(response.status).toBe(400);
      expect(response.body.message).toContain('https://drive.google.com/');
    }
  });

  it('lets whoever added a file or the owner remove it; others get 403 or 404', async () => {
    const { meetingId, eventId } = await startMeeting(suite.backend, alice, [bob, eve]);
    const file = await as(bob).post(`/v1/meetings/${meetingId}/files`, {
      url: 'https://drive.google.com/file/d/remove-me/view',
    });
    expect((await as(eve).delete(`/v1/files/${file.body.id}`)).status).toBe(403);
    expect((await as(carol).delete(`/v1/files/${file.body.id}`)).status).toBe(404);
    expect((await as(alice).delete(`/v1/files/${file.body.id}`)).status).toBe(204);
    expect((await as(bob).get(`/v1/events/${eventId}/meeting`)).body.files).toEqual([]);
  });
});
