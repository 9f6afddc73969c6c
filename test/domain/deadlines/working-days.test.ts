import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type LocalDate } from '../../../src/domain/deadlines/local-date.js';
import { isWorkingDay } from '../../../src/domain/deadlines/norwegian-holidays.js';
import {
  addWorkingDays, nextWorkingDay, previousWorkingDay, workingDaysBetween,
} from '../../../src/domain/deadlines/working-days.js';
import { toLocalDate } from '../../../src/domain/deadlines/zoned-time.js';
import { anyDate, d, smallCount } from './arbitraries.js';

describe('addWorkingDays', () => {
  it.each([
    // Easter 2026: Thursday 2 April to Monday 6 April are off.
    ['2026-03-31', 1, '2026-04-01'],
    ['2026-03-31', 2, '2026-04-07'],
    ['2026-04-01', 1, '2026-04-07'],
    ['2026-04-02', 1, '2026-04-07'], // from a holiday: counting starts the next working day
    ['2026-04-01', 5, '2026-04-13'],
    ['2026-03-27', 20, '2026-04-29'],
    // Easter 2027 falls across the end of March.
    ['2027-03-24', 1, '2027-03-30'],
    // 17 May 2026 is a Sunday; Ascension Day is Thursday 14 May, Whit Monday 25 May.
    ['2026-05-13', 1, '2026-05-15'],
    ['2026-05-15', 1, '2026-05-18'],
    ['2026-05-22', 1, '2026-05-26'],
    ['2026-05-12', 10, '2026-05-28'],
    // 2024: 17 May a Friday, Whit Monday on the 20th.
    ['2024-05-16', 1, '2024-05-21'],
    // 2027: Whit Monday is 17 May itself.
    ['2027-05-14', 1, '2027-05-18'],
    // 2012: Ascension Day is 17 May itself.
    ['2012-05-16', 1, '2012-05-18'],
    // Christmas and New Year 2025/26: the 24th and 31st are working days.
    ['2025-12-23', 1, '2025-12-24'],
    ['2025-12-23', 2, '2025-12-29'],
    ['2025-12-24', 1, '2025-12-29'],
    ['2025-12-31', 1, '2026-01-02'],
    ['2025-12-19', 10, '2026-01-07'],
    // Weekends and the DST Sundays.
    ['2026-03-27', 1, '2026-03-30'],
    ['2026-03-28', 1, '2026-03-30'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-10-23', 2, '2026-10-27'],
    // Zero and counting back.
    ['2026-04-04', 0, '2026-04-04'],
    ['2026-04-07', -1, '2026-04-01'],
    ['2026-01-02', -1, '2025-12-31'],
  ])('%s + %i working days = %s', (from, n, expected) => {
    expect(addWorkingDays(d(from), n)).toBe(expected);
  });

  it('refuses a fractional count', () => {
    expect(() => addWorkingDays(d('2026-04-01'), 1.5)).toThrow(RangeError);
  });
});

describe('due dates from instants around the DST changes (Europe/Oslo)', () => {
  it.each([
    ['2026-03-27T22:30:00Z', '2026-03-27', '2026-03-30'], // Friday 23:30
    ['2026-03-27T23:30:00Z', '2026-03-28', '2026-03-30'], // Saturday 00:30
    ['2026-03-29T21:30:00Z', '2026-03-29', '2026-03-30'], // Sunday 23:30, summer time
    ['2026-03-29T22:30:00Z', '2026-03-30', '2026-03-31'], // Monday 00:30, summer time
    ['2026-10-25T22:30:00Z', '2026-10-25', '2026-10-26'], // Sunday 23:30, winter time again
    ['2026-10-25T23:30:00Z', '2026-10-26', '2026-10-27'], // Monday 00:30
    ['2026-04-01T21:59:00Z', '2026-04-01', '2026-04-07'], // Wednesday 23:59 before Easter
    ['2026-04-01T22:01:00Z', '2026-04-02', '2026-04-07'], // Maundy Thursday 00:01
  ])('received %s is %s in Oslo; one working day later is %s', (instant, local, due) => {
    const receivedOn = toLocalDate(instant, 'Europe/Oslo');
    expect(receivedOn).toBe(local);
    expect(addWorkingDays(receivedOn, 1)).toBe(due);
  });
});

describe('nextWorkingDay and previousWorkingDay', () => {
  it.each([
    ['2026-04-01', '2026-04-07', '2026-03-31'],
    ['2026-04-04', '2026-04-07', '2026-04-01'],
    ['2026-01-01', '2026-01-02', '2025-12-31'],
    ['2025-12-26', '2025-12-29', '2025-12-24'],
  ])('around %s: next %s, previous %s', (date, next, previous) => {
    expect(nextWorkingDay(d(date))).toBe(next);
    expect(previousWorkingDay(d(date))).toBe(previous);
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['2026-04-01', '2026-04-01', 0],
    ['2026-04-01', '2026-04-07', 1],
    ['2026-04-01', '2026-04-08', 2],
    ['2026-04-08', '2026-04-01', -2],
    ['2026-03-27', '2026-03-30', 1], // Friday to Monday
    ['2026-03-27', '2026-03-31', 2], // Friday to Tuesday
    ['2026-03-28', '2026-03-29', 0], // within a weekend
    ['2025-12-23', '2026-01-02', 5], // 24, 29, 30, 31 Dec and 2 Jan; the 23rd itself never counts
    ['2025-12-31', '2026-12-31', 253], // the working days of 2026: 261 weekdays less 8 holidays on them
    ['2026-12-31', '2027-12-31', 255], // 2027: 17 May and Whit Monday coincide, so 6 holidays on weekdays
  ])('from %s to %s: %i', (a, b, expected) => {
    expect(workingDaysBetween(d(a), d(b))).toBe(expected);
  });
});

const naiveCount = (a: LocalDate, b: LocalDate): number => {
  let count = 0;
  for (let day = addDays(a, 1); day <= b; day = addDays(day, 1)) if (isWorkingDay(day)) count += 1;
  return count;
};

describe('properties', () => {
  it('lands on a working day later than the start for n ≥ 1', () => {
    fc.assert(fc.property(anyDate, fc.integer({ min: 1, max: 300 }), (date, n) => {
      const due = addWorkingDays(date, n);
      return isWorkingDay(due) && due > date;
    }));
  });

  it('is undone by workingDaysBetween: from any day for n ≥ 0, from a working day for every n', () => {
    fc.assert(fc.property(anyDate, fc.integer({ min: -300, max: 300 }), (date, n) => {
      if (n < 0 && !isWorkingDay(date)) return true;
      return workingDaysBetween(date, addWorkingDays(date, n)) === n;
    }));
  });

  it('is monotonic in n and in the start date', () => {
    fc.assert(fc.property(anyDate, fc.integer({ min: 0, max: 30 }), smallCount, smallCount, (date, gap, n, m) => {
      const [low, high] = n <= m ? [n, m] : [m, n];
      expect(addWorkingDays(date, low) <= addWorkingDays(date, high)).toBe(true);
      expect(addWorkingDays(date, n) <= addWorkingDays(addDays(date, gap), n)).toBe(true);
    }));
  });

  it('counts exactly what a day-by-day walk counts, with the sign of the direction', () => {
    fc.assert(fc.property(anyDate, fc.integer({ min: -800, max: 800 }), (a, span) => {
      const b = addDays(a, span);
      const expected = span >= 0 ? naiveCount(a, b) : -naiveCount(b, a);
      expect(workingDaysBetween(a, b)).toBe(expected);
    }));
  });

  it('adds up over consecutive stretches', () => {
    fc.assert(fc.property(anyDate, fc.integer({ min: -400, max: 400 }), fc.integer({ min: -400, max: 400 }), (a, x, y) => {
      const b = addDays(a, x);
      const c = addDays(b, y);
      return workingDaysBetween(a, b) + workingDaysBetween(b, c) === workingDaysBetween(a, c);
    }));
  });

  it('steps to the neighbouring working days and back', () => {
    fc.assert(fc.property(anyDate, (date) => {
      const next = nextWorkingDay(date);
      const previous = previousWorkingDay(date);
      expect(previous < date && date < next).toBe(true);
      expect(workingDaysBetween(previous, next)).toBe(isWorkingDay(date) ? 2 : 1);
      if (isWorkingDay(date)) expect(previousWorkingDay(next)).toBe(date);
    }));
  });
});
