/**
 * The admin console's cards, built from plain data, and the policy form's check: what an
 * admin reads and what each control sends.
 */
import { renderAuditCard } from '../../src/addon/common/admin-audit-card';
import {
  renderAdminsOnlyCard,
  renderUserCard,
  renderUsersCard,
} from '../../src/addon/common/admin-card';
import { renderPolicyCard } from '../../src/addon/common/admin-policy-card';
import type { UiContext } from '../../src/addon/common/context';
import { checkPolicyForm } from '../../src/addon/common/policy-form';
import { translator } from '../../src/addon/i18n';
import type { AdminUser, AuditEntry } from '../../src/shared/contract';
import { button, buttonsIn, textsShownIn } from '../helpers/addon/card-json';
import { installAppsScriptGlobals } from '../helpers/addon/apps-script-globals';
import { CARD, describeConformance } from '../helpers/workbench/schemas';

beforeAll(() => installAppsScriptGlobals());

const ui: UiContext = { locale: 'en', timeZone: 'Europe/Paris', t: translator('en') };

type Card = GoogleAppsScript.Card_Service.Card;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- card JSON is read freely
const json = (card: Card) => JSON.parse(card.printJson()) as any;
const texts = (card: Card) => textsShownIn(json(card)).join('\n');

const bob: AdminUser = {
  id: '0193ab4f0000000011112222bobbob01',
  email: 'bob@acme.example',
  name: 'Bob Chen',
  role: 'member',
  disabled: false,
  lastActiveAt: '2026-11-29T15:30:00.000Z',
};
const ada: AdminUser = {
  ...bob,
  id: '0193ab4f00000000333344440ada0ada',
  email: 'ada@acme.example',
  name: null,
  role: 'admin',
  disabled: true,
};

describe('the users card', () => {
  const page = { users: [bob, ada], nextCursor: ada.id };

  it('lists each user with email, role, state and last activity; a click opens them', () => {
    const card = renderUsersCard(ui, { page, q: '' });
    const lines = json(card).sections[1].widgets.filter(
      (w: { decoratedText?: unknown }) => w.decoratedText,
    );
    expect(lines.map((w: { decoratedText: { text: string } }) => w.decoratedText.text)).toEqual([
      'Bob Chen',
      'ada@acme.example',
    ]);
    expect(lines[0].decoratedText.topLabel).toBe('bob@acme.example');
    expect(lines[0].decoratedText.bottomLabel).toBe('Member · Last active Sun 29 Nov, 16:30');
    expect(lines[1].decoratedText.bottomLabel).toBe(
      'Administrator · Disabled · Last active Sun 29 Nov, 16:30',
    );
    expect(lines[0].decoratedText.onClick.action).toEqual({
      function: 'onAdminUserOpen',
      parameters: [{ key: 'userId', value: bob.id }],
    });
  });

  it('searches with what was typed, and pages with the search it shows', () => {
    const card = renderUsersCard(ui, { page, q: 'b', cursor: 'u0' });
    expect(JSON.stringify(json(card))).toMatch(/"textInput":\{"name":"q"[^}]*"value":"b"/);
    expect(button(json(card), 'Search').action).toMatchObject({
      function: 'onAdminUsers',
      persistValues: true,
    });
    expect(button(json(card), 'Next page').action?.parameters).toEqual({
      paging: 'true',
      q: 'b',
      cursor: ada.id,
    });
    expect(button(json(card), 'First page').action?.parameters).toEqual({ paging: 'true', q: 'b' });
  });

  it('shows no paging on a single page, and says when nobody matches', () => {
    const card = renderUsersCard(ui, { page: { users: [], nextCursor: null }, q: 'zz' });
    expect(texts(card)).toContain('No user matches.');
    expect(buttonsIn(json(card)).map((b) => b.text)).toEqual([
      'Domain policy',
      'Audit log',
      'Search',
    ]);
  });

  it('is replaced, for non-admins, by a card that says the console is for admins', () => {
    expect(texts(renderAdminsOnlyCard(ui))).toContain("for your domain's Mingwork administrators");
  });

  it("shows users' names and addresses as written, never as markup", () => {
    const hostile = {
      ...bob,
      name: '<font color="red">Eve</font> & co',
      email: 'e<v>e@acme.example',
    };
    const card = renderUsersCard(ui, { page: { users: [hostile], nextCursor: null }, q: '' });
    const line = json(card).sections[1].widgets.find(
      (w: { decoratedText?: unknown }) => w.decoratedText,
    ).decoratedText;
    expect(line.text).toBe('&lt;font color=&quot;red&quot;&gt;Eve&lt;/font&gt; &amp; co');
    expect(line.topLabel).toBe('e&lt;v&gt;e@acme.example');
  });
});

describe('a user’s card', () => {
  it('offers to disable an active member or make them admin', () => {
    const card = renderUserCard(ui, bob);
    expect(texts(card)).toContain('#bobbob01');
    expect(button(json(card), 'Disable account').action?.parameters).toEqual({
      userId: bob.id,
      change: 'disable',
    });
    expect(button(json(card), 'Make admin').action?.parameters).toEqual({
      userId: bob.id,
      change: 'grant',
    });
    expect(button(json(card), 'Back to users').action?.function).toBe('onAdminUsersBack');
  });

  it('offers to enable a disabled admin or remove the role, and says why a change failed', () => {
    const card = renderUserCard(ui, ada, { message: 'This is the last admin of your domain.' });
    expect(json(card).sections[0].widgets[0].textParagraph.text).toContain(
      'This is the last admin of your domain.',
    );
    expect(button(json(card), 'Enable account').action?.parameters.change).toBe('enable');
    expect(button(json(card), 'Remove admin').action?.parameters.change).toBe('revoke');
  });
});

