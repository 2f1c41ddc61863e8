import { resolveLocale, translator, type Locale, type Translate } from '../i18n';

type EventObject = GoogleAppsScript.Addons.EventObject;

/** What every card builder needs to speak the user's language and time zone. */
export interface UiContext {
  locale: Locale;
  timeZone: string;
  t: Translate;
}

/**
 * Reads locale and time zone from the event object. The manifest sets `useLocaleFromApp`,
 * so `userLocale` is the host app's language; the time zone is the user's calendar zone.
 */
export function uiContextFrom(e: EventObject | undefined): UiContext {
  const common = e?.commonEventObject;
  const locale = resolveLocale(common?.userLocale);
  const timeZone = common?.timeZone?.id || 'Etc/UTC';
  return { locale, timeZone, t: translator(locale) };
}
