import { describe, expect, it } from 'vitest';
import { jaroWinkler, osaDistance } from '../../../src/domain/matching/index.js';
import { DateRelation, isCalendarDate, relateDates, relatedDates } from '../../../src/domain/matching/birth-date.js';
import { evidenceScore } from '../../../src/domain/matching/explain.js';
import { differInEnding, foldTokens, greekKey, shareGenderStem, skeleton } from '../../../src/domain/matching/fold.js';
import { jaro, withinOneEdit } from '../../../src/domain/matching/string-metrics.js';

describe('string metrics (golden vectors)', () => {
  it.each([
    ['martha', 'marhta', 0.961],
    ['dwayne', 'duane', 0.84],
    ['dixon', 'dicksonx', 0.813],
    ['hansen', 'hansen', 1],
    ['abc', 'xyz', 0],
  ])('jaroWinkler(%s, %s) = %d', (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 3);
  });

  it.each([['martha', 'marhta', 0.944], ['dwayne', 'duane', 0.822], ['dixon', 'dicksonx', 0.767]])('jaro(%s, %s) = %d', (a, b, expected) => {
    expect(jaro(a, b)).toBeCloseTo(expected, 3);
  });

  it.each([
    ['hansen', 'hansen', 0], ['hansen', 'hanssen', 1], ['hansen', 'hasnen', 1], ['hansen', 'hanen', 1], ['hansen', 'hanson', 1], ['hansen', 'nahsen', 2],
    ['', 'abc', 3], ['ca', 'abc', 3], ['harald', 'haald', 1],
  ])('osaDistance(%s, %s) = %d, and withinOneEdit says so', (a, b, d) => {
    expect(osaDistance(a, b)).toBe(d);
    expect(withinOneEdit(a, b)).toBe(d <= 1);
  });
});

describe('normalisation', () => {
  it.each([
    ['Sæther', 'Saether'], ['Sæther', 'Sather'], ['Søren', 'Soeren'], ['Müller', 'Mueller'], ['Håkon', 'Haakon'], ['Strauß', 'Strauss'], ['Michał', 'Michal'], ['ŞTEFAN', 'Stefan'],
    ['Łukasz', 'Lukasz'], ['Ødegård', 'Oedegaard'], ['D’Angelo', "D'Angelo"],
  ])('%s and %s share a skeleton', (a, b) => {
    expect(foldTokens(a).map(skeleton)).toEqual(foldTokens(b).map(skeleton));
  });

  it('splits on hyphen and space alike', () => {
    expect(foldTokens('Sæther-Olsen')).toEqual(foldTokens('Saether Olsen'));
  });

  it.each([
    ['kowalski', 'kowalska'], ['novak', 'novakova'], ['jelinek', 'jelinkova'], ['papadopoulos', 'papadopoulou'], ['kazlauskas', 'kazlauskiene'], ['kazlauskas', 'kazlauskaite'], ['berzins', 'berzina'], ['benes', 'benesova'],
    ['tamosys', 'tamosyte'], ['lukosus', 'lukosute'], ['stankevicius', 'stankeviciute'], ['stankevicius', 'stankeviciene'], ['nikolaidis', 'nikolaidou'], ['jansons', 'jansone'],
  ])('%s and %s share a gender stem', (a, b) => {
    expect(shareGenderStem(a, b)).toBe(true);
  });

  it.each([['hansen', 'hanssen'], ['andersen', 'andersson'], ['nowak', 'nowicki'], ['berg', 'bergman']])('%s and %s are not gender forms of one name', (a, b) => {
    expect(shareGenderStem(a, b)).toBe(false);
  });

  // A gender form with a typing error in its ending: the stems no longer meet, the beginnings still do.
  it.each([
    ['kuziuas', 'kuziunaite'], ['mavridic', 'mavridou'], ['vlachazs', 'vlacha'], ['dimitrigu', 'dimitrios'], ['blazakodva', 'blazak'],
    ['karala', 'karaas'], ['pocevicisus', 'poceviciene'], ['lukosads', 'lukosaite'],
  ])('%s and %s differ only in their ending', (a, b) => {
    expect(differInEnding(a, b)).toBe(true);
    expect(differInEnding(b, a)).toBe(true);
  });

  it.each([
    ['hansen', 'hansen'], // equal is not "another ending"
    ['olsen', 'olsson'], // three letters in common only
    ['lind', 'lindqvist'], // the beginning is less than half of the longer name
    ['marcinkeviciute', 'marcinkowski'], // 7 letters past the shared beginning
    ['hansen', 'jansen'], // a different first letter is a typing error, judged elsewhere
  ])('%s and %s do not differ only in their ending', (a, b) => {
    expect(differInEnding(a, b)).toBe(false);
    expect(differInEnding(b, a)).toBe(false);
  });

  it.each([['panagiotis', 'panayiotis'], ['giorgos', 'yiorgos'], ['christos', 'hristos'], ['evangelos', 'evaggelos'], ['dimitrios', 'demetrios'], ['vasileios', 'vasilis']])(
    '%s and %s share a Greek key', (a, b) => {
      expect(greekKey(skeleton(a))).toBe(greekKey(skeleton(b)));
    },
  );
});

describe('birth dates', () => {
  it.each([
    [19710305, 19710305, DateRelation.Equal], [19710305, 19710503, DateRelation.Swapped], [19710305, 19710306, DateRelation.OneDigit],
    [19710305, 19810305, DateRelation.OneDigit], [19710305, 19710504, DateRelation.SwappedOneDigit], [19710305, 19610306, DateRelation.None],
    [19711212, 19711212, DateRelation.Equal], [19710325, 19712503, DateRelation.None],
  ])('relateDates(%d, %d) = %d, and relatedDates lists every date that relates', (a, b, relation) => {
    expect(relateDates(a, b)).toBe(relation);
    expect(relatedDates(a).includes(b)).toBe(relation !== DateRelation.None);
  });

  it.each([[20000229, true], [19000229, false], [19710431, false], [19711301, false], [19710100, false], [19711231, true]])('isCalendarDate(%d) = %s', (d, ok) => {
    expect(isCalendarDate(d)).toBe(ok);
  });
});

describe('evidence score', () => {
  it.each([[1, 0.5], [10, 0.6], [0.01, 0.3], [1e6, 1], [1e-9, 0]])('weight %d scores %d', (weight, score) => {
    expect(evidenceScore(weight)).toBeCloseTo(score, 3);
  });
});
