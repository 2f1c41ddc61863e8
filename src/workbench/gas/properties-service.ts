/** PropertiesService: script and user properties that persist across executions. */
import type { ServiceContext } from './context';
import { LIMITS, utf8Bytes } from './limits';
import { guarded, type Fake } from './not-implemented';
import { exception, type Raise } from './runtime';
import { ScopedStore, userScope } from './scoped-store';

type PropertiesApi = GoogleAppsScript.Properties.Properties;
type PropertiesServiceApi = GoogleAppsScript.Properties.PropertiesService;

/** Every property store of one script project. */
export class PropertyStore extends ScopedStore<string> {}

const QUOTA_MESSAGE =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

export class PropertiesFake implements Fake<PropertiesApi> {
  constructor(
    private readonly values: Map<string, string>,
    private readonly raise: Raise,
  ) {}

  getProperty(key: string): string | null {
    return this.values.get(String(key)) ?? null;
  }

  getProperties(): Record<string, string> {
    return Object.fromEntries(this.values);
  }

  getKeys(): string[] {
    return [...this.values.keys()];
  }

  setProperty(key: string, value: string): this {
    return this.setProperties({ [key]: value });
  }

  /** Checks the whole batch before storing any of it. */
  setProperties(properties: Record<string, string>, deleteAllOthers = false): this {
    const incoming = Object.entries(properties).map(
      ([key, value]) => [String(key), String(value)] as const,
    );
    for (const [, value] of incoming) {
      if (utf8Bytes(value) > LIMITS.propertyValueBytes) {
        throw exception(this.raise, 'Argument too large: value');
      }
    }
    const next = new Map(deleteAllOthers ? [] : this.values);
    for (const [key, value] of incoming) next.set(key, value);
    if (storeBytes(next) > LIMITS.propertyStoreBytes) throw exception(this.raise, QUOTA_MESSAGE);
    this.values.clear();
    for (const [key, value] of next) this.values.set(key, value);
    return this;
  }

  deleteProperty(key: string): this {
    this.values.delete(String(key));
    return this;
  }

  deleteAllProperties(): this {
    this.values.clear();
    return this;
  }
}

function storeBytes(values: Map<string, string>): number {
  let total = 0;
  for (const [key, value] of values) total += utf8Bytes(key) + utf8Bytes(value);
  return total;
}

export function createPropertiesService(
  context: ServiceContext,
  store: PropertyStore,
): PropertiesServiceApi {
  const { raise, user } = context;
  const properties = (scope: string): PropertiesApi =>
    guarded<PropertiesApi>('Properties', new PropertiesFake(store.scope(scope), raise), raise);
  const service: Fake<PropertiesServiceApi> = {
    getScriptProperties: () => properties('script'),
    getUserProperties: () => properties(userScope(user.email)),
    getDocumentProperties: () => null,
  };
  return guarded<PropertiesServiceApi>('PropertiesService', service, raise);
}
