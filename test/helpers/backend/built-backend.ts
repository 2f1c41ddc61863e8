/**
 * The backend as production runs it: `node dist/backend/cli.js serve`, plain JavaScript
 * from `npm run build`, in its own process. Its log lines are kept for tests to wait on.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ListeningMessage } from '../../../src/shared/backend-process';
import { REPO_ROOT } from '../../../src/workbench/sandbox';

export const BUILT_CLI = path.join('dist', 'backend', 'cli.js');

export interface BuiltBackend {
  url: string;
  child: ChildProcess;
  /** Resolves with the first log line (stdout or stderr) matching `pattern`. */
  waitForLine(pattern: RegExp): Promise<string>;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

export interface BuiltBackendOptions {
  /** The folder holding dist/ and node_modules/: the repository unless a test installed a copy. */
  root?: string;
  env: Record<string, string>;
}

export async function startBuiltBackend(options: BuiltBackendOptions): Promise<BuiltBackend> {
  const root = options.root ?? REPO_ROOT;
  const child = spawn(process.execPath, [path.join(root, BUILT_CLI), 'serve'], {
    cwd: root,
    env: { PATH: process.env.PATH, MINGWORK_HOST: '127.0.0.1', MINGWORK_PORT: '0', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const lines: string[] = [];
  const waiting = new Set<{ pattern: RegExp; resolve: (line: string) => void }>();
  for (const stream of [child.stdout!, child.stderr!]) {
    createInterface({ input: stream }).on('line', (line) => {
      lines.push(line);
      for (const waiter of waiting) {
        if (waiter.pattern.test(line)) {
          waiting.delete(waiter);
          waiter.resolve(line);
        }
      }
    });
  }
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const port = await Promise.race([
    listeningPort(child),
    exited.then((code) => {
      throw new Error(`The backend exited with ${code} before listening:\n${lines.join('\n')}`);
    }),
  ]);
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    waitForLine(pattern) {
      const seen = lines.find((line) => pattern.test(line));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        waiting.add({ pattern, resolve });
        void exited.then(() =>
          reject(new Error(`The backend exited without logging ${pattern}:\n${lines.join('\n')}`)),
        );
      });
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

async function listeningPort(child: ChildProcess): Promise<number> {
  for (;;) {
    const [message] = (await once(child, 'message')) as [ListeningMessage];
    if (typeof message?.listening?.port === 'number') return message.listening.port;
  }
}

/** GETs `url` until it answers `status` (bounded), for a process that gets ready on its own. */
export async function eventuallyAnswers(url: string, status: number): Promise<number> {
  let answered = 0;
  for (let attempt = 0; attempt < 100 && answered !== status; attempt += 1) {
    if (attempt > 0) await sleep(100);
    answered = await fetch(url).then(
      (response) => response.status,
      () => 0,
    );
  }
  return answered;
}
