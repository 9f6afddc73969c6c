import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays, compareLocalDates, daysBetween, fromEpochDay, isLocalDate, isoWeekday, localDate, parseLocalDate,
  toEpochDay,
} from '../../../src/domain/deadlines/local-date.js';
import { anyDate, d } from './arbitraries.js';

describe('parseLocalDate', () => {
  it.each([
    ['2026-03-29', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['0001-01-01', true],
    ['9999-12-31', true],
    ['2026-02-29', false],
    ['1900-02-29', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['0000-01-01', false],
    ['2026-3-29', false],
    ['2026-03-29T00:00:00Z', false],
    [' 2026-03-29', false],
    ['', false],
  ])('%j is a date: %s', (text, valid) => {
    expect(parseLocalDate(text) !== undefined).toBe(valid);
    expect(isLocalDate(text)).toBe(valid);
  });

  it('throws on an invalid literal passed to localDate (a bug, not input)', () => {
    expect(() => localDate('2026-02-30')).toThrow(RangeError);
  });

  it('rejects anything that is not a string', () => {
    expect(isLocalDate(20260329)).toBe(false);
    expect(isLocalDate(new Date('2026-03-29T00:00:00Z'))).toBe(false);
  });
});

describe('calendar arithmetic', () => {
  it.each([
    ['1970-01-01', 0, 4],
    ['2026-03-29', 20_541, 7],
    ['2026-10-25', 20_751, 7],
    ['2000-03-01', 11_017, 3],
    ['1969-12-29', -3, 1],
  ])('%s is epoch day %i, ISO weekday %i', (text, epochDay, weekday) => {
    expect(toEpochDay(d(text))).toBe(epochDay);
    expect(fromEpochDay(epochDay)).toBe(text);
    expect(isoWeekday(d(text))).toBe(weekday);
  });

  it.each([
    ['2026-03-28', 1, '2026-03-29'], // the night clocks go forward in Oslo
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-10-24', 1, '2026-10-25'], // the night clocks go back
    ['2026-10-25', 1, '2026-10-26'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('%s + %i day = %s, with no DST shift', (from, days, expected) => {
    expect(addDays(d(from), days)).toBe(expected);
  });

  it('refuses fractional days rather than rounding them silently', () => {
    expect(() => addDays(d('2026-01-01'), 0.5)).toThrow(RangeError);
  });

  it('round-trips every date through its epoch day', () => {
    fc.assert(fc.property(anyDate, (date) => fromEpochDay(toEpochDay(date)) === date && isLocalDate(date)));
  });

  it('moves by n days and back, and daysBetween measures it', () => {
    fc.assert(fc.property(anyDate, fc.integer({ min: -5000, max: 5000 }), (date, n) => {
      const moved = addDays(date, n);
      expect(addDays(moved, -n)).toBe(date);
      expect(daysBetween(date, moved)).toBe(n);
      expect(compareLocalDates(date, moved)).toBe(Math.sign(n) === 0 ? 0 : -Math.sign(n));
    }));
  });

  it('agrees with the UTC calendar of Date on weekday and next day', () => {
    fc.assert(fc.property(anyDate, (date) => {
      const utc = new Date(`${date}T00:00:00Z`);
      expect(isoWeekday(date)).toBe(utc.getUTCDay() === 0 ? 7 : utc.getUTCDay());
      expect(addDays(date, 1)).toBe(new Date(utc.getTime() + 86_400_000).toISOString().slice(0, 10));
    }));
  });
});
