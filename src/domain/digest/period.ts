import type { Instant, LocalDate } from '../deadlines/index.js';
import { addDays, isoWeekday, localDate, toEpochDay, toLocalDate, yearOf } from '../deadlines/index.js';

/**
 * The period a digest covers: one ISO week (Monday to Sunday in TIME_ZONE) and the year to date it ends.
 *
 * Year to date runs from the Monday of ISO week 1 of the week's ISO year, not from 1 January: so the week
 * is always part of the year to date, and the weekly figures of weeks 1..N add up to it. The difference is
 * at most three days around New Year (2026-W01 starts on Monday 29 December 2025).
 */
export interface DigestPeriod {
  readonly timeZone: string;
  readonly isoYear: number;
  readonly isoWeek: number;
  /** Monday of the week. */
  readonly weekStart: LocalDate;
  /** Sunday of the week: figures "at the period's end" are as of the end of this day. */
  readonly lastDay: LocalDate;
  /** Monday of ISO week 1 of isoYear. */
  readonly yearStart: LocalDate;
  /** Local midnight starting weekStart, as an ISO instant (UTC). */
  readonly weekStartAt: string;
  /** Local midnight after lastDay: the period is [start, end), so an entry at exactly this instant is next week's. */
  readonly endAt: string;
  /** Local midnight starting yearStart. */
  readonly yearStartAt: string;
}

/** The Monday of the ISO week `date` is in. */
function mondayOf(date: LocalDate): LocalDate {
  return addDays(date, 1 - isoWeekday(date));
}

/** Widest offsets from UTC in use (UTC-12 to UTC+14), with a margin: local midnight lies within this of UTC midnight. */
const SEARCH_MS = 16 * 3_600_000;

/**
 * The first instant whose date in `timeZone` is `date` (local midnight, or the first instant after a DST
 * gap at midnight). Found by bisection on toLocalDate, so it needs nothing from the zone but Intl.
 */
export function startOfLocalDay(date: LocalDate, timeZone: string): Date {
  const utcMidnight = toEpochDay(date) * 86_400_000;
  let lo = utcMidnight - SEARCH_MS; // local date before `date`
  let hi = utcMidnight + SEARCH_MS; // local date `date` or later
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (toLocalDate(new Date(mid), timeZone) >= date) hi = mid;
    else lo = mid;
  }
  return new Date(hi);
}

/**
 * The digest period of the ISO week starting on `monday` (which must be a Monday).
 * Throws RangeError naming the argument when it is not.
 */
export function periodOfWeek(monday: LocalDate, timeZone: string): DigestPeriod {
  if (isoWeekday(monday) !== 1) throw new RangeError(`monday: ${monday} is not a Monday`);
  const isoYear = yearOf(addDays(monday, 3)); // the week belongs to the year of its Thursday
  const yearStart = mondayOf(localDate(`${String(isoYear).padStart(4, '0')}-01-04`));
  const lastDay = addDays(monday, 6);
  return {
    timeZone,
    isoYear,
    isoWeek: (toEpochDay(monday) - toEpochDay(yearStart)) / 7 + 1,
    weekStart: monday,
    lastDay,
    yearStart,
    weekStartAt: startOfLocalDay(monday, timeZone).toISOString(),
    endAt: startOfLocalDay(addDays(lastDay, 1), timeZone).toISOString(),
    yearStartAt: startOfLocalDay(yearStart, timeZone).toISOString(),
  };
}

/**
 * The last complete ISO week at `at`: the week that ended at or before it. At Monday 08:00 (when the digest
 * is posted) that is the week just ended; on a Thursday it is still last week, so the digest shown in chat
 * on demand is the same one that was posted on Monday, figure for figure.
 */
export function weekEndingAt(at: Instant, timeZone: string): DigestPeriod {
  return periodOfWeek(addDays(mondayOf(toLocalDate(at, timeZone)), -7), timeZone);
}
