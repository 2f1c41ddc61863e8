/**
 * The Account card, the privacy centre and its confirmations, built from plain data: what the
 * user reads on each and what each button does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderAccountCard } from '../../src/addon/common/account-card';
import type { UiContext } from '../../src/addon/common/context';
import {
  renderLeaveConfirmCard,
  renderPrivacyCard,
  renderSignedOutCard,
} from '../../src/addon/common/privacy-card';
import { translator } from '../../src/addon/i18n';
import { renderFailureCard } from '../../src/addon/ui/error-card';
import type { MeView } from '../../src/shared/contract';
import { button, buttonsIn, textsShownIn } from '../helpers/addon/card-json';
import { installAppsScriptGlobals } from '../helpers/addon/apps-script-globals';
import { CARD, describeConformance } from '../helpers/workbench/schemas';

beforeAll(() => installAppsScriptGlobals());

const OPEN_LINK_PREFIXES = (
  JSON.parse(readFileSync(path.join(__dirname, '../../appsscript.json'), 'utf8')) as {
    addOns: { common: { openLinkUrlPrefixes: string[] } };
  }
).addOns.common.openLinkUrlPrefixes;

const english: UiContext = { locale: 'en', timeZone: 'Europe/Paris', t: translator('en') };
const chinese: UiContext = { locale: 'zh-CN', timeZone: 'Asia/Shanghai', t: translator('zh-CN') };

function me(overrides: { user?: Partial<MeView['user']>; allowStatistics?: boolean } = {}): MeView {
  return {
    user: {
      id: '0193ab4f00000000a1b2c3d4e5f60718',
      email: 'alice@acme.example',
      name: 'Alice Martin',
      role: 'member',
      disabled: false,
      createdAt: '2026-10-01T08:00:00.000Z',
      lastActiveAt: '2026-11-30T08:00:00.000Z',
      ...overrides.user,
    },
    tenant: {
      kind: 'domain',
      domain: 'acme.example',
      externalGuests: 'allow',
      maxDriveRole: 'writer',
      retentionDays: null,
    },
    preferences: { allowStatistics: overrides.allowStatistics ?? true },
    stored: { meetingsOwned: 3, agendaItems: 12, notes: 7, messages: 41, files: 5 },
  };
}

type Card = GoogleAppsScript.Card_Service.Card;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- card JSON is read freely
const json = (card: Card) => JSON.parse(card.printJson()) as any;
const texts = (card: Card) => textsShownIn(json(card)).join('\n');

describe('the Account card', () => {
  it('says who the user is, in which domain and role, and that the service answers', () => {
    const card = renderAccountCard(english, { me: me() });
    const shown = texts(card);
    for (const text of ['Alice Martin', 'alice@acme.example', 'acme.example', 'Member']) {
      expect(shown).toContain(text);
    }
    expect(shown).toContain('Connected: the service answers.');
    expect(button(json(card), 'Privacy centre').action?.function).toBe('onOpenPrivacyCentre');
    expect(button(json(card), 'Privacy policy').link).toBe('https://www.mingwork.club/privacy');
    expect(button(json(card), 'Help').link).toBe('https://www.mingwork.club/help/workspace');
    // Google opens only links under the manifest's prefixes.
    for (const { link } of buttonsIn(json(card)).filter((b) => b.link)) {
      expect(OPEN_LINK_PREFIXES.some((prefix) => link!.startsWith(prefix))).toBe(true);
    }
    expect(buttonsIn(json(card)).map((b) => b.text)).not.toContain('Admin console');
  });

  it('offers the admin console to admins', () => {
    const card = renderAccountCard(english, { me: me({ user: { role: 'admin' } }) });
    expect(texts(card)).toContain('Administrator');
    expect(button(json(card), 'Admin console').action?.function).toBe('onOpenAdminConsole');
  });

  it('tells a disabled user why nothing else works', () => {
    const card = renderAccountCard(english, { me: me({ user: { disabled: true } }) });
    expect(texts(card)).toContain('disabled by your domain administrator');
  });

  it('when the service does not answer, still says who is signed in, with a Retry', () => {
    const card = renderAccountCard(english, {
      me: null,
      signedInAs: 'alice@acme.example',
      failure: { kind: 'unavailable' },
    });
    expect(texts(card)).toContain('alice@acme.example');
    expect(texts(card)).toContain('The Mingwork service is not answering right now.');
    expect(button(json(card), 'Retry').action).toMatchObject({
      function: 'onAccountRefresh',
      persistValues: true,
    });
  });

  it('offers no Retry when the service refuses the sign-in itself', () => {
    const card = renderAccountCard(english, {
      me: null,
      signedInAs: 'alice@acme.example',
      failure: { kind: 'signed-out', code: 'unauthenticated' },
    });
    expect(texts(card)).toContain('did not accept your Google sign-in');
    expect(buttonsIn(json(card)).map((b) => b.text)).not.toContain('Retry');
  });
});

describe('Google account text on the account and privacy cards', () => {
  // A name and address as Google may hand them over: what the user wrote, never markup.
  const hostile = me({ user: { name: 'Ana <b>R&D</b> "Ops"', email: "o'brien&co@acme.example" } });

  it('is shown as written on the Account card, escaped in formatted text', () => {
    const card = renderAccountCard(english, { me: hostile });
    const shown = textsShownIn(json(card));
    expect(shown).toContain('Ana &lt;b&gt;R&amp;D&lt;/b&gt; &quot;Ops&quot;');
    expect(shown).toContain('o&#39;brien&amp;co@acme.example');
    expect(shown.join('\n')).not.toContain('<b>R&D');
  });

  it('is escaped where the add-on reads it in place, when the service does not answer', () => {
    const card = renderAccountCard(english, {
      me: null,
      signedInAs: '<i>x</i>@acme.example',
      failure: { kind: 'unavailable' },
    });
    expect(textsShownIn(json(card))).toContain('&lt;i&gt;x&lt;/i&gt;@acme.example');
  });

  it('is escaped in what erasing deletes', () => {
    const card = renderLeaveConfirmCard(english, 'erase', hostile);
    expect(texts(card)).toContain('Your Mingwork account (o&#39;brien&amp;co@acme.example)');
  });
});

describe('the privacy centre', () => {
  it('shows what is stored, with the last activity in the user’s time zone', () => {
    const card = renderPrivacyCard(english, { me: me() });
    const shown = textsShownIn(json(card));
    const after = (label: string) => shown[shown.indexOf(label) + 1];
    expect(after('Meetings you started')).toBe('3');
    expect(after('Agenda items you wrote')).toBe('12');
    expect(after('Notes you wrote (shared and private)')).toBe('7');
    expect(after('Messages you wrote')).toBe('41');
    expect(after('Drive links you added')).toBe('5');
    expect(after('Last activity')).toBe('Mon 30 Nov, 09:00');
  });

  it('has the statistics switch on exactly while the user objects', () => {
    const control = (allowStatistics: boolean) =>
      JSON.stringify(json(renderPrivacyCard(english, { me: me({ allowStatistics }) })));
    expect(control(true)).toMatch(
      /"switchControl":\{[^}]*"name":"objectToStatistics"[^}]*"selected":false/,
    );
    expect(control(false)).toMatch(/"switchControl":\{[^}]*"selected":true/);
    expect(control(false)).toContain('"function":"onPrivacyStatisticsChange"');
    expect(control(false)).toContain('no statistics or personalisation use your data');
  });

  it('exports to Drive, and links the saved file', () => {
    const url = 'https://drive.google.com/file/d/1abc/view?usp=drivesdk';
    const card = renderPrivacyCard(english, {
      me: me(),
      exported: { name: 'Mingwork export 2026-11-30 09.00.json', url },
    });
    expect(button(json(card), 'Export to my Drive').action?.function).toBe('onPrivacyExport');
    expect(texts(card)).toContain('Mingwork export 2026-11-30 09.00.json');
    expect(button(json(card), 'Open').link).toBe(url);
  });

  it('asks to confirm before erasing or disconnecting', () => {
    const card = renderPrivacyCard(english, { me: me() });
    expect(button(json(card), 'Erase my data…').action).toMatchObject({
      function: 'onPrivacyConfirm',
      parameters: { how: 'erase' },
    });
    expect(button(json(card), 'Disconnect…').action).toMatchObject({
      function: 'onPrivacyConfirm',
      parameters: { how: 'disconnect' },
    });
  });

  it('says at its top what could not be done, with a Retry', () => {
    const card = renderPrivacyCard(english, {
      me: me(),
      problem: {
        message: 'The Mingwork service is not answering right now.',
        retry: {
          functionName: 'onPrivacyStatisticsChange',
          parameters: { objectToStatistics: 'true' },
        },
      },
    });
    expect(json(card).sections[0].widgets[0].textParagraph.text).toContain('not answering');
    expect(button(json(card), 'Retry').action).toMatchObject({
      function: 'onPrivacyStatisticsChange',
      parameters: { objectToStatistics: 'true' },
    });
  });

  it('speaks Simplified Chinese to a zh-CN user', () => {
    const card = renderPrivacyCard(chinese, { me: me() });
    expect(texts(card)).toContain('隐私中心');
    expect(texts(card)).toContain('您发起的会议');
    expect(texts(card)).toContain('11月30日 16:00');
  });
});

describe('the confirmation before leaving', () => {
  it('says exactly what is deleted and what stays, then erases or cancels', () => {
    const card = renderLeaveConfirmCard(english, 'erase', me());
    const shown = texts(card);
    expect(shown).toContain('Erase your Mingwork data?');
    expect(shown).toContain('Your Mingwork account (alice@acme.example)');
    expect(shown).toContain('The 3 meeting(s) you started, with everything in them');
    expect(shown).toContain('Your private notes, in every meeting');
    expect(shown).toContain('What you wrote in meetings others started');
    expect(shown).toContain('without your name');
    expect(button(json(card), 'Erase permanently').action).toMatchObject({
      function: 'onPrivacyLeave',
      parameters: { how: 'erase' },
    });
    expect(button(json(card), 'Cancel').action?.function).toBe('onCardBack');
  });

  it('names the disconnection for what it is', () => {
    const card = renderLeaveConfirmCard(english, 'disconnect', me());
    expect(texts(card)).toContain('Disconnect your Google account?');
    expect(button(json(card), 'Disconnect and delete').action?.parameters).toEqual({
      how: 'disconnect',
    });
  });

  it('afterwards shows the signed-out state, with nothing of the old account', () => {
    const card = renderSignedOutCard(english, 'erase');
    expect(texts(card)).toContain('Signed out of Mingwork');
    expect(texts(card)).not.toContain('alice');
    expect(button(json(card), 'Use Mingwork again').action?.function).toBe('onAccountRefresh');
  });
});

describe('the failure card every feature shares', () => {
  it('tells a disabled user their admin disabled them, with nothing to retry', () => {
    const card = renderFailureCard(
      english,
      { kind: 'disabled', code: 'account_disabled' },
      {
        functionName: 'onPrivacyRefresh',
      },
    );
    expect(texts(card)).toContain('Account disabled');
    expect(texts(card)).toContain('disabled by your domain administrator');
    expect(buttonsIn(json(card))).toEqual([]);
  });

  it('offers Retry only for what a retry can cure', () => {
    const retry = { functionName: 'onPrivacyRefresh' as const };
    expect(
      buttonsIn(json(renderFailureCard(english, { kind: 'unavailable' }, retry))),
    ).toHaveLength(1);
    expect(buttonsIn(json(renderFailureCard(english, { kind: 'not-set-up' }, retry)))).toEqual([]);
  });
});

describeConformance('privacy cards validate against Google’s card schema', (schemas) => {
  const cards: Array<[string, () => Card]> = [
    ['account', () => renderAccountCard(english, { me: me({ user: { role: 'admin' } }) })],
    [
      'account, service down',
      () =>
        renderAccountCard(english, {
          me: null,
          signedInAs: 'alice@acme.example',
          failure: { kind: 'unavailable' },
        }),
    ],
    [
      'privacy centre after an export',
      () =>
        renderPrivacyCard(english, {
          me: me({ allowStatistics: false }),
          exported: { name: 'x.json', url: 'https://drive.google.com/file/d/1/view' },
        }),
    ],
    ['erase confirmation', () => renderLeaveConfirmCard(english, 'erase', me())],
    ['signed out', () => renderSignedOutCard(chinese, 'disconnect')],
    ['disabled', () => renderFailureCard(english, { kind: 'disabled' })],
  ];
  it.each(cards)('%s', (_name, render) => {
    expect(schemas().errors(CARD, json(render()))).toEqual([]);
  });
});
