import { createFieldCipher } from '../../src/backend/crypto/field-cipher';
import { rotateKeys } from '../../src/backend/store/rotate-keys';
import { dataKey, startBackend } from '../helpers/backend/app';
import { readSecrets, secretsFor, writeSecrets } from '../helpers/backend/content';
import { eachDatabase } from '../helpers/backend/databases';
import { alice, bob } from '../helpers/backend/identity';
import { setUpSuite } from '../helpers/backend/suite';

const keyA = dataKey('keyA');
const keyB = dataKey('keyB');

describe.each(eachDatabase())('key rotation on %s', (_name, kind) => {
  const suite = setUpSuite(kind, { config: { dataKeys: [keyA] } });

  it('re-encrypts every field under the new key, after which the old key can be retired', async () => {
    const secrets = secretsFor('rotation');
    const { eventId } = await writeSecrets(suite.backend, alice, secrets);
    await suite.backend.as(bob).get('/v1/me');
    expect((await suite.database.rawContents()).includes('v1:keyA:')).toBe(true);

    const progress: Array<[number, number]> = [];
    const cipher = createFieldCipher([keyB, keyA]);
    const { rotated } = await rotateKeys(suite.store.db, cipher, (done, total) =>
      progress.push([done, total]),
    );
    expect(rotated).toBeGreaterThan(0);
    const [lastDone, total] = progress[progress.length - 1]!;
    expect(lastDone).toBe(total);

    const raw = await suite.database.rawContents();
    expect(raw.includes('v1:keyA:')).toBe(false);
    expect(raw.includes('v1:keyB:')).toBe(true);

    const onlyB = await startBackend({ ...suite.config, dataKeys: [keyB] }, suite.idp, {
      store: suite.store,
    });
    try {
      expect(await readSecrets(onlyB, alice, eventId)).toEqual(secrets);
      expect((await onlyB.as(alice).get('/v1/me')).body.user.email).toBe(alice.email);
    } finally {
      await onlyB.app.close();
    }
    expect(await rotateKeys(suite.store.db, cipher)).toEqual({ rotated: 0 });
  });
});
