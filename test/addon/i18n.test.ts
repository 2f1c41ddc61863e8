import { readdirSync } from 'node:fs';
import path from 'node:path';
import { CATALOGUES, resolveLocale, translator } from '../../src/addon/i18n';

const EN_AREAS = path.join(__dirname, '../../src/addon/i18n/en');

describe('message catalogues', () => {
  it('have the same keys in every language', () => {
    const [reference, ...others] = Object.values(CATALOGUES).map((c) => Object.keys(c).sort());
    for (const keys of others) expect(keys).toEqual(reference);
  });

  it('use the same placeholders for a key in every language', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(CATALOGUES.en) as (keyof typeof CATALOGUES.en)[]) {
      expect([key, placeholders(CATALOGUES['zh-CN'][key])]).toEqual([
        key,
        placeholders(CATALOGUES.en[key]),
      ]);
    }
  });

  it('give every key one home: no area file overrides another', () => {
    const areaKeys = readdirSync(EN_AREAS)
      .filter((file) => file !== 'index.ts')
      .flatMap((file) => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const area = require(path.join(EN_AREAS, file)) as Record<string, object>;
        return Object.values(area).flatMap((messages) => Object.keys(messages));
      });
    expect(areaKeys.length).toBeGreaterThan(0);
    expect(areaKeys.sort()).toEqual(Object.keys(CATALOGUES.en).sort());
  });

  it('leave no message empty', () => {
    for (const catalogue of Object.values(CATALOGUES)) {
      for (const text of Object.values(catalogue)) expect(text.trim()).not.toBe('');
    }
  });
});

describe('resolveLocale', () => {
  it.each([
    ['zh_CN', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh_TW', 'en'],
    ['en_GB', 'en'],
    ['fr', 'en'],
    [undefined, 'en'],
  ])('maps %s to %s', (hostLocale, expected) => {
    expect(resolveLocale(hostLocale)).toBe(expected);
  });
});

describe('translator', () => {
  it('fills placeholders and keeps unknown ones visible', () => {
    expect(translator('en')('drive.selected.count', { count: 3 })).toBe('3 file(s) selected.');
    expect(translator('zh-CN')('drive.selected.count', { count: 3 })).toBe('已选择 3 个文件。');
    expect(translator('en')('admin.user.lastActive')).toBe('Last active {when}');
  });
});
