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

const TIME_PATTERN = 'HH:mm';
const MS_PER_DAY = 24 * 60 * 60 * 1000;

/** Formats a date-time for display in the user's locale and time zone. */
export function formatDateTime(ui: UiContext, date: Date): string {
  return Utilities.formatDate(date, ui.timeZone, DATE_TIME_PATTERNS[ui.locale]);
}

export function formatTime(ui: UiContext, date: Date): string {
  return Utilities.formatDate(date, ui.timeZone, TIME_PATTERN);
}

/** The day of a date-time in the user's zone, e.g. "Tue 1 Dec". */
export function formatDate(ui: UiContext, date: Date): string {
  return Utilities.formatDate(date, ui.timeZone, DATE_PATTERNS[ui.locale]);
}

/**
 * Formats the day of an all-day event. Its date is held as UTC midnight and belongs to no
 * time zone, so it is formatted in UTC: in the user's zone it could land on the day before.
 */
export function formatDay(ui: UiContext, date: Date): string {
  return Utilities.formatDate(date, 'UTC', DATE_PATTERNS[ui.locale]);
}

function sameDay(ui: UiContext, a: Date, b: Date): boolean {
  const day = (date: Date) => Utilities.formatDate(date, ui.timeZone, 'yyyy-MM-dd');
  return day(a) === day(b);
}

/**
 * When an event happens, as its card says it: "Tue 1 Dec, 09:00–09:45", or for all-day events
 * "Fri 4 Dec (all day)" and "Fri 4 Dec – Sun 6 Dec" (the end date is exclusive).
 */
export function formatEventTime(
  ui: UiContext,
  start: Date,
  end: Date | null,
  allDay: boolean,
): string {
  if (allDay) {
    const last = end ? new Date(end.getTime() - MS_PER_DAY) : start;
    if (last.getTime() <= start.getTime()) {
      return ui.t('calendar.time.allDay', { day: formatDay(ui, start) });
    }
    return `${formatDay(ui, start)} – ${formatDay(ui, last)}`;
  }
  if (!end) return formatDateTime(ui, start);
  if (sameDay(ui, start, end)) return `${formatDateTime(ui, start)}–${formatTime(ui, end)}`;
  return `${formatDateTime(ui, start)} – ${formatDateTime(ui, end)}`;
}
