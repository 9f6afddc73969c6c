import { describe, expect, it } from 'vitest';
import { buildAlertIndex, buildRegisterIndex, diffRegister, linkSamePerson, parseRegisterLine, rescreenChanged } from '../../../src/domain/matching/index.js';
import { person, REGISTER } from './fixtures.js';

describe('register diff and incremental re-screening', () => {
  const alerts = [
    { id: 'A1', identity: { familyName: 'Hagen', givenNames: 'Lise', dateOfBirth: '1979-06-01' } },
    { id: 'A2', identity: { familyName: 'Sæther', givenNames: 'Kari', dateOfBirth: '1971-03-05' } },
    { id: 'A3', identity: { familyName: 'Berg', givenNames: 'Tor', dateOfBirth: '1955-02-02' } },
  ];

  it('finds added, changed and removed rows, and re-screens only the alerts they touch', () => {
    const before = buildRegisterIndex(REGISTER);
    const nextRows = [...REGISTER.filter((p) => p.hprNumber !== '2'), person('9', 'Hagen', 'Lise Marie', '1979-06-01'), { ...REGISTER[0]!, givenNames: 'Kari Mari' }];
    const after = buildRegisterIndex(nextRows);
    const diff = diffRegister(before, after);
    expect(diff.added.map((p) => p.hprNumber)).toEqual(['9']);
    expect(diff.changed.map((p) => p.hprNumber)).toEqual(['1']);
    expect(diff.removed).toEqual(['2']);
    const results = rescreenChanged(after, buildAlertIndex(alerts), [...diff.added, ...diff.changed]);
    expect([...results.keys()].sort()).toEqual(['A1', 'A2']);
    expect(results.get('A1')?.candidates[0]?.hprNumber).toBe('9');
  });
});

describe('linking alerts that name the same person', () => {
  it('links transliterations and swapped names, not twins', () => {
    const groups = linkSamePerson([
      { id: 'X1', identity: { familyName: 'Papadopoulos', givenNames: 'Georgios', dateOfBirth: '1975-07-21' } },
      { id: 'X2', identity: { familyName: 'PAPADOPOULOS', givenNames: 'Yiorgos', dateOfBirth: '1975-07-21' } },
      { id: 'X3', identity: { familyName: 'Georgios', givenNames: 'Papadopoulos', dateOfBirth: '1975-07-21' } },
      { id: 'X4', identity: { familyName: 'Papadopoulos', givenNames: 'Nikolaos', dateOfBirth: '1975-07-21' } },
    ]);
    expect(groups).toEqual([['X1', 'X2', 'X3']]);
  });
});

describe('parseRegisterLine', () => {
  it('accepts a spec row and rejects broken ones with a reason', () => {
    const ok = parseRegisterLine('{"hprNumber":"9144889","familyName":"Sæther","givenNames":"Kari Marie","formerFamilyNames":["Olsen"],"dateOfBirth":"1971-03-05","authorisations":[{"profession":"doctor","status":"active","validFrom":"1998-06-30","validUntil":null}]}');
    expect(ok.ok).toBe(true);
    expect(parseRegisterLine('{"hprNumber":"1"').ok).toBe(false);
    const bad = parseRegisterLine('{"hprNumber":"1","familyName":"A","givenNames":"B","dateOfBirth":"05.03.1971"}');
    expect(bad).toEqual({ ok: false, error: 'dateOfBirth must be a date YYYY-MM-DD' });
  });
});
