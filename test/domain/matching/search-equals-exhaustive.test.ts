import { describe, expect, it } from 'vitest';
import { InMemoryRegisterIndex } from '../../../src/domain/matching/index.js';
import { buildEvalSet } from '../../eval/generator/build-set.js';

describe('candidate search', () => {
  it('finds exactly what comparing every register row finds (20,000 rows, every variant)', () => {
    const set = buildEvalSet({ seed: 7, registerSize: 20_000, matchesPerVariant: 6, pairs: 30, random: 60, sameName: 20, twins: 20, extras: 6, commonPairs: 4 });
    const index = new InMemoryRegisterIndex(set.register);
    for (const alert of set.alerts) {
      expect(index.screen(alert.identity)).toEqual(index.screenExhaustive(alert.identity));
    }
  });
});
