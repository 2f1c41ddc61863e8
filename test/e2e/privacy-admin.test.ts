/**
 * The privacy centre and the admin console as people use them in the workbench: a real
 * browser on the page, the built add-on in the sandbox, the real backend on a fresh SQLite
 * database. Screenshots of each step go to artifacts/screenshots/.
 */
import type { Page } from 'playwright-core';
import { BROWSER_AVAILABLE, CHROMIUM_PATH, screenshotPath } from '../helpers/browser';
import { useWorkbenchInBrowser } from '../helpers/workbench/in-browser';

const describeInBrowser = BROWSER_AVAILABLE ? describe : describe.skip;
if (!BROWSER_AVAILABLE)
  console.warn(`Skipping the privacy and admin browser tests: no Chromium at ${CHROMIUM_PATH}.`);

describeInBrowser('privacy centre and admin console in the workbench', () => {
  const running = useWorkbenchInBrowser('e2eprivacy');
  let page: Page;

  beforeEach(async () => {
    page = await running.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(running.workbench.url);
    await panel().getByText('Your week in Mingwork').waitFor();
  });

  afterEach(() => page.close());

  const panel = () => page.locator('#panel-cards');
  const screenshot = (name: string) =>
    page.screenshot({ path: screenshotPath(`privacy-admin-${name}`) });

  /** Switches the signed-in user; the page then opens the host's homepage card for them. */
  async function signInAs(email: string): Promise<void> {
    const homepage = page.waitForResponse((response) => response.url().endsWith('/api/invoke'));
    await page.locator('#user').selectOption(email);
    await homepage;
  }

  /** Runs a universal action and waits for its answer: its card may read like the last one. */
  async function universal(label: 'Account' | 'Privacy' | 'Admin'): Promise<void> {
    const answered = page.waitForResponse((response) => response.url().endsWith('/api/invoke'));
    await page.locator('#universal').getByText(label, { exact: true }).click();
    await answered;
  }

  async function toast(text: string): Promise<void> {
    await page.locator('#toasts .toast', { hasText: text }).waitFor();
  }

  it('an admin sets the domain policy and disables a user, who is then refused', async () => {
    // Bob has used Mingwork once, so the admin has someone to disable.
    await signInAs('bob@acme.example');
    await universal('Account');
    await panel().getByText('bob@acme.example').waitFor();

    await signInAs('alice@acme.example');
    await universal('Admin');
    await panel().getByText('Bob Chen').waitFor();
    await screenshot('1-admin-console');

    await panel().getByRole('button', { name: 'Domain policy' }).click();
    await panel().getByText('Guests from other domains').waitFor();
    await panel().getByRole('radio', { name: "Cannot see your domain's meetings" }).check();
    await panel().locator('select[name="maxDriveRole"]').selectOption('commenter');
    await panel().locator('input[name="retentionDays"]').fill('3');
    await panel().getByRole('button', { name: 'Save policy' }).click();
    await panel().getByText('Retention must be a whole number of days from 7 to 3650').waitFor();
    // The form kept what was typed; correct it and save.
    await expect(panel().locator('select[name="maxDriveRole"]').inputValue()).resolves.toBe(
      'commenter',
    );
    await panel().locator('input[name="retentionDays"]').fill('90');
    await panel().getByRole('button', { name: 'Save policy' }).click();
    await toast('Domain policy saved.');
    await screenshot('2-domain-policy-saved');

    await page.locator('#panel-back').click();
    await panel().getByText('Bob Chen').click();
    await panel().getByRole('button', { name: 'Disable account' }).click();
    await toast('Bob Chen was disabled.');
    await panel().getByRole('button', { name: 'Enable account' }).waitFor();
    await screenshot('3-user-disabled');

    // Bob's Calendar homepage, the first thing he sees, already says so; so does the centre.
    await signInAs('bob@acme.example');
    await panel().getByText('Account disabled').waitFor();
    await expect(panel().innerText()).resolves.not.toContain('Your week in Mingwork');
    await screenshot('4-disabled-user-calendar');
    await page.locator('#locale').selectOption('zh_CN');
    await panel().getByText('账户已停用').waitFor();
    await screenshot('4-disabled-user-calendar-zh-CN');
    await page.locator('#locale').selectOption('en');
    await panel().getByText('Account disabled').waitFor();
    await universal('Privacy');
    await panel().getByText('Account disabled').waitFor();
    await expect(panel().innerText()).resolves.toContain(
      'Your Mingwork account was disabled by your domain administrator.',
    );
    await screenshot('5-disabled-user-refused');
  });

  it('a user exports their data to their Drive, then erases it and is signed out', async () => {
    await signInAs('grace@globex.example');
    await universal('Privacy');
    await panel().getByText('What Mingwork stores about you').waitFor();
    await panel().getByRole('button', { name: 'Export to my Drive' }).click();
    await toast('Your export is saved in your Drive.');
    await panel().getByText('Saved in your Drive').waitFor();
    const fileName = await panel()
      .locator('.decorated', { hasText: 'Saved in your Drive' })
      .locator('.text')
      .innerText();
    expect(fileName).toMatch(/^Mingwork export \d{4}-\d\d-\d\d \d\d\.\d\d\.json$/);
    await screenshot('6-export-saved');

    await page.locator('[data-host="drive"]').click();
    await page.locator('#host .files').getByText(fileName).waitFor();
    await screenshot('7-export-in-drive');

    await page.locator('[data-host="calendar"]').click();
    await universal('Privacy');
    await panel().getByRole('button', { name: 'Erase my data…' }).click();
    await panel().getByText('Erase your Mingwork data?').waitFor();
    await expect(panel().innerText()).resolves.toContain(
      'Your Mingwork account (grace@globex.example)',
    );
    await screenshot('8-erase-confirmation');

    await panel().getByRole('button', { name: 'Erase permanently' }).click();
    await toast('Your Mingwork data was erased.');
    await panel().getByText('Signed out of Mingwork').waitFor();
    await expect(panel().innerText()).resolves.not.toContain('grace@globex.example');
    await screenshot('9-signed-out');
  });
});
