/**
 * Runs the backend as a long-lived service: listen, then on SIGTERM or SIGINT stop taking
 * new connections, let in-flight requests finish and close the database (Fastify's onClose).
 */
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import type { ListeningMessage } from '../shared/backend-process';
import { plainHttpWarning, type BackendConfig } from './config';

const SHUTDOWN_GRACE_MS = 10_000;

/** Sent to a parent that spawned the server with an IPC channel, once it accepts connections. */
export async function startServer(config: BackendConfig): Promise<FastifyInstance> {
  const app = await buildApp(config);
  await app.listen({ host: config.host, port: config.port });
  const warning = plainHttpWarning(config);
  if (warning) app.log.warn(warning);
  stopOnSignals(app);
  reportListening(app);
  return app;
}

/** A parent that asked for port 0 learns which port the system gave (no IPC channel, no-op). */
function reportListening(app: FastifyInstance): void {
  const { port } = app.server.address() as AddressInfo;
  const message: ListeningMessage = { listening: { port } };
  process.send?.(message);
}

function stopOnSignals(app: FastifyInstance): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    // A request that never finishes must not keep an old instance alive during a deploy.
    const deadline = setTimeout(() => {
      app.log.error('in-flight requests did not finish in time; exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    deadline.unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  // Kept listening after the first: a repeated signal (Ctrl-C reaches a whole process group,
  // supervisors resend) must not kill the process mid-drain.
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
