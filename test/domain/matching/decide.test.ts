import { describe, expect, it } from 'vitest';
import { DateRelation } from '../../../src/domain/matching/birth-date.js';
import type { Comparison } from '../../../src/domain/matching/compare.js';
import { decide, SHOW_WEIGHT, type Weighed } from '../../../src/domain/matching/decide.js';
import { Level } from '../../../src/domain/matching/vocabulary.js';

const EXACT: Comparison = {
  date: DateRelation.Equal, family: Level.Equal, familyKind: 'full', given: Level.Equal, givenKind: 'full', swapped: false, joined: false, alertFormer: false,
  formerUnexplained: false,
};
const MIDDLE_DROPPED: Comparison = { ...EXACT, given: Level.Variant, givenKind: 'middle_dropped' };
const ONE_DIGIT: Comparison = { ...EXACT, date: DateRelation.OneDigit };
const TYPO_AND_DIGIT: Comparison = { ...ONE_DIGIT, family: Level.Typo };
const SWAP_AND_DIGIT: Comparison = { ...EXACT, date: DateRelation.SwappedOneDigit };

let n = 0;
const c = (comparison: Comparison, weight: number): Weighed => ({ row: n, hprNumber: `P${n++}`, comparison, weight });
const outcome = (found: Weighed[]): { outcome: string; shown: string[] } => {
  const { outcome: o, shown } = decide(found);
  return { outcome: o, shown: shown.map((f) => f.hprNumber) };
};

describe('decide: one alert, all its candidates', () => {
  it.each([
    ['nothing found', [], 'no_hit'],
    ['a rare name in full', [c(EXACT, 5000)], 'hit'],
    ['a common name in full, no namesake as good', [c(EXACT, 20)], 'hit'],
    ['two people in full alike', [c(EXACT, 5000), c(EXACT, 5000)], 'possible'],
    ['a dropped middle name, rare name', [c(MIDDLE_DROPPED, 3000)], 'hit'],
    ['a dropped middle name among sixty namesakes', [c(MIDDLE_DROPPED, 20)], 'possible'],
    ['a dropped middle name with a namesake nearly as good', [c(MIDDLE_DROPPED, 3000), c(MIDDLE_DROPPED, 1500)], 'possible'],
    ['one wrong digit, however rare the name', [c(ONE_DIGIT, 1e6)], 'possible'],
    ['identical names one digit away among many namesakes (spec: ambiguous)', [c(ONE_DIGIT, SHOW_WEIGHT / 100)], 'possible'],
    ['a typo and a wrong digit, rare enough to show', [c(TYPO_AND_DIGIT, SHOW_WEIGHT * 2)], 'possible'],
    ['a typo and a wrong digit, strangers likelier by far', [c(TYPO_AND_DIGIT, SHOW_WEIGHT / 2)], 'no_hit'],
    ['same names, birth date swapped and a digit off, strangers likelier', [c(SWAP_AND_DIGIT, SHOW_WEIGHT / 2)], 'no_hit'],
  ] as const)('%s: %s', (_name, found, expected) => {
    expect(decide([...found]).outcome).toBe(expected);
  });

  it('ranks by evidence and leaves out candidates below the bar, unless their names are identical', () => {
    const weak = c(TYPO_AND_DIGIT, SHOW_WEIGHT / 2);
    const namesake = c(ONE_DIGIT, SHOW_WEIGHT / 10);
    const strong = c(MIDDLE_DROPPED, 20);
    expect(outcome([weak, namesake, strong])).toEqual({ outcome: 'possible', shown: [strong.hprNumber, namesake.hprNumber] });
  });

  it('a hit may list others after the first', () => {
    const first = c(EXACT, 50_000);
    const other = c(TYPO_AND_DIGIT, 1);
    expect(outcome([other, first])).toEqual({ outcome: 'hit', shown: [first.hprNumber, other.hprNumber] });
  });

  it('an exact candidate whose alert gives a former name it cannot explain needs the evidence a hit needs', () => {
    const unexplained = { ...EXACT, formerUnexplained: true };
    expect(decide([c(unexplained, 20)]).outcome).toBe('possible');
    expect(decide([c(unexplained, 5000)]).outcome).toBe('hit');
  });
});
