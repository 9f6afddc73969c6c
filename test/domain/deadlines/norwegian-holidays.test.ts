import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isoWeekday } from '../../../src/domain/deadlines/local-date.js';
import {
  easterSunday, holidaysOf, isPublicHoliday, isWorkingDay,
} from '../../../src/domain/deadlines/norwegian-holidays.js';
import { anyDate, d } from './arbitraries.js';

describe('easterSunday', () => {
  it.each([
    [1818, '1818-03-22'], // the earliest possible date
    [1943, '1943-04-25'], // the latest possible date
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2030, '2030-04-21'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('%i: %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('refuses years outside the Gregorian calendar and non-integers', () => {
    expect(() => easterSunday(1582)).toThrow(RangeError);
    expect(() => easterSunday(2026.5)).toThrow(RangeError);
  });
});

describe('holidaysOf', () => {
  it('lists the twelve holidays of 2026 in date order, named in nb and en', () => {
    expect(holidaysOf(2026).map((h) => [h.date, h.code])).toEqual([
      ['2026-01-01', 'new_years_day'],
      ['2026-04-02', 'maundy_thursday'],
      ['2026-04-03', 'good_friday'],
      ['2026-04-05', 'easter_sunday'],
      ['2026-04-06', 'easter_monday'],
      ['2026-05-01', 'labour_day'],
      ['2026-05-14', 'ascension_day'],
      ['2026-05-17', 'constitution_day'],
      ['2026-05-24', 'whit_sunday'],
      ['2026-05-25', 'whit_monday'],
      ['2026-12-25', 'christmas_day'],
      ['2026-12-26', 'boxing_day'],
    ]);
    const skjaertorsdag = holidaysOf(2026)[1];
    expect(skjaertorsdag).toMatchObject({ nb: 'Skjærtorsdag', en: 'Maundy Thursday' });
  });

  it.each([
    [2027, '2027-05-17', ['constitution_day', 'whit_monday']],
    [2012, '2012-05-17', ['ascension_day', 'constitution_day']],
  ])('%i: keeps both names when two holidays share %s', (year, date, codes) => {
    expect(holidaysOf(year).filter((h) => h.date === date).map((h) => h.code).sort()).toEqual(codes);
  });

  it('places every movable holiday on its weekday, every year', () => {
    fc.assert(fc.property(fc.integer({ min: 1583, max: 9999 }), (year) => {
      const byCode = new Map(holidaysOf(year).map((h) => [h.code, h.date]));
      expect(byCode.size).toBe(12);
      const weekday = (code: string): number => isoWeekday(byCode.get(code) ?? d('1970-01-01'));
      expect([weekday('maundy_thursday'), weekday('good_friday'), weekday('easter_sunday')]).toEqual([4, 5, 7]);
      expect([weekday('easter_monday'), weekday('ascension_day'), weekday('whit_monday')]).toEqual([1, 4, 1]);
      const easter = easterSunday(year);
      expect(easter >= `${year}-03-22` && easter <= `${year}-04-25`).toBe(true);
      for (const h of holidaysOf(year)) expect(isPublicHoliday(h.date)).toBe(true);
    }));
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2026-04-01', true, 'Wednesday before Easter'],
    ['2026-04-02', false, 'Maundy Thursday'],
    ['2026-04-03', false, 'Good Friday'],
    ['2026-04-04', false, 'Easter Saturday (a Saturday)'],
    ['2026-04-06', false, 'Easter Monday'],
    ['2026-04-07', true, 'Tuesday after Easter'],
    ['2026-05-01', false, 'Labour Day'],
    ['2026-05-14', false, 'Ascension Day'],
    ['2026-05-15', true, 'Friday after Ascension'],
    ['2026-05-25', false, 'Whit Monday'],
    ['2024-05-17', false, 'Constitution Day on a Friday'],
    ['2027-05-17', false, 'Constitution Day and Whit Monday'],
    ['2025-12-24', true, 'Christmas Eve: not a public holiday in law'],
    ['2025-12-25', false, 'Christmas Day'],
    ['2025-12-26', false, "St Stephen's Day"],
    ['2025-12-31', true, "New Year's Eve: not a public holiday in law"],
    ['2026-01-01', false, "New Year's Day"],
    ['2026-01-02', true, 'Friday 2 January'],
    ['2026-03-28', false, 'Saturday'],
    ['2026-03-29', false, 'Sunday'],
  ])('%s: %s (%s)', (date, working) => {
    expect(isWorkingDay(d(date))).toBe(working);
  });

  it('agrees with the holiday list and the weekday for every date', () => {
    fc.assert(fc.property(anyDate, (date) => {
      const listed = holidaysOf(Number(date.slice(0, 4))).some((h) => h.date === date);
      expect(isPublicHoliday(date)).toBe(listed);
      expect(isWorkingDay(date)).toBe(!listed && isoWeekday(date) <= 5);
    }));
  });

  it('never lets a whole week pass without a working day', () => {
    fc.assert(fc.property(anyDate, (date) => [0, 1, 2, 3, 4, 5, 6].some((i) => isWorkingDay(addDays(date, i)))));
  });
});