describe('the domain policy card', () => {
  it('shows the policy as stored, or as typed, and saves keeping what was typed', () => {
    const card = renderPolicyCard(ui, {
      externalGuests: 'deny',
      maxDriveRole: 'commenter',
      retentionDays: '90',
    });
    const widgets = json(card).sections[0].widgets;
    const selected = (index: number) =>
      widgets[index].selectionInput.items
        .filter((i: { selected: boolean }) => i.selected)
        .map((i: { value: string }) => i.value);
    expect(widgets[0].selectionInput).toMatchObject({
      name: 'externalGuests',
      type: 'RADIO_BUTTON',
    });
    expect(selected(0)).toEqual(['deny']);
    expect(widgets[1].selectionInput).toMatchObject({ name: 'maxDriveRole', type: 'DROPDOWN' });
    expect(selected(1)).toEqual(['commenter']);
    expect(widgets[2].textInput).toMatchObject({ name: 'retentionDays', value: '90' });
    expect(button(json(card), 'Save policy').action).toMatchObject({
      function: 'onAdminPolicySave',
      persistValues: true,
    });
  });
});

describe('checkPolicyForm', () => {
  const form = { externalGuests: 'allow', maxDriveRole: 'writer', retentionDays: '' };

  it.each([
    ['', null],
    [' 30 ', 30],
    ['7', 7],
    ['3650', 3650],
  ])('accepts a retention of "%s" as %p', (retentionDays, expected) => {
    expect(checkPolicyForm({ ...form, retentionDays })).toEqual({
      ok: true,
      policy: { externalGuests: 'allow', maxDriveRole: 'writer', retentionDays: expected },
    });
  });

  it.each(['6', '3651', '30 days', '1.5', '-30', '1e3'])(
    'refuses a retention of "%s"',
    (retentionDays) => {
      expect(checkPolicyForm({ ...form, retentionDays })).toEqual({
        ok: false,
        problem: 'admin.policy.badRetention',
        field: 'retentionDays',
      });
    },
  );

  it('refuses a policy word the backend does not know', () => {
    expect(checkPolicyForm({ ...form, externalGuests: 'maybe' })).toMatchObject({
      ok: false,
      field: 'externalGuests',
    });
    expect(checkPolicyForm({ ...form, maxDriveRole: 'owner' })).toMatchObject({
      ok: false,
      field: 'maxDriveRole',
    });
  });
});

describe('the audit log card', () => {
  const entries: AuditEntry[] = [
    {
      id: 'a3',
      at: '2026-11-30T08:00:00.000Z',
      action: 'retention.account.erase',
      actor: 'retention-sweep',
      target: bob.id,
      detail: null,
    },
    {
      id: 'a2',
      at: '2026-11-29T08:00:00.000Z',
      action: 'admin.policy.update',
      actor: ada.id,
      target: null,
      detail: { retentionDays: 30 },
    },
    {
      id: 'a1',
      at: '2026-11-28T08:00:00.000Z',
      action: 'something.new',
      actor: ada.id,
      target: null,
      detail: null,
    },
  ];

  it('says what happened, when, and by whom, in pseudonyms only', () => {
    const card = renderAuditCard(ui, { page: { entries, nextCursor: 'a1' } });
    const shown = textsShownIn(json(card));
    expect(shown).toEqual(
      expect.arrayContaining([
        'Inactive account erased',
        'by the retention sweep, on #bobbob01',
        'Domain policy changed',
        'by #0ada0ada',
        'something.new',
        'Mon 30 Nov, 09:00',
      ]),
    );
    expect(shown.join('\n')).not.toMatch(/@|Bob Chen/);
  });

  it('pages back to older entries and forward to the newest', () => {
    const card = renderAuditCard(ui, { page: { entries, nextCursor: 'a1' }, cursor: 'a4' });
    expect(button(json(card), 'Older entries').action?.parameters).toEqual({
      paging: 'true',
      cursor: 'a1',
    });
    expect(button(json(card), 'Newest').action?.parameters).toEqual({ paging: 'true' });
  });
});

describeConformance('admin cards validate against Google’s card schema', (schemas) => {
  const cards: Array<[string, () => Card]> = [
    [
      'users',
      () =>
        renderUsersCard(ui, {
          page: { users: [bob, ada], nextCursor: 'x' },
          q: 'a',
          cursor: 'y',
          problem: { message: 'x', retry: { functionName: 'onAdminUsers' } },
        }),
    ],
    ['user', () => renderUserCard(ui, ada, { message: 'x' })],
    [
      'policy',
      () =>
        renderPolicyCard(ui, {
          externalGuests: 'allow',
          maxDriveRole: 'reader',
          retentionDays: '',
        }),
    ],
    ['audit', () => renderAuditCard(ui, { page: { entries: [], nextCursor: null } })],
    ['admins only', () => renderAdminsOnlyCard(ui)],
  ];
  it.each(cards)('%s', (_name, render) => {
    expect(schemas().errors(CARD, json(render()))).toEqual([]);
  });
});
