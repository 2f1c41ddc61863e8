/**
 * The Calendar sidebar story clicked through the workbench page in Chromium, as a new user
 * would after `npm start`: Alice starts the Globex contract review's meeting and fills it,
 * Carol (another domain) sees its shared content but not Alice's private note, Dan (not
 * invited) sees nothing. Screenshots of the homepage, an unlinked event, the linked event and
 * the Chinese UI land in artifacts/screenshots/ (git-ignored).
 */
import type { Page } from 'playwright-core';
import type { InvokeRequest, InvokeResult } from '../../src/workbench/page-contract';
import { BROWSER_AVAILABLE, CHROMIUM_PATH, screenshotPath } from '../helpers/browser';
import { button } from '../helpers/addon/card-json';
import { useWorkbenchInBrowser } from '../helpers/workbench/in-browser';

const describeInBrowser = BROWSER_AVAILABLE ? describe : describe.skip;
if (!BROWSER_AVAILABLE)
  console.warn(`Skipping the Calendar browser story: no Chromium at ${CHROMIUM_PATH}.`);

const REVIEW = 'Globex contract review';
const REVIEW_ID = '5m2c8v1q9k3h7d0f6a4b2e8g0l';

describeInBrowser('the Calendar sidebar in the workbench page', () => {
  const running = useWorkbenchInBrowser('calendar-e2e');
  let page: Page;

  beforeAll(async () => {
    page = await running.browser.newPage({ viewport: { width: 1280, height: 1400 } });
    await page.goto(running.workbench.url);
  });

  afterAll(() => page?.close());

  const panel = () => page.locator('#panel-cards');
  /** The whole page, the side panel unrolled to its full length rather than scrolled. */
  async function shot(name: string): Promise<void> {
    const unrolled = await page.addStyleTag({
      content: '.layout { height: auto; } .panel, .host { overflow: visible; }',
    });
    await page.screenshot({ path: screenshotPath(name), fullPage: true });
    await unrolled.evaluate((style) => style.remove());
  }
  const press = (text: string) =>
    panel().getByRole('button', { name: text, exact: true }).first().click();
  const toast = (text: string) => page.locator('#toasts').getByText(text).first().waitFor();
  const openInCalendar = (title: string) =>
    page.locator('#host .event', { hasText: title }).first().click();

  async function signInAs(email: string): Promise<void> {
    await page.locator('#user').selectOption(email);
    await panel().getByText('Your week in Mingwork').waitFor();
  }

  /** Runs a callback through the page's own API, as a click would, to seed a long thread. */
  async function invoke(request: Omit<InvokeRequest, 'host'>): Promise<InvokeResult> {
    const response = await fetch(`${running.workbench.url}/api/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ host: 'calendar', ...request }),
    });
    return (await response.json()) as InvokeResult;
  }

  it('shows Alice her week with this week in numbers', async () => {
    await panel().getByText('Your week in Mingwork').waitFor();
    await panel().getByText('This week').waitFor();
    await expect(panel().innerText()).resolves.toContain(REVIEW);
    await expect(page.locator('#host').innerText()).resolves.toContain('All day');
    await shot('calendar-homepage');
  });

  it('says "this week" is off, in both languages, while Alice objects in the privacy centre', async () => {
    const objecting = () => panel().locator('input[name="objectToStatistics"]');
    await page.locator('#universal').getByText('Privacy', { exact: true }).click();
    await objecting().check();
    await toast('Statistics are off for your data.');
    await page.locator('[data-host="calendar"]').click();
    await panel()
      .getByText('Statistics are off: you objected to them in the privacy centre.')
      .waitFor();
    await expect(panel().innerText()).resolves.not.toContain('6 meetings');
    await shot('calendar-homepage-statistics-off');
    await page.locator('#locale').selectOption('zh_CN');
    await panel().getByText('统计已关闭', { exact: false }).waitFor();
    await shot('calendar-homepage-statistics-off-zh-CN');
    await page.locator('#locale').selectOption('en');

    await page.locator('#universal').getByText('Privacy', { exact: true }).click();
    await objecting().uncheck();
    await toast('Statistics may use your data again.');
    await page.locator('[data-host="calendar"]').click();
    await panel().getByText('This week').waitFor();
  });

  it('opens the contract review: its details, guests with RSVP, and a way to start', async () => {
    await openInCalendar(REVIEW);
    await panel().getByText('Start a Mingwork meeting').waitFor();
    const text = await panel().innerText();
    expect(text).toContain('Room Hopper');
    expect(text).toContain('Carol Diaz');
    expect(text).toContain('Awaiting reply');
    await shot('calendar-event-unlinked');
  });

  it('starts the meeting and builds the agenda, warned when it overruns', async () => {
    await press('Start a Mingwork meeting');
    await toast('Mingwork meeting started.');
    await panel().getByText('You started this Mingwork meeting as the organizer.').waitFor();
    for (const [title, minutes] of [
      ['Scope', '20'],
      ['Pricing', '30'],
      ['Next steps', '15'],
    ]) {
      await panel().locator('input[name="agendaTitle"]').fill(title!);
      await panel().locator('input[name="agendaMinutes"]').fill(minutes!);
      await press('Add to agenda');
      await panel().getByText(title!, { exact: true }).waitFor();
    }
    await panel().getByText('Planned: 65 min for a 60-minute event, 5 min too long.').waitFor();
    await expect(panel().locator('input[name="agendaTitle"]').inputValue()).resolves.toBe('');
  });

  it('checks off the first item and moves the second up', async () => {
    await panel().locator('input[name^="done-"]').first().check();
    await toast('Checked off.');
    await panel().locator('s', { hasText: 'Scope' }).waitFor();
    await press('Move up');
    await toast('Agenda reordered.');
    const agenda = panel().locator('.card-section', {
      has: page.getByRole('heading', { name: 'Agenda' }),
    });
    await expect(agenda.locator('.decorated .text').allInnerTexts()).resolves.toEqual([
      'Pricing',
      'Scope',
      'Next steps',
    ]);
  });

  it('adds a shared note and a private one, and posts a message', async () => {
    await panel().locator('textarea[name="noteBody"]').fill('Carol prefers annual billing.');
    await press('Add note');
    await toast('Note added.');
    await panel().locator('textarea[name="noteBody"]').fill('Walk-away price: 80k.');
    await panel().locator('input[name="noteVisibility"][value="private"]').check();
    await press('Add note');
    await toast('Private note added. Only you can see it.');
    await panel().getByText('Private, only you', { exact: false }).waitFor();
    await panel().locator('textarea[name="messageBody"]').fill('Draft attached by Friday.');
    await press('Post');
    await panel().getByText('Draft attached by Friday.').waitFor();
  });

  it('adds a Drive file by its link', async () => {
    await panel()
      .locator('input[name="fileUrl"]')
      .fill('https://docs.google.com/document/d/1GlobexMsaDraft00/edit');
    await press('Add file');
    await toast('File added.');
    await panel().getByText('https://docs.google.com/document/d/1GlobexMsaDraft00/edit').waitFor();
    await shot('calendar-event-linked');
  });

  it('pages back to older messages, and returns with the back arrow', async () => {
    const opened = await invoke({
      user: 'alice@acme.example',
      functionName: 'onCalendarEventOpen',
      eventId: REVIEW_ID,
    });
    const { parameters } = button(opened.response, 'Post').action!;
    for (let i = 1; i <= 50; i += 1) {
      await invoke({
        user: 'alice@acme.example',
        functionName: 'onPostMessage',
        eventId: REVIEW_ID,
        parameters,
        formInputs: { messageBody: { stringInputs: { value: [`Update ${i}`] } } },
      });
    }
    await openInCalendar(REVIEW);
    await panel().getByText('Update 50').waitFor();
    await press('Older messages');
    await panel().getByText('Earlier messages').waitFor();
    await panel().getByText('Draft attached by Friday.').waitFor();
    await page.locator('#panel-back').click();
    await panel().getByText('Update 50').waitFor();
  });

  it('shows Carol, a guest from another domain, the shared content but not the private note', async () => {
    await signInAs('carol@globex.example');
    await openInCalendar(REVIEW);
    await panel()
      .getByText("The organizer's Mingwork meeting, started by Alice Martin (acme.example).")
      .waitFor();
    const text = await panel().innerText();
    expect(text).toContain('Carol prefers annual billing.');
    expect(text).toContain('Pricing');
    expect(text).toContain('Update 50');
    expect(text).not.toContain('Walk-away price');
  });

  it('shows Carol the meeting in Simplified Chinese', async () => {
    await page.locator('#locale').selectOption('zh_CN');
    await panel().getByText('组织者的 Mingwork 会议', { exact: false }).waitFor();
    await expect(panel().innerText()).resolves.toContain('议程');
    await shot('calendar-event-zh-CN');
    await page.locator('#locale').selectOption('en');
  });

  it('shows Dan, who is not invited, nothing of it', async () => {
    await signInAs('dan@initech.example');
    await expect(page.locator('#host').innerText()).resolves.not.toContain(REVIEW);
    const text = await panel().innerText();
    expect(text).not.toContain(REVIEW);
    expect(text).not.toContain('Carol prefers annual billing.');
  });
});
