/** The store as repository functions see it, with the suite's keys: for jobs and checks. */
import { createBlindIndex } from '../../../src/backend/crypto/blind-index';
import { createFieldCipher } from '../../../src/backend/crypto/field-cipher';
import type { StoreContext } from '../../../src/backend/store/context';
import type { Suite } from './suite';

export function storeContextOf(suite: Suite, now: () => number = () => Date.now()): StoreContext {
  return {
    db: suite.store.db,
    cipher: createFieldCipher(suite.config.dataKeys),
    blindIndex: createBlindIndex(suite.config.indexKey),
    now,
  };
}
