import { readFileSync } from 'node:fs';
import path from 'node:path';

interface Manifest {
  runtimeVersion: string;
  oauthScopes: string[];
  urlFetchWhitelist: string[];
  dependencies: { enabledAdvancedServices: { userSymbol: string; version: string }[] };
  addOns: {
    common: {
      name: string;
      useLocaleFromApp: boolean;
      openLinkUrlPrefixes: string[];
      universalActions: { label: string }[];
    };
    calendar: {
      currentEventAccess: string;
      eventOpenTrigger: unknown;
      eventUpdateTrigger: unknown;
      homepageTrigger: unknown;
    };
    drive: { onItemsSelectedTrigger: unknown; homepageTrigger: unknown };
  };
}

const manifest = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../appsscript.json'), 'utf8'),
) as Manifest;
const SCOPE = 'https://www.googleapis.com/auth/';

describe('appsscript.json', () => {
  it('asks for exactly the narrow scopes of the design and nothing broader', () => {
    expect([...manifest.oauthScopes].sort()).toEqual(
      [
        `${SCOPE}calendar.addons.execute`,
        `${SCOPE}calendar.addons.current.event.read`,
        `${SCOPE}calendar.events.readonly`,
        `${SCOPE}drive.addons.metadata.readonly`,
        `${SCOPE}drive.file`,
        `${SCOPE}script.external_request`,
        `${SCOPE}script.locale`,
        `${SCOPE}userinfo.email`,
        'openid',
      ].sort(),
    );
  });

  it('lets the add-on reach and open only https URLs with a path', () => {
    const urls = [...manifest.urlFetchWhitelist, ...manifest.addOns.common.openLinkUrlPrefixes];
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      expect(url).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\/.*$/);
    }
  });

  it('runs on V8 with the Calendar and Drive v3 advanced services', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.dependencies.enabledAdvancedServices).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ userSymbol: 'Calendar', version: 'v3' }),
        expect.objectContaining({ userSymbol: 'Drive', version: 'v3' }),
      ]),
    );
  });

  it('declares the Calendar and Drive triggers, the universal actions and the host locale', () => {
    const { common, calendar, drive } = manifest.addOns;
    expect(common.name).toBe('Mingwork');
    expect(common.useLocaleFromApp).toBe(true);
    expect(common.universalActions.map((a) => a.label)).toEqual([
      'Account',
      'Privacy',
      'Admin',
      'Help',
    ]);
    expect(calendar.currentEventAccess).toBe('READ');
    expect(
      calendar.homepageTrigger && calendar.eventOpenTrigger && calendar.eventUpdateTrigger,
    ).toBeTruthy();
    expect(drive.homepageTrigger && drive.onItemsSelectedTrigger).toBeTruthy();
  });
});
