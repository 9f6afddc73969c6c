import fc from 'fast-check';
import { fromEpochDay, localDate, toEpochDay, type LocalDate } from '../../../src/domain/deadlines/local-date.js';

/** Shared fast-check generators for the deadline tests. */

const FIRST = toEpochDay(localDate('1990-01-01'));
const LAST = toEpochDay(localDate('2100-12-31'));

/** Any day from 1990 to 2100: wide enough to meet every Easter date and weekday pattern. */
export const anyDate: fc.Arbitrary<LocalDate> = fc.integer({ min: FIRST, max: LAST }).map(fromEpochDay);

/** Working-day counts of the size deadlines use, and a little beyond. */
export const smallCount = fc.integer({ min: 0, max: 300 });

/** Instants from 1990 to 2100, with millisecond precision. */
export const anyInstant: fc.Arbitrary<Date> = fc
  .integer({ min: FIRST * 86_400_000, max: LAST * 86_400_000 })
  .map((ms) => new Date(ms));

/** The LocalDate for a literal in a test table. */
export const d = (text: string): LocalDate => localDate(text);
