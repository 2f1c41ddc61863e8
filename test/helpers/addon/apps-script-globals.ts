/**
 * Installs the workbench's Apps Script fakes as globals of the test's own realm, so add-on
 * modules can be imported and called directly, as they would run in Apps Script.
 */
import { CacheStore } from '../../../src/workbench/gas/cache-service';
import { createGlobals } from '../../../src/workbench/gas/globals';
import { PropertyStore } from '../../../src/workbench/gas/properties-service';
import type { IdTokenSigner } from '../../../src/workbench/gas/script-app';
import type { TraceEntry } from '../../../src/workbench/gas/trace';
import type { BlockingHttpClient } from '../../../src/workbench/gas/url-fetch/blocking-http';
import type { World } from '../../../src/workbench/gas/world';
import { testContext } from '../workbench/context';

/** Only services: Node's own console must stay in place for jest. */
const SERVICES = [
  'Calendar',
  'CardService',
  'UrlFetchApp',
  'PropertiesService',
  'CacheService',
  'ScriptApp',
  'Utilities',
];

export interface InstallOptions {
  email?: string;
  /** The sample world unless given. */
  world?: World;
  http?: BlockingHttpClient;
  identity?: IdTokenSigner;
  scriptProperties?: Record<string, string>;
}

/** Returns the trace the installed services record into. */
export function installAppsScriptGlobals(options: InstallOptions = {}): TraceEntry[] {
  const context = testContext({ email: options.email, world: options.world });
  const properties = new PropertyStore();
  for (const [key, value] of Object.entries(options.scriptProperties ?? {})) {
    properties.scope('script').set(key, value);
  }
  const globals = createGlobals({
    context,
    logs: [],
    stores: { cache: new CacheStore(), properties },
    urlFetch: { http: options.http as BlockingHttpClient, deadlineMs: 20_000 },
    identity: options.identity,
    scriptTimeZone: 'Etc/UTC',
  });
  for (const name of SERVICES) Object.assign(globalThis, { [name]: globals[name] });
  return context.trace;
}
