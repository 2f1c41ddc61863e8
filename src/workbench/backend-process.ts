/**
 * Runs the real backend (`cli.ts serve`) in a child process. It cannot share the workbench's
 * thread: the sandbox blocks that thread in Atomics.wait while the add-on waits for the
 * backend's answer.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ListeningMessage } from '../shared/backend-process';
import { REPO_ROOT } from './sandbox';

export interface BackendProcess {
  url: string;
  stop(): Promise<void>;
}

export interface BackendProcessOptions {
  /**
   * 0 lets the backend take any free port and report it; choosing one here and handing it
   * over later would race other processes starting at the same time (jest runs files in
   * parallel).
   */
  port: number;
  /** MINGWORK_* variables for the backend (issuer, audience, database, keys). */
  env: Record<string, string>;
  /** Where the backend's output goes; the workbench's own by default. */
  stdio?: 'inherit' | 'ignore';
}

const CLI = path.join(REPO_ROOT, 'src', 'backend', 'cli.ts');
const READY_TIMEOUT_MS = 30_000;

function isListeningMessage(message: unknown): message is ListeningMessage {
  return typeof (message as ListeningMessage | null)?.listening?.port === 'number';
}

/** The port the child reports once it accepts connections (server.ts, over the IPC channel). */
async function listeningPort(child: ChildProcess): Promise<number> {
  const stopWaiting = new AbortController();
  const { signal } = stopWaiting;
  const listening = (async () => {
    for (;;) {
      const [message] = (await once(child, 'message', { signal })) as [unknown];
      if (isListeningMessage(message)) return message.listening.port;
    }
  })();
  const exited = once(child, 'exit', { signal }).then(([code]) => {
    throw new Error(`The backend exited with code ${code} before it listened.`);
  });
  const timedOut = sleep(READY_TIMEOUT_MS, undefined, { signal }).then(() => {
    throw new Error(`The backend did not listen within ${READY_TIMEOUT_MS / 1000} s.`);
  });
  try {
    return await Promise.race([listening, exited, timedOut]);
  } finally {
    stopWaiting.abort();
  }
}

export async function startBackendProcess(options: BackendProcessOptions): Promise<BackendProcess> {
  const output = options.stdio ?? 'inherit';
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      ...options.env,
      MINGWORK_HOST: '127.0.0.1',
      MINGWORK_PORT: String(options.port),
    },
    stdio: [output, output, output, 'ipc'],
  });
  let port: number;
  try {
    port = await listeningPort(child);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  // The port was all the channel was for.
  child.disconnect();
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
