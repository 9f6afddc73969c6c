import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRegisterIndex, type RegisterPerson } from '../../../src/domain/matching/index.js';
import { withinOneEdit, osaDistance } from '../../../src/domain/matching/string-metrics.js';
import { backgroundRegister, person, REGISTER } from './fixtures.js';

const letters = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzæøåäöüßéł'), minLength: 3, maxLength: 12 });
const name = letters.map((s) => s.charAt(0).toUpperCase() + s.slice(1));
const date = fc.date({ min: new Date('1940-01-01T00:00:00Z'), max: new Date('2005-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const background = backgroundRegister();
const index = buildRegisterIndex([...background, ...REGISTER]);

/** Dates screening may relate: equal, one digit, day and month swapped, or swapped and one digit. */
function related(a: string, b: string): boolean {
  const digits = (x: string, y: string): number => [...x].filter((c, k) => c !== y[k]).length;
  const [y, m, d] = a.split('-');
  const swapped = `${y}-${d}-${m}`;
  return digits(a, b) <= 1 || (Number(d) <= 12 && digits(swapped, b) <= 1);
}

describe('screening invariants', () => {
  it('an alert built from a register row without distortion is always a hit on that row', () => {
    fc.assert(
      fc.property(name, fc.array(name, { minLength: 1, maxLength: 2 }), date, (family, given, dob) => {
        const row = person('99', family, given.join(' '), dob);
        const withRow = buildRegisterIndex([...REGISTER, row, ...background.slice(0, 1000)]);
        const result = withRow.screen({ familyName: family, givenNames: given.join(' '), dateOfBirth: dob });
        expect(result.outcome).toBe('hit');
        expect(result.candidates[0]?.hprNumber).toBe('99');
      }),
      { numRuns: 60 },
    );
  });

  it('every registered person, screened as they are registered, is a hit on themselves unless a namesake is identical', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: background.length - 1 }), (i) => {
        const p = background[i] as RegisterPerson;
        const result = index.screen({ familyName: p.familyName, givenNames: p.givenNames, formerFamilyNames: p.formerFamilyNames, dateOfBirth: p.dateOfBirth });
        const twins = background.filter((o) => o.familyName === p.familyName && o.givenNames === p.givenNames && o.dateOfBirth === p.dateOfBirth);
        // Themselves first; a near namesake (one digit off in the birth date, say) may follow as a weaker candidate.
        if (twins.length === 1) {
          expect(result.outcome).toBe('hit');
          expect(result.candidates[0]?.hprNumber).toBe(p.hprNumber);
        }
        else expect(result.candidates.map((c) => c.hprNumber)).toContain(p.hprNumber);
      }),
      { numRuns: 300 },
    );
  });

  it('a registered person named by a later given name only, or with a particle glued to the family name, is found', () => {
    const severalGiven = background.filter((p) => p.givenNames.trim().includes(' '));
    // Particles are what writers glue on (deVries); double names (Lifjord-Karlsen) nobody writes glued.
    const withParticle = background.filter((p) => /^(van|von|de|der|den|da|di|del|della|la|le|ter|ten|dos|das|do) /i.test(p.familyName));
    fc.assert(
      fc.property(fc.constantFrom(...severalGiven), fc.nat(), (p, k) => {
        const names = p.givenNames.trim().split(/\s+/);
        const later = names.slice(1)[k % (names.length - 1)] ?? '';
        const result = index.screen({ familyName: p.familyName, givenNames: later, dateOfBirth: p.dateOfBirth });
        expect(result.outcome).not.toBe('no_hit');
        expect(result.candidates.map((c) => c.hprNumber)).toContain(p.hprNumber);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.constantFrom(...withParticle), (p) => {
        const glued = p.familyName.replace(/[ -]+/g, '');
        const result = index.screen({ familyName: glued, givenNames: p.givenNames, dateOfBirth: p.dateOfBirth });
        expect(result.outcome).not.toBe('no_hit');
        expect(result.candidates.map((c) => c.hprNumber)).toContain(p.hprNumber);
      }),
      { numRuns: 200 },
    );
  });

  it('never more than five candidates, best first with falling scores between 0 and 1; no_hit has none', () => {
    fc.assert(
      fc.property(fc.constantFrom(...background.slice(0, 500)), fc.constantFrom('', 'x', 'e'), date, (p, noise, dob) => {
        const { outcome, candidates } = index.screen({ familyName: p.familyName + noise, givenNames: p.givenNames, dateOfBirth: dob });
        expect(candidates.length).toBeLessThanOrEqual(5);
        if (outcome === 'no_hit') expect(candidates).toEqual([]);
        else expect(candidates.length).toBeGreaterThan(0);
        const scores = candidates.map((c) => c.score);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
        for (const s of scores) expect(s >= 0 && s <= 1).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('upper case changes nothing; dropped diacritics change only the reasons (equal becomes transliterated)', () => {
    const essence = (r: ReturnType<typeof index.screen>) => ({ outcome: r.outcome, candidates: r.candidates.map((c) => [c.hprNumber, c.score]) });
    fc.assert(
      fc.property(fc.constantFrom(...background.slice(0, 3000)), (p) => {
        const plain = { familyName: p.familyName, givenNames: p.givenNames, dateOfBirth: p.dateOfBirth };
        const shouted = { ...plain, familyName: p.familyName.toUpperCase(), givenNames: p.givenNames.toUpperCase() };
        const stripped = { ...plain, familyName: p.familyName.normalize('NFD').replace(/\p{M}/gu, ''), givenNames: p.givenNames.normalize('NFD').replace(/\p{M}/gu, '') };
        expect(index.screen(shouted)).toEqual(index.screen(plain));
        expect(essence(index.screen(stripped))).toEqual(essence(index.screen(plain)));
      }),
      { numRuns: 200 },
    );
  });

  it('a birth date outside the accepted relations never makes a person a candidate, however alike the names', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REGISTER, ...background.slice(0, 200)), date, (row, dob) => {
        fc.pre(!related(dob, row.dateOfBirth));
        const result = index.screen({ familyName: row.familyName, givenNames: row.givenNames, dateOfBirth: dob });
        expect(result.candidates.map((c) => c.hprNumber)).not.toContain(row.hprNumber);
      }),
      { numRuns: 200 },
    );
  });

  it('a same-name alert with another birth date (more than one digit, not a swap) is never a hit', () => {
    fc.assert(
      fc.property(fc.constantFrom(...background.slice(0, 2000)), date, (row, dob) => {
        const [y, m, d] = row.dateOfBirth.split('-');
        fc.pre(dob !== row.dateOfBirth && dob !== `${y}-${d}-${m}` && [...dob].filter((c, k) => c !== row.dateOfBirth[k]).length > 1);
        const result = index.screen({ familyName: row.familyName, givenNames: row.givenNames, dateOfBirth: dob });
        if (result.outcome === 'hit') expect(result.candidates[0]?.hprNumber).not.toBe(row.hprNumber);
      }),
      { numRuns: 300 },
    );
  });
});

describe('withinOneEdit', () => {
  it('agrees with osaDistance <= 1 on every pair of short strings', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'e'), maxLength: 7 });
    fc.assert(fc.property(word, word, (a, b) => {
      expect(withinOneEdit(a, b)).toBe(osaDistance(a, b) <= 1);
    }), { numRuns: 2000 });
  });
});
