/**
 * Debian's Chromium driven by playwright-core (Playwright cannot download a browser here).
 * Locally the browser tests skip when Chromium is missing; under CI=true they must run.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { REPO_ROOT } from '../../src/workbench/sandbox';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const BROWSER_AVAILABLE = existsSync(CHROMIUM_PATH) || process.env.CI === 'true';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS });
}

/** Where a browser test saves the screen `name` for people to look at (git-ignored). */
export function screenshotPath(name: string): string {
  const folder = path.join(REPO_ROOT, 'artifacts', 'screenshots');
  mkdirSync(folder, { recursive: true });
  return path.join(folder, `${name}.png`);
}
