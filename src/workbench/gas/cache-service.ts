/**
 * CacheService: per-user and per-script caches that outlive one execution (the store is
 * kept by the sandbox), expire by the sandbox clock, and refuse what Apps Script refuses.
 */
import type { ServiceContext } from './context';
import { LIMITS, utf8Bytes } from './limits';
import { guarded, type Fake } from './not-implemented';
import { exception, type Clock, type Raise } from './runtime';
import { ScopedStore, userScope } from './scoped-store';

type CacheApi = GoogleAppsScript.Cache.Cache;
type CacheServiceApi = GoogleAppsScript.Cache.CacheService;

interface Entry {
  value: string;
  expiresAt: number;
}

/** Every cache of one script project. */
export class CacheStore extends ScopedStore<Entry> {}

export class CacheFake implements Fake<CacheApi> {
  constructor(
    private readonly entries: Map<string, Entry>,
    private readonly clock: Clock,
    private readonly raise: Raise,
  ) {}

  get(key: string): string | null {
    const entry = this.entries.get(this.checkedKey(key));
    if (!entry) return null;
    if (entry.expiresAt <= this.clock.now()) {
      this.entries.delete(key);
      return null;
    }
    return entry.value;
  }

  /** Only keys that are present come back, as in Apps Script. */
  getAll(keys: string[]): Record<string, string> {
    const found: Record<string, string> = {};
    for (const key of keys) {
      const value = this.get(key);
      if (value !== null) found[key] = value;
    }
    return found;
  }

  put(
    key: string,
    value: string,
    expirationInSeconds: number = LIMITS.cacheDefaultExpirationSeconds,
  ): void {
    const checkedKey = this.checkedKey(key);
    const entry = this.entry(value, expirationInSeconds);
    this.entries.set(checkedKey, entry);
  }

  /** Checks every entry first so a bad one stores nothing. */
  putAll(
    values: Record<string, string>,
    expirationInSeconds: number = LIMITS.cacheDefaultExpirationSeconds,
  ): void {
    const entries = Object.entries(values).map(
      ([key, value]) => [this.checkedKey(key), this.entry(value, expirationInSeconds)] as const,
    );
    for (const [key, entry] of entries) this.entries.set(key, entry);
  }

  remove(key: string): void {
    this.entries.delete(this.checkedKey(key));
  }

  removeAll(keys: string[]): void {
    for (const key of keys) this.remove(key);
  }

  private checkedKey(key: string): string {
    const text = String(key);
    if (text.length > LIMITS.cacheKeyChars) throw exception(this.raise, 'Argument too large: key');
    return text;
  }

  private entry(value: string, expirationInSeconds: number): Entry {
    const text = String(value);
    if (utf8Bytes(text) > LIMITS.cacheValueBytes)
      throw exception(this.raise, 'Argument too large: value');
    const seconds = Number(expirationInSeconds);
    if (!Number.isFinite(seconds) || seconds < 1 || seconds > LIMITS.cacheMaxExpirationSeconds) {
      throw exception(this.raise, 'Invalid argument: expirationInSeconds');
    }
    return { value: text, expiresAt: this.clock.now() + seconds * 1000 };
  }
}

export function createCacheService(context: ServiceContext, store: CacheStore): CacheServiceApi {
  const { clock, raise, user } = context;
  const cache = (scope: string): CacheApi =>
    guarded<CacheApi>('Cache', new CacheFake(store.scope(scope), clock, raise), raise);
  const service: Fake<CacheServiceApi> = {
    getUserCache: () => cache(userScope(user.email)),
    getScriptCache: () => cache('script'),
    /** An add-on has no container document, so there is no document cache. */
    getDocumentCache: () => null,
  };
  return guarded<CacheServiceApi>('CacheService', service, raise);
}
