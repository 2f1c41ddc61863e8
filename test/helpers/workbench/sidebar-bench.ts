/**
 * The Calendar sidebar end to end, as the workbench runs it: the local issuer, the real
 * backend in its own process on a fresh database, and one sandbox per signed-in user running
 * the built add-on. Sessions share the script's caches and properties, as one deployment does.
 */
import { startBackendProcess, type BackendProcess } from '../../../src/workbench/backend-process';
import { CacheStore } from '../../../src/workbench/gas/cache-service';
import { PropertyStore } from '../../../src/workbench/gas/properties-service';
import type { World } from '../../../src/workbench/gas/world';
import { startLocalIssuer, type LocalIssuer } from '../../../src/workbench/identity';
import { WORKBENCH_ADMINS } from '../../../src/workbench/start';
import { createSandbox, type Sandbox, type SandboxStores } from '../../../src/workbench/sandbox';
import { trustingBackendEnv } from '../backend-env';
import { SidebarSession } from './sidebar';

const AUDIENCE = 'mingwork-sidebar-test';

export interface SidebarBench {
  world: World;
  issuer: LocalIssuer;
  backend: BackendProcess;
  /** A user at the side panel; `backendUrl` points one at another backend (e.g. a dead one). */
  session(email: string, options?: { backendUrl?: string }): SidebarSession;
  /** Every session opened, for scans over all that was sent. */
  sessions: SidebarSession[];
  close(): Promise<void>;
}

export async function startSidebarBench(world: World, now: Date): Promise<SidebarBench> {
  const issuer = await startLocalIssuer({ audience: AUDIENCE });
  // The domains' first admins are those of the workbench, so that the console has its users.
  const env = {
    ...trustingBackendEnv('sidebar', issuer),
    MINGWORK_BOOTSTRAP_ADMINS: WORKBENCH_ADMINS.join(','),
  };
  const backend = await startBackendProcess({ port: 0, stdio: 'ignore', env });
  const stores: SandboxStores = { cache: new CacheStore(), properties: new PropertyStore() };
  const sandboxes: Sandbox[] = [];
  const sessions: SidebarSession[] = [];
  return {
    world,
    issuer,
    backend,
    sessions,
    session(email, options = {}) {
      const sandbox = createSandbox({
        world,
        user: email,
        backendUrl: options.backendUrl ?? backend.url,
        identity: issuer,
        now,
        // Script properties hold the backend's URL: another backend needs stores of its own.
        stores: options.backendUrl ? undefined : stores,
      });
      sandboxes.push(sandbox);
      const session = new SidebarSession(sandbox, world, now);
      sessions.push(session);
      return session;
    },
    async close() {
      await Promise.all(sandboxes.map((sandbox) => sandbox.close()));
      await backend.stop();
      await issuer.close();
    },
  };
}
