import { describe, expect, it } from 'vitest';
import { jaroWinkler, osaDistance } from '../../../src/domain/matching/index.js';
import { foldTokens, greekKey, shareGenderStem, skeleton } from '../../../src/domain/matching/fold.js';

describe('string metrics (golden vectors)', () => {
  it.each([
    ['martha', 'marhta', 0.961],
    ['dwayne', 'duane', 0.84],
    ['dixon', 'dicksonx', 0.813],
  ])('jaroWinkler(%s, %s) = %d', (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 3);
  });

  it.each([
    ['hansen', 'hansen', 0], ['hansen', 'hanssen', 1], ['hansen', 'hasnen', 1], ['hansen', 'hanen', 1], ['hansen', 'hanson', 1], ['hansen', 'nahsen', 2],
  ])('osaDistance(%s, %s) = %d', (a, b, d) => {
    expect(osaDistance(a, b)).toBe(d);
  });
});

describe('normalisation', () => {
  it.each([
    ['Sæther', 'Saether'], ['Sæther', 'Sather'], ['Søren', 'Soeren'], ['Müller', 'Mueller'], ['Håkon', 'Haakon'], ['Strauß', 'Strauss'], ['Michał', 'Michal'], ['ŞTEFAN', 'Stefan'],
  ])('%s and %s share a skeleton', (a, b) => {
    expect(foldTokens(a).map(skeleton)).toEqual(foldTokens(b).map(skeleton));
  });

  it('splits on hyphen and space alike', () => {
    expect(foldTokens('Sæther-Olsen')).toEqual(foldTokens('Saether Olsen'));
  });

  it.each([
    ['kowalski', 'kowalska'], ['novak', 'novakova'], ['jelinek', 'jelinkova'], ['papadopoulos', 'papadopoulou'], ['kazlauskas', 'kazlauskiene'], ['kazlauskas', 'kazlauskaite'], ['berzins', 'berzina'], ['benes', 'benesova'],
  ])('%s and %s share a gender stem', (a, b) => {
    expect(shareGenderStem(a, b)).toBe(true);
  });

  it.each([['panagiotis', 'panayiotis'], ['giorgos', 'yiorgos'], ['christos', 'hristos'], ['evangelos', 'evaggelos'], ['dimitrios', 'demetrios'], ['vasileios', 'vasilis']])(
    '%s and %s share a Greek key', (a, b) => {
      expect(greekKey(skeleton(a))).toBe(greekKey(skeleton(b)));
    },
  );
});
