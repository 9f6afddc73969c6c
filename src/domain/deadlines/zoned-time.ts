import { memoize } from '../memo.js';
import type { LocalDate } from './local-date.js';

/**
 * Turning an instant into the wall-clock date and time of a named zone (TIME_ZONE, e.g. Europe/Oslo).
 *
 * Always through Intl.DateTimeFormat with an explicit zone, never the process zone: the bot runs in UTC
 * on App Service and on developers' laptops in whatever zone they are in, and a deadline must not
 * depend on which machine computed it.
 */

/** An instant as a Date, or as an ISO 8601 timestamp that carries its offset ('Z' or '+01:00'). */
export type Instant = Date | string;

/** Wall-clock reading of an instant in a zone: the date and 'HH:mm' (24-hour). */
export interface LocalDateTime {
  readonly date: LocalDate;
  readonly time: string;
}

// A timestamp without an offset would be read in the process zone by Date: refuse it rather than guess.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/i;

// Building a formatter costs far more than using one, and the digest converts thousands of journal
// timestamps. The cache holds immutable formatters keyed by zone, so sharing it changes no result.
const formatterFor = memoize(
  (timeZone: string) => new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }),
  (timeZone) => timeZone,
);

// Date quietly rolls 2026-02-30 over to 2 March; a timestamp naming a day that does not exist is wrong.
function isCalendarDay(iso: string): boolean {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

function toDate(instant: Instant): Date {
  if (typeof instant === 'string' && !ISO_INSTANT.test(instant)) {
    throw new RangeError(`not an ISO 8601 instant with an offset: ${JSON.stringify(instant)}`);
  }
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime()) || (typeof instant === 'string' && !isCalendarDay(instant))) {
    throw new RangeError(`invalid instant: ${String(instant)}`);
  }
  return date;
}

/** True when `timeZone` is an IANA zone this runtime knows; for validating configuration. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The date and time on a wall clock in `timeZone` at `instant`.
 * Throws RangeError for an unknown zone or an unparseable instant: both are bugs or bad configuration.
 */
export function localDateTime(instant: Instant, timeZone: string): LocalDateTime {
  const date = toDate(instant);
  const minute = Math.floor(date.getTime() / 60_000);
  // Every button press asks what day it is, often several times; formatToParts is the costly part.
  const last = lastReading.get(timeZone);
  if (last && last.minute === minute && minute >= WHOLE_MINUTE_OFFSETS_SINCE) return last.reading;
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(date)) parts[part.type] = part.value;
  const { year = '', month = '', day = '', hour = '', minute: mm = '' } = parts;
  const reading = { date: `${year.padStart(4, '0')}-${month}-${day}` as LocalDate, time: `${hour}:${mm}` };
  lastReading.set(timeZone, { minute, reading });
  return reading;
}

/**
 * The last reading per zone, by UTC minute. Two instants in the same UTC minute read the same wall-clock
 * minute wherever the zone's offset is a whole number of minutes, which holds in every zone of the tz
 * database since 1972 (Monrovia's -00:44:30 was the last exception): older instants are always computed.
 */
const lastReading = new Map<string, { readonly minute: number; readonly reading: LocalDateTime }>();
const WHOLE_MINUTE_OFFSETS_SINCE = Date.UTC(1980, 0, 1) / 60_000;

/**
 * The calendar date in `timeZone` at `instant`: 2026-03-28T23:30:00Z is 2026-03-29 in Europe/Oslo.
 * Throws RangeError for an unknown zone or an unparseable instant.
 */
export function toLocalDate(instant: Instant, timeZone: string): LocalDate {
  return localDateTime(instant, timeZone).date;
}
