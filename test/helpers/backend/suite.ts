/**
 * Jest lifecycle for a backend suite on one database kind: identity provider, a fresh
 * database, a migrated store and the app, created before the suite and removed after.
 */
import type { BackendConfig } from '../../../src/backend/config';
import { createStoreKeys } from '../../../src/backend/crypto/store-keys';
import type { Store } from '../../../src/backend/store/database';
import type { AppDependencies } from '../../../src/backend/app';
import { openMigratedStore, startBackend, testConfig, type TestBackend } from './app';
import type { DatabaseKind, TestDatabase } from './databases';
import { startIdentityProvider, type IdentityProvider } from './identity';

export interface Suite {
  backend: TestBackend;
  database: TestDatabase;
  store: Store;
  idp: IdentityProvider;
  config: BackendConfig;
}

export interface SuiteOptions {
  config?: Partial<BackendConfig>;
  deps?: Omit<AppDependencies, 'store'>;
}

export function setUpSuite(kind: DatabaseKind, options: SuiteOptions = {}): Suite {
  const suite = {} as Suite;
  beforeAll(async () => {
    suite.idp = await startIdentityProvider();
    suite.database = await kind.create();
    suite.config = testConfig(suite.database.url, suite.idp.jwksUrl, options.config);
    suite.store = await openMigratedStore(suite.database.url, createStoreKeys(suite.config));
    suite.backend = await startBackend(suite.config, suite.idp, {
      ...options.deps,
      store: suite.store,
    });
  });
  afterAll(async () => {
    await suite.backend?.app.close();
    await suite.store?.close();
    await suite.database?.drop();
    await suite.idp?.close();
  });
  return suite;
}
