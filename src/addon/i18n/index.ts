import { en, type MessageKey } from './en';
import { zhCN } from './zh-CN';

export type { MessageKey };
export type Locale = 'en' | 'zh-CN';
export type Catalogue = Record<MessageKey, string>;

export const CATALOGUES: Record<Locale, Catalogue> = { en, 'zh-CN': zhCN };

/**
 * Picks the catalogue for a host locale such as "zh_CN", "zh-Hans" or "en_GB".
 * Traditional Chinese falls back to English rather than showing simplified characters.
 */
export function resolveLocale(userLocale: string | undefined): Locale {
  const tag = (userLocale ?? '').replace(/_/g, '-').toLowerCase();
  if (tag === 'zh' || tag === 'zh-cn' || tag === 'zh-sg' || tag.startsWith('zh-hans')) {
    return 'zh-CN';
  }
  return 'en';
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Returns a translator bound to one locale; `{name}` placeholders are filled from params. */
export function translator(locale: Locale): Translate {
  const catalogue = CATALOGUES[locale];
  return (key, params) =>
    catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      params && name in params ? String(params[name]) : whole,
    );
}
