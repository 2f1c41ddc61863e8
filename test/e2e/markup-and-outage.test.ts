/**
 * Two things a user must never be hurt by, clicked through the workbench page in Chromium:
 * Google text that looks like markup (an event title, a place, a person's name) shown as
 * written on the Calendar and Account cards; and a backend that stops answering mid-session,
 * met with a Retry that keeps what was typed. Screenshots land in artifacts/screenshots/.
 */
import type { Browser, Page } from 'playwright-core';
import { WORKBENCH_AUDIENCE } from '../../src/shared/settings';
import { loadWorld } from '../../src/workbench/fixtures/load-world';
import { sampleWorld } from '../../src/workbench/fixtures/sample-world';
import { createPageApi } from '../../src/workbench/page-api';
import { startWorkbenchServer, type WorkbenchServer } from '../../src/workbench/server';
import { useBackendWithIssuer } from '../helpers/addon/backend-with-issuer';
import {
  BROWSER_AVAILABLE,
  CHROMIUM_PATH,
  launchBrowser,
  screenshotPath,
} from '../helpers/browser';

const describeInBrowser = BROWSER_AVAILABLE ? describe : describe.skip;
if (!BROWSER_AVAILABLE)
  console.warn(`Skipping the markup and outage browser story: no Chromium at ${CHROMIUM_PATH}.`);

const REVIEW_ID = '5m2c8v1q9k3h7d0f6a4b2e8g0l';
const TITLE = 'R&D <> Sales: "Q1" <b>pricing</b>';
const PLACE = 'Room <Hopper> & Co';
const ALICE = 'Alice <i>Martin</i> & Co';

/** The sample world, with Google text that is also valid markup. */
const world = loadWorld(
  {
    ...sampleWorld,
    users: sampleWorld.users.map((user) =>
      user.email === 'alice@acme.example' ? { ...user, name: ALICE } : user,
    ),
    events: sampleWorld.events.map((event) =>
      event.id === REVIEW_ID ? { ...event, summary: TITLE, location: PLACE } : event,
    ),
  },
  new Date(),
);

describeInBrowser('markup-like Google text and a backend that stops answering', () => {
  const running = useBackendWithIssuer('markup-outage', WORKBENCH_AUDIENCE);
  let server: WorkbenchServer;
  let api: ReturnType<typeof createPageApi>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    api = createPageApi({
      world,
      backendUrl: running.backend.url,
      identity: running.issuer,
      defaultUser: 'alice@acme.example',
    });
    server = await startWorkbenchServer(api, 0);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
    await page.goto(server.url);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await api?.close();
  });

  const panel = () => page.locator('#panel-cards');
  const press = (text: string) =>
    panel().getByRole('button', { name: text, exact: true }).first().click();
  const shot = (name: string) => page.screenshot({ path: screenshotPath(name), fullPage: true });

  it('shows the title, place and names as written, none of it as markup', async () => {
    await panel().getByText(TITLE, { exact: true }).waitFor();
    await page.locator('#host .event', { hasText: 'R&D' }).first().click();
    await panel().getByText('Start a Mingwork meeting').waitFor();
    await press('Start a Mingwork meeting');
    await panel().getByText('You started this Mingwork meeting as the organizer.').waitFor();
    const text = await panel().innerText();
    for (const written of [TITLE, PLACE, ALICE]) expect(text).toContain(written);
    await expect(panel().locator('b, i').count()).resolves.toBe(0);
    await shot('markup-event-card');

    await page.locator('#universal').getByText('Account', { exact: true }).click();
    await panel().getByText(ALICE, { exact: true }).waitFor();
    await expect(panel().locator('i').count()).resolves.toBe(0);
    await shot('markup-account-card');
  });

  it('keeps a message typed while the backend is down, and offers a Retry everywhere, in both languages', async () => {
    await page.locator('#host .event', { hasText: 'R&D' }).first().click();
    await panel().locator('textarea[name="messageBody"]').waitFor();
    await running.backend.stop();

    await panel().locator('textarea[name="messageBody"]').fill('Numbers by Friday.');
    await press('Post');
    await panel().getByText('The Mingwork service is not answering right now.').waitFor();
    await expect(panel().locator('textarea[name="messageBody"]').inputValue()).resolves.toBe(
      'Numbers by Friday.',
    );
    await panel().getByRole('button', { name: 'Retry', exact: true }).waitFor();
    await shot('outage-post-kept');

    // The event as Calendar has it, its meeting replaced by the failure and a Retry.
    await page.locator('[data-host="calendar"]').click();
    await panel().getByText(PLACE, { exact: true }).waitFor();
    await expect(panel().innerText()).resolves.toContain(
      'The Mingwork service is not answering right now.',
    );
    await panel().getByRole('button', { name: 'Retry', exact: true }).waitFor();
    await shot('outage-event-card');
    await page.locator('#locale').selectOption('zh_CN');
    await panel().getByText('Mingwork 服务暂时没有响应。请稍后重试。').waitFor();
    await panel().getByRole('button', { name: '重试', exact: true }).waitFor();
    await shot('outage-event-card-zh-CN');
    await page.locator('#locale').selectOption('en');

    // Another user's week: the events, unmarked, with the failure and a Retry on top.
    await page.locator('#user').selectOption('carol@globex.example');
    await panel().getByText('Your week in Mingwork').waitFor();
    await panel().getByText('The Mingwork service is not answering right now.').waitFor();
    await panel().getByRole('button', { name: 'Retry', exact: true }).waitFor();
    await shot('outage-homepage');
  });
});
