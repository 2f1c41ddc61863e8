/** The whole workbench on a fresh SQLite database, and a Chromium to use it with. */
import type { Browser } from 'playwright-core';
import { startWorkbench, type Workbench } from '../../../src/workbench/start';
import { isolatedBackendEnv } from '../backend-env';
import { launchBrowser } from '../browser';

export interface WorkbenchInBrowser {
  workbench: Workbench;
  browser: Browser;
}

/** Started before the suite and stopped after it; `name` keeps its database apart. */
export function useWorkbenchInBrowser(name: string): WorkbenchInBrowser {
  const running = {} as WorkbenchInBrowser;
  beforeAll(async () => {
    running.workbench = await startWorkbench({
      port: 0,
      backendPort: 0,
      quiet: true,
      backendEnv: isolatedBackendEnv(name),
    });
    running.browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await running.browser?.close();
    await running.workbench?.close();
  });
  return running;
}
