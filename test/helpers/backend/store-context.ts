/** The store as repository functions see it, with the suite's keys: for jobs and checks. */
import { createStoreKeys } from '../../../src/backend/crypto/store-keys';
import type { StoreContext } from '../../../src/backend/store/context';
import type { Suite } from './suite';

export function storeContextOf(suite: Suite, now: () => number = () => Date.now()): StoreContext {
  return { db: suite.store.db, ...createStoreKeys(suite.config), now };
}
