/**
 * The real backend in its own process (UrlFetchApp blocks the test's thread), trusting a
 * local issuer whose tokens the sandboxed add-on sends: what add-on tests run against.
 */
import { startBackendProcess, type BackendProcess } from '../../../src/workbench/backend-process';
import { startLocalIssuer, type LocalIssuer } from '../../../src/workbench/identity';
import { trustingBackendEnv } from '../backend-env';

export interface BackendWithIssuer {
  issuer: LocalIssuer;
  backend: BackendProcess;
  /** The backend's MINGWORK_* variables, database and keys included (set once it started). */
  env: Record<string, string>;
}

/** Started before the suite and stopped after it; `name` keeps its database apart. */
export function useBackendWithIssuer(
  name: string,
  audience: string,
  extraEnv: Record<string, string> = {},
): BackendWithIssuer {
  const running = {} as BackendWithIssuer;
  beforeAll(async () => {
    running.issuer = await startLocalIssuer({ audience });
    running.env = { ...trustingBackendEnv(name, running.issuer), ...extraEnv };
    running.backend = await startBackendProcess({ port: 0, stdio: 'ignore', env: running.env });
  }, 60_000);
  afterAll(async () => {
    await running.backend?.stop();
    await running.issuer?.close();
  });
  return running;
}
