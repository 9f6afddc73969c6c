import { memoize } from '../memo.js';
import { addDays, isoWeekday, localDate, toEpochDay, yearOf, type LocalDate } from './local-date.js';

/**
 * Norwegian public holidays (helligdager under lov om helligdager og helligdagsfred § 2, plus the
 * offentlige høytidsdager 1 and 17 May), computed for any year so nothing has to be updated each
 * January.
 *
 * Deliberately NOT holidays: Christmas Eve (julaften), New Year's Eve (nyttårsaften), Easter Saturday
 * and the Wednesday before Maundy Thursday. The law does not list them; the state gives a shortened day
 * at most, and a deadline may fall on them. Palm Sunday and Easter/Whit Sunday are holidays but Sundays
 * anyway. The calendar of today is applied to every year; the rules before 1947 are not modelled.
 */
export interface Holiday {
  readonly date: LocalDate;
  /** Stable code, e.g. for tests and logs. */
  readonly code: string;
  readonly nb: string;
  readonly en: string;
}

type HolidayRule = Omit<Holiday, 'date'>;

const FIXED: readonly (HolidayRule & { readonly monthDay: string })[] = [
  { monthDay: '01-01', code: 'new_years_day', nb: 'Første nyttårsdag', en: "New Year's Day" },
  { monthDay: '05-01', code: 'labour_day', nb: 'Offentlig høytidsdag (1. mai)', en: 'Labour Day' },
  { monthDay: '05-17', code: 'constitution_day', nb: 'Grunnlovsdag (17. mai)', en: 'Constitution Day' },
  { monthDay: '12-25', code: 'christmas_day', nb: 'Første juledag', en: 'Christmas Day' },
  { monthDay: '12-26', code: 'boxing_day', nb: 'Andre juledag', en: "St Stephen's Day" },
];

/** Days after Easter Sunday. */
const EASTER_BASED: readonly (HolidayRule & { readonly offset: number })[] = [
  { offset: -3, code: 'maundy_thursday', nb: 'Skjærtorsdag', en: 'Maundy Thursday' },
  { offset: -2, code: 'good_friday', nb: 'Langfredag', en: 'Good Friday' },
  { offset: 0, code: 'easter_sunday', nb: 'Første påskedag', en: 'Easter Sunday' },
  { offset: 1, code: 'easter_monday', nb: 'Andre påskedag', en: 'Easter Monday' },
  { offset: 39, code: 'ascension_day', nb: 'Kristi himmelfartsdag', en: 'Ascension Day' },
  { offset: 49, code: 'whit_sunday', nb: 'Første pinsedag', en: 'Whit Sunday' },
  { offset: 50, code: 'whit_monday', nb: 'Andre pinsedag', en: 'Whit Monday' },
];

const FIXED_MONTH_DAYS = new Set(FIXED.map((rule) => rule.monthDay));
const EASTER_OFFSETS = new Set(EASTER_BASED.map((rule) => rule.offset));

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new RangeError(`year must be an integer in 1583-9999 (the Gregorian calendar), got ${year}`);
  }
}

/** Western (Gregorian) Easter Sunday of `year`, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): LocalDate {
  checkYear(year);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return localDate(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

/**
 * The twelve public holidays of `year` (1583-9999), sorted by date. Two may share a date (Whit Monday
 * was 17 May in 2027; Ascension Day was 17 May in 2012): both are listed, each with its own name.
 */
export function holidaysOf(year: number): readonly Holiday[] {
  const easter = easterSunday(year);
  const fixed = FIXED.map(({ monthDay, ...rule }) => ({ ...rule, date: localDate(`${year}-${monthDay}`) }));
  const movable = EASTER_BASED.map(({ offset, ...rule }) => ({ ...rule, date: addDays(easter, offset) }));
  return [...fixed, ...movable].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/** True on a Norwegian public holiday, whatever the weekday. */
export function isPublicHoliday(date: LocalDate): boolean {
  // Checked without building the year's list: this runs for every day of every deadline computed.
  if (FIXED_MONTH_DAYS.has(date.slice(5))) return true;
  const year = yearOf(date);
  if (year < 1583) return false;
  return EASTER_OFFSETS.has(toEpochDay(date) - toEpochDay(easterSunday(year)));
}

/** A working day is Monday to Friday and not a public holiday. */
export function isWorkingDay(date: LocalDate): boolean {
  return workingDay(date);
}

// Every deadline shown on a card counts its working days one by one over the same few weeks of dates.
const workingDay = memoize((date: LocalDate) => isoWeekday(date) <= 5 && !isPublicHoliday(date), (date) => date);
