/** The keys of the stored columns, made once from configuration for everything that opens the store. */
import type { BackendConfig } from '../config';
import type { StoreKeys } from '../store/context';
import { createBlindIndex } from './blind-index';
import { createFieldCipher } from './field-cipher';

export function createStoreKeys(config: Pick<BackendConfig, 'dataKeys' | 'indexKey'>): StoreKeys {
  return {
    cipher: createFieldCipher(config.dataKeys),
    blindIndex: createBlindIndex(config.indexKey),
  };
}
