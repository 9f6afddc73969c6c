import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRegisterIndex } from '../../../src/domain/matching/index.js';
import { person, REGISTER } from './fixtures.js';

const letters = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzæøåäöüß'), minLength: 3, maxLength: 12 });
const name = letters.map((s) => s.charAt(0).toUpperCase() + s.slice(1));
const date = fc.date({ min: new Date('1940-01-01T00:00:00Z'), max: new Date('2005-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('screening invariants', () => {
  it('an alert built from a register row without distortion is always a hit on that row', () => {
    fc.assert(
      fc.property(name, fc.array(name, { minLength: 1, maxLength: 2 }), date, (family, given, dob) => {
        const row = person('99', family, given.join(' '), dob);
        const index = buildRegisterIndex([...REGISTER, row]);
        const result = index.screen({ familyName: family, givenNames: given.join(' '), dateOfBirth: dob });
        expect(result.outcome).toBe('hit');
        expect(result.candidates[0]?.hprNumber).toBe('99');
      }),
      { numRuns: 200 },
    );
  });

  it('never more than five candidates, best first, scores between 0 and 1, no_hit has none', () => {
    const index = buildRegisterIndex(REGISTER);
    fc.assert(
      fc.property(name, name, date, (family, given, dob) => {
        const { outcome, candidates } = index.screen({ familyName: family, givenNames: given, dateOfBirth: dob });
        expect(candidates.length).toBeLessThanOrEqual(5);
        if (outcome === 'no_hit') expect(candidates).toEqual([]);
        for (const c of candidates) expect(c.score).toBeGreaterThanOrEqual(0);
        for (const c of candidates) expect(c.score).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });

  it('a different birth date (not one digit, not a swap) is never flagged', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: REGISTER.length - 1 }), date, (i, dob) => {
        const row = REGISTER[i];
        if (!row) return;
        const digits = [...dob].filter((c, k) => c !== row.dateOfBirth[k]).length;
        const [y, m, d] = row.dateOfBirth.split('-');
        fc.pre(digits >= 2 && dob !== `${y}-${d}-${m}`);
        const index = buildRegisterIndex(REGISTER);
        const result = index.screen({ familyName: row.familyName, givenNames: row.givenNames, dateOfBirth: dob });
        expect(result.candidates.map((c) => c.hprNumber)).not.toContain(row.hprNumber);
      }),
      { numRuns: 100 },
    );
  });
});
