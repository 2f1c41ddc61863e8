/**
 * The workbench as a person uses it: a real browser on the page, the built add-on in the
 * sandbox, and the real backend in its own process on a fresh SQLite database.
 */
import type { Page } from 'playwright-core';
import { BROWSER_AVAILABLE, CHROMIUM_PATH } from '../helpers/browser';
import { useWorkbenchInBrowser } from '../helpers/workbench/in-browser';

const describeInBrowser = BROWSER_AVAILABLE ? describe : describe.skip;
if (!BROWSER_AVAILABLE)
  console.warn(`Skipping the workbench browser tests: no Chromium at ${CHROMIUM_PATH}.`);

describeInBrowser('workbench page', () => {
  const running = useWorkbenchInBrowser('e2e');
  let page: Page;

  beforeEach(async () => {
    page = await running.browser.newPage();
    await page.goto(running.workbench.url);
  });

  afterEach(() => page.close());

  const panel = () => page.locator('#panel-cards');

  it('opens on the Calendar homepage card for the first sample user', async () => {
    await panel().getByText('Your week in Mingwork').waitFor();
    await expect(page.locator('#user').inputValue()).resolves.toBe('alice@acme.example');
    await expect(page.locator('#host .event').count()).resolves.toBeGreaterThan(0);
  });

  it('shows the opened event, read in place, in the side panel', async () => {
    await page.locator('#host .event', { hasText: 'Weekly product sync' }).click();
    await panel().getByText('Start a Mingwork meeting').waitFor();
    await expect(panel().innerText()).resolves.toContain('Weekly product sync');
  });

  it('counts the files selected in Drive', async () => {
    await page.locator('[data-host="drive"]').click();
    await panel().getByText('Share files to a meeting').waitFor();
    await page.getByRole('checkbox', { name: 'Roadmap 2027' }).check();
    await panel().getByText('1 file(s) selected.').waitFor();
  });

  it('speaks Simplified Chinese when the host language is zh_CN', async () => {
    await panel().getByText('Your week in Mingwork').waitFor();
    await page.locator('#locale').selectOption('zh_CN');
    await panel().getByText('本周的 Mingwork').waitFor();
  });

  it('runs a universal action from the panel bar', async () => {
    await panel().getByText('Your week in Mingwork').waitFor();
    await page.locator('#universal').getByText('Privacy').click();
    await panel().getByText('Privacy centre').waitFor();
    await expect(panel().innerText()).resolves.toContain(
      'Only event IDs, Drive links and one-way guest digests leave Google',
    );
  });
});
