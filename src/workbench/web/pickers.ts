/**
 * Date and time pickers as Google shows them and reads them back. A date-time is an instant,
 * shown on the wall clock of the card's fixed offset or else of the user's time zone; a date
 * is midnight UTC of that day; a time is a time of day (milliseconds since midnight).
 */
import type { DateTimePickerJson, FormInputJson } from '../gas/card-service/json';
import { timeZoneOffsetMinutes } from '../gas/format-date';

export type PickerType = DateTimePickerJson['type'];

export const PICKER_INPUT_TYPES: Record<PickerType, 'datetime-local' | 'date' | 'time'> = {
  DATE_AND_TIME: 'datetime-local',
  DATE_ONLY: 'date',
  TIME_ONLY: 'time',
};

const MS_PER_MINUTE = 60_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** The zone a picker shows its value in: "GMT+05:30" for a card's fixed offset, else the user's. */
export function pickerTimeZone(picker: DateTimePickerJson, userTimeZone: string): string {
  const offset = picker.timezoneOffsetDate;
  if (offset === undefined) return userTimeZone;
  const minutes = Math.abs(offset);
  return `GMT${offset < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

function offsetMs(ms: number, timeZone: string): number {
  return timeZoneOffsetMinutes(new Date(ms), timeZone) * MS_PER_MINUTE;
}

/** The instant a wall-clock time (given as if it were UTC) names in a zone. */
function instantOfWallClock(wallMs: number, timeZone: string): number {
  // The offset at the first guess can be off by a DST change between it and the answer.
  const guess = wallMs - offsetMs(wallMs, timeZone);
  return wallMs - offsetMs(guess, timeZone);
}

/** What the `<input>` shows for a picker's valueMsEpoch: "2027-03-01T09:30", a date or a time. */
export function pickerInputValue(type: PickerType, valueMsEpoch: number, timeZone: string): string {
  const shift = type === 'DATE_AND_TIME' ? offsetMs(valueMsEpoch, timeZone) : 0;
  const wall = new Date(valueMsEpoch + shift).toISOString();
  const date = wall.slice(0, 10);
  const time = wall.slice(11, 16);
  if (type === 'DATE_ONLY') return date;
  if (type === 'TIME_ONLY') return time;
  return `${date}T${time}`;
}

/** What the host sends for a picker's `<input>` value; nothing while it is empty. */
export function pickerFormInput(
  type: PickerType,
  value: string,
  timeZone: string,
): FormInputJson | undefined {
  if (!value) return undefined;
  if (type === 'TIME_ONLY') {
    const [hours = 0, minutes = 0] = value.split(':').map(Number);
    return { timeInput: { hours, minutes } };
  }
  if (type === 'DATE_ONLY') return { dateInput: { msSinceEpoch: Date.parse(`${value}T00:00Z`) } };
  const msSinceEpoch = instantOfWallClock(Date.parse(`${value}Z`), timeZone);
  return { dateTimeInput: { msSinceEpoch, hasDate: true, hasTime: true } };
}
