import { describe, expect, it } from 'vitest';
import { buildRegisterIndex, REASON_CODES, type AlertIdentity } from '../../../src/domain/matching/index.js';
import { REGISTER } from './fixtures.js';

const index = buildRegisterIndex(REGISTER);
const id = (familyName: string, givenNames: string, dateOfBirth: string, formerFamilyNames?: string[]): AlertIdentity => ({ familyName, givenNames, dateOfBirth, formerFamilyNames });

describe('screening sees through every variant of spec/screening.md', () => {
  it.each([
    ['exact', id('Sæther', 'Kari Marie', '1971-03-05'), '1', 'hit'],
    ['upper case, diacritics dropped', id('SATHER', 'KARI MARIE', '1971-03-05'), '1', 'hit'],
    ['transliterated', id('Saether', 'Kari Marie', '1971-03-05'), '1', 'hit'],
    ['names swapped', id('Kari Marie', 'Sæther', '1971-03-05'), '1', 'hit'],
    ['middle name dropped', id('Sæther', 'Kari', '1971-03-05'), '1', 'hit'],
    ['middle name initial', id('Sæther', 'Kari M.', '1971-03-05'), '1', 'hit'],
    ['former family name', id('Olsen', 'Kari Marie', '1971-03-05'), '1', 'hit'],
    ['one of two family names', id('García', 'María José', '1968-12-30'), '5', 'hit'],
    ['hyphen against space', id('García-López', 'María José', '1968-12-30'), '5', 'hit'],
    ['masculine form', id('Kowalski', 'Anna', '1980-11-02'), '3', 'hit'],
    ['Lithuanian masculine form', id('Kazlauskas', 'Rasa', '1983-09-14'), '6', 'hit'],
    ['Czech masculine form', id('Novák', 'Jana', '1990-01-22'), '7', 'hit'],
    ['Greek short form', id('Papadopoulos', 'Yiorgos', '1975-07-21'), '4', 'hit'],
    ['umlaut as ue', id('Mueller', 'Juergen', '1962-04-17'), '8', 'hit'],
    ['typo in family name', id('Müllre', 'Jürgen', '1962-04-17'), '8', 'possible'],
    ['one wrong digit', id('Müller', 'Jürgen', '1962-04-18'), '8', 'possible'],
    ['day and month swapped', id('Kowalska', 'Anna', '1980-02-11'), '3', 'possible'],
    ['two at once: typo and swapped date', id('Kowalsky', 'Anna', '1980-02-11'), '3', 'possible'],
  ])('%s', (_name, identity, hprNumber, outcome) => {
    const result = index.screen(identity);
    expect(result.candidates[0]?.hprNumber).toBe(hprNumber);
    expect(result.outcome).toBe(outcome);
  });

  it.each([
    ['same name, another birth date', id('Sæther', 'Kari Marie', '1961-08-25')],
    ['twin: same family name and birth date, another given name', id('Sæther', 'Per', '1971-03-05')],
    ['nobody alike', id('Zimmermann', 'Klaus', '1950-01-01')],
  ])('no hit: %s', (_name, identity) => {
    expect(index.screen(identity).outcome).toBe('no_hit');
  });

  it('gives reasons and stable codes that REASON_CODES describes', () => {
    const [candidate] = index.screen(id('Olsen', 'Kari', '1971-05-03')).candidates;
    expect(candidate?.codes).toEqual(expect.arrayContaining(['dob_swapped', 'family_former_name', 'given_middle_dropped']));
    for (const code of candidate?.codes ?? []) expect(REASON_CODES).toHaveProperty(code);
    expect(candidate?.reasons.length).toBe(candidate?.codes.length);
  });
});
