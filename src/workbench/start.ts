/**
 * `npm start`: the local issuer, the real backend on embedded SQLite, and the workbench
 * page at http://127.0.0.1:8080, running the built add-on (dist/Code.js) against them.
 */
import { WORKBENCH_AUDIENCE } from '../shared/settings';
import { startBackendProcess, type BackendProcess } from './backend-process';
import { loadWorld } from './fixtures/load-world';
import { sampleWorld } from './fixtures/sample-world';
import { startLocalIssuer } from './identity';
import { createPageApi } from './page-api';
import { startWorkbenchServer } from './server';

/** Each sample domain's first admin, so that the admin console has someone to show it to. */
export const WORKBENCH_ADMINS = ['alice@acme.example', 'carol@globex.example'];

export interface Workbench {
  url: string;
  backendUrl: string;
  close(): Promise<void>;
}

export interface WorkbenchOptions {
  port: number;
  backendPort: number;
  /** Extra MINGWORK_* variables for the backend, e.g. a test database and keys. */
  backendEnv?: Record<string, string>;
  quiet?: boolean;
}

export async function startWorkbench(options: WorkbenchOptions): Promise<Workbench> {
  const issuer = await startLocalIssuer({ audience: WORKBENCH_AUDIENCE });
  let backend: BackendProcess | undefined;
  try {
    backend = await startBackendProcess({
      port: options.backendPort,
      stdio: options.quiet ? 'ignore' : 'inherit',
      env: {
        MINGWORK_OIDC_ISSUERS: issuer.issuer,
        MINGWORK_OIDC_AUDIENCES: WORKBENCH_AUDIENCE,
        MINGWORK_OIDC_JWKS_URL: issuer.jwksUrl,
        // The page's trace panel shows each call; request logs would only bury the URL.
        MINGWORK_LOG_LEVEL: process.env.MINGWORK_LOG_LEVEL ?? 'warn',
        MINGWORK_BOOTSTRAP_ADMINS: WORKBENCH_ADMINS.join(','),
        ...options.backendEnv,
      },
    });
    const world = loadWorld(sampleWorld, new Date());
    const api = createPageApi({
      world,
      backendUrl: backend.url,
      identity: issuer,
      defaultUser: world.users[0]!.email,
    });
    const server = await startWorkbenchServer(api, options.port);
    const started = backend;
    return {
      url: server.url,
      backendUrl: started.url,
      async close() {
        await server.close();
        await api.close();
        await started.stop();
        await issuer.close();
      },
    };
  } catch (error) {
    await backend?.stop();
    await issuer.close();
    throw error;
  }
}

async function main(): Promise<void> {
  const workbench = await startWorkbench({
    port: Number(process.env.WORKBENCH_PORT ?? 8080),
    backendPort: Number(process.env.MINGWORK_PORT ?? 8787),
  });
  console.log(
    `\nMingwork workbench: ${workbench.url}\nBackend API:        ${workbench.backendUrl} (OpenAPI at /docs/json)\n`,
  );
  stopOnSignals(workbench);
}

/** A workbench that cannot close in this time exits anyway, so Ctrl-C always ends it. */
const CLOSE_GRACE_MS = 10_000;

/**
 * SIGTERM or SIGINT closes the page server and stops the backend child before exiting, so
 * nothing is left running. A second signal (Ctrl-C reaches npm and this process both) does
 * not cut the first one's clean-up short.
 */
function stopOnSignals(workbench: Workbench): void {
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(1), CLOSE_GRACE_MS).unref();
    workbench.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error instanceof Error ? error.message : error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
