/**
 * Utilities.formatDate: java.text.SimpleDateFormat patterns in a given time zone, with
 * English names as Apps Script's default locale uses. Unknown zone ids fall back to GMT, as
 * Java's TimeZone.getTimeZone does.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface ZonedTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
  dayOfYear: number;
  offsetMinutes: number;
  instant: Date;
  timeZone: string;
}

const GMT_OFFSET = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/;

function isIanaZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Java accepts "GMT+2" and "GMT+02:00" as well as zone ids. */
function fixedOffsetMinutes(timeZone: string): number | undefined {
  const match = GMT_OFFSET.exec(timeZone);
  if (!match) return isIanaZone(timeZone) ? undefined : 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

function offsetInZone(date: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(date);
  const part = (type: string) => Number(parts.find((candidate) => candidate.type === type)?.value);
  const asUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

/** The zone's offset from UTC at that instant, in minutes (Java's rules for zone ids). */
export function timeZoneOffsetMinutes(date: Date, timeZone: string): number {
  return fixedOffsetMinutes(timeZone) ?? offsetInZone(date, timeZone);
}

function zonedTime(date: Date, timeZone: string): ZonedTime {
  const offsetMinutes = timeZoneOffsetMinutes(date, timeZone);
  const local = new Date(date.getTime() + offsetMinutes * 60_000);
  const startOfYear = Date.UTC(local.getUTCFullYear(), 0, 1);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    millisecond: local.getUTCMilliseconds(),
    weekday: local.getUTCDay(),
    dayOfYear: Math.floor((local.getTime() - startOfYear) / 86_400_000) + 1,
    offsetMinutes,
    instant: date,
    timeZone,
  };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function offsetText(minutes: number, separator: string): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${pad(Math.floor(absolute / 60), 2)}${separator}${pad(absolute % 60, 2)}`;
}

function gmtOffsetName(time: ZonedTime): string {
  return `GMT${offsetText(time.offsetMinutes, ':')}`;
}

/**
 * Java's short zone name (EST, PDT, CET, BST, UTC…) where Intl knows it in American or
 * British English; zones Intl only names by offset (Asia/Tokyo, which Java calls JST) keep
 * Java's "GMT+09:00" form, as do custom "GMT+2" zones. Unknown ids are Java's GMT.
 */
function shortZoneName(time: ZonedTime): string {
  const { instant, timeZone } = time;
  if (fixedOffsetMinutes(timeZone) !== undefined) {
    return GMT_OFFSET.test(timeZone) ? gmtOffsetName(time) : 'GMT';
  }
  for (const locale of ['en-US', 'en-GB']) {
    const name = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
      .formatToParts(instant)
      .find((part) => part.type === 'timeZoneName')?.value;
    if (name && !/^GMT[+-]/.test(name))
      return name === 'UTC' && /GMT/.test(timeZone) ? 'GMT' : name;
  }
  return gmtOffsetName(time);
}

function text(name: string, count: number): string {
  return count >= 4 ? name : name.slice(0, 3);
}

/** One run of a pattern letter, e.g. "MMM" → "Dec". */
function field(letter: string, count: number, time: ZonedTime): string {
  const hour12 = time.hour % 12 === 0 ? 12 : time.hour % 12;
  switch (letter) {
    case 'G':
      return 'AD';
    case 'y':
      return count === 2 ? pad(time.year % 100, 2) : pad(time.year, count);
    case 'M':
    case 'L':
      return count >= 3 ? text(MONTHS[time.month - 1]!, count) : pad(time.month, count);
    case 'd':
      return pad(time.day, count);
    case 'D':
      return pad(time.dayOfYear, count);
    case 'E':
      return text(WEEKDAYS[time.weekday]!, count);
    case 'u':
      return pad(time.weekday === 0 ? 7 : time.weekday, count);
    case 'a':
      return time.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(time.hour, count);
    case 'k':
      return pad(time.hour === 0 ? 24 : time.hour, count);
    case 'K':
      return pad(time.hour % 12, count);
    case 'h':
      return pad(hour12, count);
    case 'm':
      return pad(time.minute, count);
    case 's':
      return pad(time.second, count);
    case 'S':
      return pad(time.millisecond, count);
    case 'z':
      return count < 4 ? shortZoneName(time) : gmtOffsetName(time);
    case 'Z':
      return offsetText(time.offsetMinutes, '');
    case 'X':
      if (time.offsetMinutes === 0) return 'Z';
      if (count === 1) return offsetText(time.offsetMinutes, '').slice(0, 3);
      return offsetText(time.offsetMinutes, count === 2 ? '' : ':');
    default:
      throw new Error(`Illegal pattern character '${letter}'`);
  }
}

/** A quoted literal starting at `start`: '' is a quote, in or out of quotes ('o''clock'). */
function quoted(pattern: string, start: number): { text: string; next: number } {
  if (pattern[start + 1] === "'") return { text: "'", next: start + 2 };
  let text = '';
  let index = start + 1;
  while (index < pattern.length) {
    const char = pattern[index]!;
    if (char === "'" && pattern[index + 1] !== "'") return { text, next: index + 1 };
    text += char;
    index += char === "'" ? 2 : 1;
  }
  return { text, next: index };
}

export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const time = zonedTime(date, timeZone);
  let output = '';
  for (let index = 0; index < pattern.length;) {
    const char = pattern[index]!;
    if (char === "'") {
      const literal = quoted(pattern, index);
      output += literal.text;
      index = literal.next;
    } else if (/[A-Za-z]/.test(char)) {
      let count = 1;
      while (pattern[index + count] === char) count += 1;
      output += field(char, count, time);
      index += count;
    } else {
      output += char;
      index += 1;
    }
  }
  return output;
}
