import { describe, expect, it } from 'vitest';
import {
  buildAlertIndex, buildRegisterIndex, diffRegister, linkSamePerson, parseRegisterLine, rescreenChanged, type RegisterPerson,
} from '../../../src/domain/matching/index.js';
import { buildEvalSet } from '../../eval/generator/build-set.js';
import { person, REGISTER } from './fixtures.js';

describe('register diff and incremental re-screening', () => {
  const alerts = [
    { id: 'A1', identity: { familyName: 'Hagen', givenNames: 'Lise', dateOfBirth: '1979-06-01' } },
    { id: 'A2', identity: { familyName: 'Sæther', givenNames: 'Kari', dateOfBirth: '1971-03-05' } },
    { id: 'A3', identity: { familyName: 'Berg', givenNames: 'Tor', dateOfBirth: '1955-02-02' } },
  ];

  it('finds added, changed and removed rows, and re-screens only the alerts they touch', () => {
    const before = buildRegisterIndex(REGISTER);
    const nextRows = [
      ...REGISTER.filter((p) => p.hprNumber !== '2').map((p) => (p.hprNumber === '1' ? { ...p, givenNames: 'Kari Mari' } : p)),
      person('9', 'Hagen', 'Lise Marie', '1979-06-01'),
    ];
    const after = buildRegisterIndex(nextRows);
    const diff = diffRegister(before, after);
    expect(diff.added.map((p) => p.hprNumber)).toEqual(['9']);
    expect(diff.changed.map((p) => p.hprNumber)).toEqual(['1']);
    expect(diff.removed).toEqual(['2']);
    const results = rescreenChanged(after, buildAlertIndex(alerts), [...diff.added, ...diff.changed]);
    expect([...results.keys()].sort()).toEqual(['A1', 'A2']);
    expect(results.get('A1')?.candidates[0]?.hprNumber).toBe('9');
  });

  it('finds an alert whose family name differs from a new row\'s only in its ending (a gender form mistyped)', () => {
    const before = buildRegisterIndex(REGISTER);
    const after = buildRegisterIndex([...REGISTER, person('10', 'Kuziūnaitė', 'Laura', '1985-11-08')]);
    const diff = diffRegister(before, after);
    const index = buildAlertIndex([...alerts, { id: 'A4', identity: { familyName: 'Kuziūas', givenNames: 'Laura', dateOfBirth: '1985-11-08' } }]);
    const results = rescreenChanged(after, index, [...diff.added, ...diff.changed]);
    expect(before.screen(index.alerts[3]!.identity).outcome).toBe('no_hit');
    expect(results.get('A4')).toEqual(after.screen(index.alerts[3]!.identity));
    expect(results.get('A4')).toMatchObject({ outcome: 'possible', candidates: [{ hprNumber: '10' }] });
  });

  it('a repeated hprNumber keeps its first row (the loader reports the later one), and that row is screened', () => {
    const index = buildRegisterIndex([person('1', 'Berg', 'Tor', '1955-02-02'), person('1', 'Dahl', 'Tor', '1955-02-02')]);
    expect(index.size).toBe(1);
    expect(index.person('1')?.familyName).toBe('Berg');
    expect(index.screen({ familyName: 'Berg', givenNames: 'Tor', dateOfBirth: '1955-02-02' })).toMatchObject({ outcome: 'hit', candidates: [{ hprNumber: '1' }] });
  });

  it('returns every alert a new, changed or removed row concerns, each with the result a full screen gives', () => {
    const set = buildEvalSet({ seed: 11, registerSize: 20_000, matchesPerVariant: 4, pairs: 30, random: 150, sameName: 30, twins: 30 });
    const subjects = [...new Set(set.alerts.flatMap((a) => (a.truth.hprNumber ? [a.truth.hprNumber] : [])))];
    const rows = new Map(set.register.map((p) => [p.hprNumber, p]));
    const edit = (hpr: string | undefined, change: (p: RegisterPerson) => RegisterPerson): void => {
      const p = hpr ? rows.get(hpr) : undefined;
      if (p) rows.set(p.hprNumber, change(p));
    };
    subjects.slice(0, 15).forEach((h) => edit(h, (p) => ({ ...p, authorisations: p.authorisations.map((a) => ({ ...a, status: 'revoked' as const })) })));
    subjects.slice(15, 25).forEach((h) => edit(h, (p) => ({ ...p, familyName: 'Nyhagen', formerFamilyNames: [p.familyName] })));
    subjects.slice(25, 35).forEach((h) => edit(h, (p) => ({ ...p, dateOfBirth: `${p.dateOfBirth.slice(0, 9)}${(Number(p.dateOfBirth[9]) + 1) % 10}` })));
    subjects.slice(35, 45).forEach((h) => rows.delete(h));
    // People the register did not know, whom no-hit alerts name: they must now be found.
    set.alerts.filter((a) => a.truth.variant === 'random').slice(0, 10).forEach((a, i) => rows.set(`N${i}`, person(`N${i}`, a.identity.familyName, a.identity.givenNames, a.identity.dateOfBirth)));
    const before = buildRegisterIndex(set.register);
    const after = buildRegisterIndex(rows.values());
    const diff = diffRegister(before, after);
    expect([diff.added.length, diff.removed.length]).toEqual([10, 10]);
    expect(diff.changed.length).toBeGreaterThan(30);
    const former = [...diff.changed, ...diff.removed.map((h) => ({ hprNumber: h }))].map((p) => before.person(p.hprNumber) as RegisterPerson);
    const touched = new Set([...diff.added, ...diff.changed].map((p) => p.hprNumber).concat(diff.removed));

    const index = buildAlertIndex(set.alerts.map((a) => ({ id: a.imiId, identity: a.identity })));
    const results = rescreenChanged(after, index, [...diff.added, ...diff.changed], former);
    let concerned = 0;
    for (const alert of set.alerts) {
      const now = after.screen(alert.identity);
      const then = before.screen(alert.identity);
      if ([...now.candidates, ...then.candidates].some((c) => touched.has(c.hprNumber))) {
        concerned++;
        expect(results.get(alert.imiId), alert.imiId).toEqual(now);
      }
      if (results.has(alert.imiId)) expect(results.get(alert.imiId)).toEqual(now);
    }
    expect(concerned).toBeGreaterThan(40);
    // And again with the prepared alerts the index now holds for this register.
    expect(rescreenChanged(after, index, [...diff.added, ...diff.changed], former)).toEqual(results);
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
