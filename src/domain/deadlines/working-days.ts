import { memoize } from '../memo.js';
import { addDays, toEpochDay, yearOf, type LocalDate } from './local-date.js';
import { holidaysOf, isWorkingDay } from './norwegian-holidays.js';

/**
 * Counting in working days (Monday to Friday, Norwegian public holidays excluded).
 *
 * One convention everywhere: a count covers the half-open range (from, to]. The start day itself never
 * counts, whether or not it is a working day, so an alert received on a Saturday with one day to go is
 * due on Monday, exactly like one received on Friday. That makes addWorkingDays and workingDaysBetween
 * inverses of each other, and "time per step" of a step opened and closed on the same day is 0.
 */

function checkInteger(name: string, value: number): void {
  if (!Number.isInteger(value)) throw new RangeError(`${name} must be an integer, got ${value}`);
}

/**
 * The `n`-th working day after `from`, for n ≥ 1 (always a working day, always later than `from`).
 * n = 0 returns `from` unchanged, even when it is not a working day. A negative n counts back: the
 * |n|-th working day before `from`. Throws RangeError when n is not an integer.
 */
export function addWorkingDays(from: LocalDate, n: number): LocalDate {
  checkInteger('n', n);
  return n === 0 ? from : workingDaysAdded(from, n);
}

// Every card shows deadlines counted from today, so the same few sums come up on every button press.
const workingDaysAdded = memoize(countWorkingDays, (from, n) => `${from} ${n}`);

function countWorkingDays(from: LocalDate, n: number): LocalDate {
  const step = n < 0 ? -1 : 1;
  let date = from;
  for (let left = Math.abs(n); left > 0; ) {
    date = addDays(date, step);
    if (isWorkingDay(date)) left -= 1;
  }
  return date;
}

/** The first working day after `date` (the day itself never counts). */
export function nextWorkingDay(date: LocalDate): LocalDate {
  return addWorkingDays(date, 1);
}

/** The last working day before `date` (the day itself never counts). */
export function previousWorkingDay(date: LocalDate): LocalDate {
  return addWorkingDays(date, -1);
}

/** Monday to Friday among the days up to and including epoch day `x`, relative to a fixed Monday. */
function weekdaysThrough(x: number): number {
  const sinceMonday = x + 3; // epoch day -3, 1969-12-29, was a Monday
  const weeks = Math.floor(sinceMonday / 7);
  const dayInWeek = sinceMonday - weeks * 7; // 0 = Monday ... 6 = Sunday
  return weeks * 5 + Math.min(dayInWeek + 1, 5);
}

/** Distinct public holidays on Monday to Friday in (a, b], for a ≤ b. */
function weekdayHolidaysIn(a: LocalDate, b: LocalDate): number {
  const seen = new Set<string>();
  for (let year = yearOf(a); year <= yearOf(b); year += 1) {
    for (const { date } of holidaysOf(year)) {
      if (date > a && date <= b && isWorkingDayIgnoringHolidays(date)) seen.add(date);
    }
  }
  return seen.size;
}

function isWorkingDayIgnoringHolidays(date: LocalDate): boolean {
  const x = toEpochDay(date);
  return weekdaysThrough(x) - weekdaysThrough(x - 1) === 1;
}

/**
 * Signed number of working days from `a` to `b`: the working days in (a, b] when b ≥ a, and minus the
 * working days in (b, a] when b < a. So workingDaysBetween(d, addWorkingDays(d, n)) === n for n ≥ 0,
 * and for every n when d is a working day. Used for "working days late" (due → today) and "time per
 * step" (opened → closed). Runs in time proportional to the years spanned, not the days.
 */
export function workingDaysBetween(a: LocalDate, b: LocalDate): number {
  if (b < a) return -workingDaysBetween(b, a);
  const weekdays = weekdaysThrough(toEpochDay(b)) - weekdaysThrough(toEpochDay(a));
  return weekdays - weekdayHolidaysIn(a, b);
}
