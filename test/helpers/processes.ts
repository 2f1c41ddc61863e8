/**
 * Process trees as Linux shows them in /proc: which processes a command started, and
 * whether they are still running after it was stopped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

interface ProcessInfo {
  pid: number;
  parent: number;
  state: string;
}

/** /proc/<pid>/stat: "pid (command) state ppid …"; the command may hold spaces and parentheses. */
function readProcess(pid: number): ProcessInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const [state = '', parent = ''] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { pid, parent: Number(parent), state };
  } catch {
    return undefined;
  }
}

/** Every process below `pid`, children first. */
export function descendantsOf(pid: number): number[] {
  const all = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readProcess(Number(name)))
    .filter((info): info is ProcessInfo => info !== undefined);
  const found: number[] = [];
  const visit = (parent: number) => {
    for (const child of all.filter((info) => info.parent === parent)) {
      found.push(child.pid);
      visit(child.pid);
    }
  };
  visit(pid);
  return found;
}

/** A zombie has exited; only its parent has not collected it yet. */
export function isRunning(pid: number): boolean {
  const info = readProcess(pid);
  return info !== undefined && info.state !== 'Z';
}

/** The pids still running once they had up to ~10 s to exit. */
export async function stillRunningAfterAWhile(pids: number[]): Promise<number[]> {
  for (let attempt = 0; attempt < 100 && pids.some(isRunning); attempt += 1) await sleep(100);
  return pids.filter(isRunning);
}
