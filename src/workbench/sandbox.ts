/**
 * Runs the built add-on (dist/Code.js, the file clasp pushes) on Node. Each invocation gets a
 * fresh `vm` context whose globals are only the Apps Script fakes and JavaScript's built-ins
 * (no require, process, Buffer, setTimeout or fetch), as each Apps Script execution starts
 * from a fresh global scope. Caches and properties persist across invocations, as they do
 * in Apps Script. The sandbox is for fidelity, not security: `vm` is not an isolation boundary.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { CacheStore } from './gas/cache-service';
import { Built } from './gas/card-service/built';
import { RENDER } from './gas/card-service/component';
import { installClock } from './gas/clock-date';
import { createGlobals } from './gas/globals';
import { LIMITS } from './gas/limits';
import { PropertyStore } from './gas/properties-service';
import {
  budgetOf,
  EXCEEDED_MAXIMUM_EXECUTION_TIME,
  raiserFor,
  systemClock,
  type Clock,
  type Runtime,
} from './gas/runtime';
import type { IdTokenSigner } from './gas/script-app';
import type { LogEntry, TraceEntry } from './gas/trace';
import { BlockingHttpClient } from './gas/url-fetch/blocking-http';
import type { World, WorldUser } from './gas/world';
import { BACKEND_URL_PROPERTY } from '../shared/settings';
import { readManifest, type AddOnManifest } from './manifest';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const DEFAULT_BUNDLE = path.join(REPO_ROOT, 'dist', 'Code.js');

export interface SandboxOptions {
  world: World;
  /** Email of the world user the add-on runs as. */
  user: string;
  /** The backend the add-on may call; stored as the MINGWORK_BACKEND_URL script property. */
  backendUrl: string;
  /** Extra or overriding script properties. */
  scriptProperties?: Record<string, string>;
  /** The script's clock: a fixed instant or a clock tests move. Defaults to real time. */
  now?: Date | Clock;
  /** Signs ScriptApp.getIdentityToken(); usually a LocalIssuer. */
  identity?: IdTokenSigner;
  /** Defaults to dist/Code.js, with appsscript.json beside it. */
  bundlePath?: string;
  /** Apps Script's UrlFetch deadline is 60 s. */
  urlFetchDeadlineMs?: number;
  /** Apps Script stops a card callback after 30 s. */
  callbackTimeoutMs?: number;
  /** Share caches and properties between sandboxes (e.g. one per signed-in user). */
  stores?: SandboxStores;
}

export interface SandboxStores {
  cache: CacheStore;
  properties: PropertyStore;
}

export interface Invocation {
  /** Card JSON (or an array of them) for a card, RenderAction JSON for an action response. */
  response: unknown;
  trace: TraceEntry[];
  logs: LogEntry[];
}

export interface Sandbox {
  readonly manifest: AddOnManifest;
  readonly user: WorldUser;
  readonly clock: Clock;
  readonly stores: SandboxStores;
  invoke(functionName: string, event: unknown): Invocation;
  /** Top-level functions the bundle defines: what triggers and card actions may name. */
  functionNames(): string[];
  close(): Promise<void>;
}

/** An execution that failed, with what it did before failing. */
export class ExecutionError extends Error {
  constructor(
    message: string,
    readonly scriptErrorName: string,
    readonly trace: TraceEntry[],
    readonly logs: LogEntry[],
  ) {
    super(message);
    this.name = 'ExecutionError';
  }
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function clockFrom(now: Date | Clock | undefined): Clock {
  if (now === undefined) return systemClock;
  if (now instanceof Date) {
    const fixed = now.getTime();
    return { now: () => fixed };
  }
  return now;
}

/** Google renders a Card, a list of homepage cards, or an action response. */
function responseJson(functionName: string, value: unknown): unknown {
  if (value === undefined) return undefined;
  if (value instanceof Built) return value[RENDER]();
  if (Array.isArray(value) && value.length > 0 && value.every((item) => item instanceof Built)) {
    return value.map((item: Built<unknown>) => item[RENDER]());
  }
  throw new Error(
    `${functionName} returned ${typeof value}, which is not a card or an action response.`,
  );
}

function describeScriptError(error: unknown): { name: string; message: string } {
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const name = 'name' in error ? String(error.name) : 'Error';
    return { name, message: String(error.message) };
  }
  return { name: 'Error', message: String(error) };
}

