import type { UiContext } from '../common/context';

// Utilities.formatDate takes java.text.SimpleDateFormat patterns.
const DATE_TIME_PATTERNS = {
  en: 'EEE d MMM, HH:mm',
  'zh-CN': 'M月d日 HH:mm',
} as const;

/** Formats a date-time for display in the user's locale and time zone. */
export function formatDateTime(ui: UiContext, date: Date): string {
  return Utilities.formatDate(date, ui.timeZone, DATE_TIME_PATTERNS[ui.locale]);
}
