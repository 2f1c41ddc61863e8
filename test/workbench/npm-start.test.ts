/**
 * `npm start` is `npm run build && exec npm run workbench`; the build is what `npm test` has
 * just done, so these tests start `npm run workbench` — the same npm, shell and workbench
 * process chain the signal travels down — without building dist/ again under running tests.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { REPO_ROOT } from '../../src/workbench/sandbox';
import { isolatedBackendEnv } from '../helpers/backend-env';
import { descendantsOf, isRunning, stillRunningAfterAWhile } from '../helpers/processes';

function commandLineOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return '';
  }
}

describe('stopping npm start', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'with %s leaves neither the workbench nor its backend running',
    async (signal) => {
      const npm = spawn('npm', ['run', 'workbench'], {
        cwd: REPO_ROOT,
        env: {
          ...process.env,
          ...isolatedBackendEnv(`npm-start-${signal}`),
          WORKBENCH_PORT: '0',
          MINGWORK_PORT: '0',
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const exited = once(npm, 'exit');
      const lines = createInterface({ input: npm.stdout! });
      for await (const line of lines) {
        if (line.startsWith('Backend API:')) break;
      }

      const started = descendantsOf(npm.pid!);
      try {
        const commands = started.map(commandLineOf);
        expect(commands.some((command) => command.includes('src/workbench/start.ts'))).toBe(true);
        expect(commands.some((command) => command.includes('src/backend/cli.ts serve'))).toBe(true);

        npm.kill(signal);
        // npm waits for its child's output to close: an orphan left running keeps it waiting.
        await Promise.race([exited, sleep(15_000)]);
        expect(await stillRunningAfterAWhile([npm.pid!, ...started])).toEqual([]);
      } finally {
        for (const pid of [npm.pid!, ...started].filter(isRunning)) process.kill(pid, 'SIGKILL');
      }
    },
    60_000,
  );
});
