import { Writable } from 'node:stream';
import { readSecrets, secretsFor, writeSecrets } from '../helpers/backend/content';
import { eachDatabase } from '../helpers/backend/databases';
import { guestDigests } from '../helpers/backend/digests';
import { alice, bob } from '../helpers/backend/identity';
import { setUpSuite } from '../helpers/backend/suite';

/** Every log line the backend writes during the suite. */
const lines: string[] = [];
const logStream = new Writable({
  write(chunk, _encoding, done) {
    lines.push(String(chunk));
    done();
  },
});

describe.each(eachDatabase())('logs on %s', (_name, kind) => {
  const suite = setUpSuite(kind, {
    config: { logLevel: 'trace', bootstrapAdmins: [alice.email] },
    deps: { logStream },
  });

  it('record requests without tokens, emails, guest digests or content', async () => {
    const secrets = secretsFor('logs');
    const { eventId } = await writeSecrets(suite.backend, alice, secrets);
    await readSecrets(suite.backend, alice, eventId);
    const digests = guestDigests(eventId, [bob]);
    await suite.backend.as(alice).post('/v1/meetings', { eventId, guestDigests: digests });
    await suite.backend
      .as(alice)
      .post('/v1/meetings', { eventId, guestDigests: digests, title: 'x' });
    const token = await suite.idp.tokenFor(alice);
    await suite.backend.request({
      method: 'GET',
      url: '/v1/me',
      headers: { authorization: `Bearer ${token}x` },
    });

    const log = lines.join('');
    expect(log).toContain('"statusCode":201');
    for (const secret of [...Object.values(secrets), alice.email, alice.name, token, ...digests]) {
      expect({ secret, logged: log.includes(secret) }).toEqual({ secret, logged: false });
    }
  });

  it('record privacy and admin calls without the emails, names or content they carry', async () => {
    const secrets = secretsFor('privacy-logs');
    await writeSecrets(suite.backend, bob, secrets);
    const bobAsSeenByAdmin = await suite.backend.as(alice).get('/v1/admin/users?q=bob');
    expect(bobAsSeenByAdmin.body.users[0].email).toBe(bob.email);
    await suite.backend.as(alice).get('/v1/admin/audit');
    await suite.backend.as(bob).get('/v1/me/export');
    await suite.backend.as(bob).put('/v1/me/preferences', { allowStatistics: false });
    await suite.backend.as(bob).delete('/v1/me');

    const log = lines.join('');
    expect(log).toContain('"route":"/v1/me/export"');
    for (const secret of [...Object.values(secrets), bob.email, bob.name, 'q=bob']) {
      expect({ secret, logged: log.includes(secret) }).toEqual({ secret, logged: false });
    }
  });
});
