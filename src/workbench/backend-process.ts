/**
 * Runs the real backend (`cli.ts serve`) in a child process. It cannot share the workbench's
 * thread: the sandbox blocks that thread in Atomics.wait while the add-on waits for the
 * backend's answer.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import path from 'node:path';
import { REPO_ROOT } from './sandbox';

export interface BackendProcess {
  url: string;
  stop(): Promise<void>;
}

export interface BackendProcessOptions {
  /** 0 picks a free port. */
  port: number;
  /** MINGWORK_* variables for the backend (issuer, audience, database, keys). */
  env: Record<string, string>;
  /** Where the backend's output goes; the workbench's own by default. */
  stdio?: 'inherit' | 'ignore';
}

const CLI = path.join(REPO_ROOT, 'src', 'backend', 'cli.ts');
const READY_TIMEOUT_MS = 30_000;

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

async function waitUntilHealthy(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The backend exited with code ${child.exitCode}.`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The backend did not answer ${url}/healthz within ${READY_TIMEOUT_MS / 1000} s.`);
}

export async function startBackendProcess(options: BackendProcessOptions): Promise<BackendProcess> {
  const port = options.port || (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      ...options.env,
      MINGWORK_HOST: '127.0.0.1',
      MINGWORK_PORT: String(port),
    },
    stdio: options.stdio ?? 'inherit',
  });
  try {
    await waitUntilHealthy(url, child);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
