import type { UiContext } from '../common/context';

// Utilities.formatDate takes java.text.SimpleDateFormat patterns.
const DATE_TIME_PATTERNS = {
  en: 'EEE d MMM, HH:mm',
  'zh-CN': 'M月d日 HH:mm',
} as const;

const DATE_PATTERNS = {
  en: 'EEE d MMM',
  'zh-CN': 'M月d日',
} as const;

/** Formats a date-time for display in the user's locale and time zone. */
export function formatDateTime(ui: UiContext, date: Date): string {
  return Utilities.formatDate(date, ui.timeZone, DATE_TIME_PATTERNS[ui.locale]);
}

/**
 * Formats the day of an all-day event. Its date is held as UTC midnight and belongs to no
 * time zone, so it is formatted in UTC: in the user's zone it could land on the day before.
 */
export function formatDay(ui: UiContext, date: Date): string {
  return Utilities.formatDate(date, 'UTC', DATE_PATTERNS[ui.locale]);
}
