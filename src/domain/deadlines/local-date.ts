/**
 * A calendar date with no time and no zone: what a deadline is made of.
 *
 * Branded ISO 'YYYY-MM-DD' string rather than a Date: it serialises as itself in the journal, the store
 * and card data, compares correctly with `<`, and the brand stops an arbitrary string (or a timestamp)
 * from being passed where a validated date is expected. Arithmetic goes through an epoch-day number
 * computed with integer formulas, so no time zone (and no DST change) can ever shift a day.
 */
// Converting instants lives in zoned-time.ts (it needs Intl); re-exported so callers find it here too.
export { toLocalDate, localDateTime, isValidTimeZone, type Instant, type LocalDateTime } from './zoned-time.js';

declare const localDateBrand: unique symbol;
export type LocalDate = string & { readonly [localDateBrand]: true };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Epoch days of 0001-01-01 and 9999-12-31: the range a four-digit year can spell. */
const MIN_EPOCH_DAY = -719_162;
const MAX_EPOCH_DAY = 2_932_896;

/** Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The date `epochDay` days after 1970-01-01; throws RangeError outside years 0001-9999 (a bug). */
export function fromEpochDay(epochDay: number): LocalDate {
  if (!Number.isInteger(epochDay) || epochDay < MIN_EPOCH_DAY || epochDay > MAX_EPOCH_DAY) {
    throw new RangeError(`epoch day ${epochDay} is outside years 0001-9999`);
  }
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as LocalDate;
}

/** Days since 1970-01-01 (negative before). Exact for every LocalDate. */
export function toEpochDay(date: LocalDate): number {
  const [, y, m, d] = ISO_DATE.exec(date) ?? [];
  return daysFromCivil(Number(y), Number(m), Number(d));
}

/**
 * The LocalDate spelled by `text`, or undefined when it is not 'YYYY-MM-DD' or not a real calendar day
 * (2026-02-29 and 2026-13-01 are rejected). Expected bad input comes back as a value, not a throw.
 */
export function parseLocalDate(text: string): LocalDate | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [, y, m, d] = match;
  const year = Number(y);
  if (year < 1) return undefined;
  const epochDay = daysFromCivil(year, Number(m), Number(d));
  // Round-tripping rejects day 31 in a 30-day month, month 13, and so on.
  return fromEpochDay(epochDay) === text ? (text as LocalDate) : undefined;
}

/** True when `value` is a string that parseLocalDate accepts. */
export function isLocalDate(value: unknown): value is LocalDate {
  return typeof value === 'string' && parseLocalDate(value) !== undefined;
}

/** The LocalDate for a literal known to be valid (constants, tests); throws RangeError otherwise. */
export function localDate(text: string): LocalDate {
  const date = parseLocalDate(text);
  if (date === undefined) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(text)}`);
  return date;
}

/** `date` moved by `days` calendar days (negative goes back). Never affected by DST. */
export function addDays(date: LocalDate, days: number): LocalDate {
  if (!Number.isInteger(days)) throw new RangeError(`days must be an integer, got ${days}`);
  return fromEpochDay(toEpochDay(date) + days);
}

/** Calendar days from `a` to `b`: positive when b is later. */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  // 1970-01-01 was a Thursday (4).
  return ((((toEpochDay(date) + 3) % 7) + 7) % 7) + 1;
}

/** The four-digit year of `date` as a number. */
export function yearOf(date: LocalDate): number {
  return Number(date.slice(0, 4));
}

/** -1, 0 or 1; ISO strings of equal length order the same way as the dates they spell. */
export function compareLocalDates(a: LocalDate, b: LocalDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}
