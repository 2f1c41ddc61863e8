/**
 * Logger and console. Lines go to the execution's log, which a test or the workbench page
 * shows; they never reach the Node process's own output.
 */
import { format } from 'node:util';
import { guarded, type Fake } from './not-implemented';
import type { Raise } from './runtime';
import type { LogEntry } from './trace';

type LoggerApi = GoogleAppsScript.Base.Logger;

export function createLogger(logs: LogEntry[], raise: Raise): LoggerApi {
  const logger: Fake<LoggerApi> = {
    log: (...args: unknown[]) => {
      logs.push({ level: 'info', message: format(...args) });
      return logger;
    },
    getLog: () => logs.map((entry) => entry.message).join('\n'),
    clear: () => {
      logs.length = 0;
    },
  };
  return guarded<LoggerApi>('Logger', logger, raise);
}

export function createConsole(
  logs: LogEntry[],
  raise: Raise,
): Pick<Console, 'log' | 'info' | 'warn' | 'error'> {
  const writer =
    (level: LogEntry['level']) =>
    (...args: unknown[]) => {
      logs.push({ level, message: format(...args) });
    };
  return guarded(
    'console',
    { log: writer('log'), info: writer('info'), warn: writer('warn'), error: writer('error') },
    raise,
  );
}