export function createSandbox(options: SandboxOptions): Sandbox {
  const bundlePath = options.bundlePath ?? DEFAULT_BUNDLE;
  const manifest = readManifest(path.join(path.dirname(bundlePath), 'appsscript.json'));
  const bundle = new vm.Script(readFileSync(bundlePath, 'utf8'), { filename: 'Code.gs' });
  const user = options.world.user(options.user);
  const clock = clockFrom(options.now);
  const stores = options.stores ?? { cache: new CacheStore(), properties: new PropertyStore() };
  const scriptProperties = stores.properties.scope('script');
  for (const [key, value] of Object.entries({
    [BACKEND_URL_PROPERTY]: options.backendUrl,
    ...options.scriptProperties,
  })) {
    scriptProperties.set(key, value);
  }
  const callbackMs = options.callbackTimeoutMs ?? LIMITS.callbackMs;
  const http = new BlockingHttpClient();
  const allowedUrlPrefixes = manifest.urlFetchWhitelist && [
    ...manifest.urlFetchWhitelist,
    options.backendUrl,
  ];

  /** Returns the context and the names of the fakes installed in it. */
  function loadBundle(
    runtime: Runtime,
    logs: LogEntry[],
  ): { context: vm.Context; fakes: string[] } {
    const context = vm.createContext({});
    const ErrorInRealm = vm.runInContext('Error', context) as ErrorConstructor;
    const scoped = { ...runtime, raise: raiserFor(ErrorInRealm), world: options.world, user };
    const globals = createGlobals({
      context: scoped,
      logs,
      stores,
      urlFetch: {
        http,
        deadlineMs: options.urlFetchDeadlineMs ?? LIMITS.urlFetchDeadlineMs,
        allowedUrlPrefixes,
      },
      identity: options.identity,
      scriptTimeZone: manifest.timeZone ?? 'Etc/UTC',
    });
    Object.assign(context, globals);
    installClock(context, clock);
    bundle.runInContext(context, { timeout: callbackMs });
    return { context, fakes: Object.keys(globals) };
  }

  function run(
    functionName: string,
    event: unknown,
    trace: TraceEntry[],
    logs: LogEntry[],
  ): unknown {
    const budget = budgetOf(callbackMs);
    const { context } = loadBundle({ clock, raise: raiserFor(), trace, budget }, logs);
    if (!IDENTIFIER.test(functionName) || typeof context[functionName] !== 'function') {
      throw new Error(`Script function not found: ${functionName}`);
    }
    // The event travels as JSON, as Google sends it, and becomes the script's own object.
    const call = `${functionName}(${JSON.stringify(event ?? {})})`;
    const result: unknown = vm.runInContext(call, context, {
      timeout: Math.max(1, Math.ceil(budget.remainingMs())),
    });
    // Apps Script stops a script that ran out of time even if it caught the error.
    if (budget.remainingMs() <= 0) throw new Error(EXCEEDED_MAXIMUM_EXECUTION_TIME);
    return result;
  }

  return {
    manifest,
    user,
    clock,
    stores,
    invoke(functionName, event) {
      const trace: TraceEntry[] = [];
      const logs: LogEntry[] = [];
      try {
        const result = run(functionName, event, trace, logs);
        return { response: responseJson(functionName, result), trace, logs };
      } catch (error) {
        const { name, message } = describeScriptError(error);
        const timedOut = /Script execution timed out/.test(message);
        throw new ExecutionError(
          timedOut ? EXCEEDED_MAXIMUM_EXECUTION_TIME : message,
          timedOut ? 'Error' : name,
          trace,
          logs,
        );
      }
    },
    functionNames() {
      const runtime = { clock, raise: raiserFor(), trace: [], budget: budgetOf(callbackMs) };
      const { context, fakes } = loadBundle(runtime, []);
      return Object.keys(context).filter(
        (name) => typeof context[name] === 'function' && !fakes.includes(name),
      );
    },
    close: () => http.close(),
  };
}
