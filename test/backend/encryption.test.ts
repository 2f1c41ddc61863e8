import { eachDatabase } from '../helpers/backend/databases';
import { readSecrets, secretsFor, writeSecrets } from '../helpers/backend/content';
import { workspaceUser } from '../helpers/backend/identity';
import { setUpSuite } from '../helpers/backend/suite';

describe.each(eachDatabase())('encryption at rest on %s', (_name, kind) => {
  const suite = setUpSuite(kind);

  it('stores no plaintext of content, Drive URLs, emails or names', async () => {
    const user = workspaceUser(
      'enc-1',
      'whistle.blower@secret-domain.example',
      'Wilhelmina Whistleblower',
    );
    const secrets = secretsFor('at-rest');
    const { eventId } = await writeSecrets(suite.backend, user, secrets);

    // The API gives everything back, so the data really was stored…
    expect(await readSecrets(suite.backend, user, eventId)).toEqual(secrets);
    const raw = await suite.database.rawContents();
    // …and the raw storage is really being read: the event ID is stored as is.
    expect(raw.includes(eventId)).toBe(true);
    for (const plaintext of [...Object.values(secrets), user.email, user.name]) {
      expect({ plaintext, found: raw.includes(plaintext) }).toEqual({ plaintext, found: false });
    }
  });
});
