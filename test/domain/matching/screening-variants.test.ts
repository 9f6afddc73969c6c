import { describe, expect, it } from 'vitest';
import { buildRegisterIndex, REASON_CODES, type AlertIdentity, type RegisterPerson } from '../../../src/domain/matching/index.js';
import { backgroundRegister, person, REGISTER } from './fixtures.js';

// Sixty Anne Hansens (as many as a million-row register holds) born far from 1970-05-05, and one Anne Marie
// Hansen born that day: a namesake crowd that a rare name like Sæther does not have.
const HANSENS: RegisterPerson[] = [
  ...Array.from({ length: 60 }, (_, i) => person(`H${i}`, 'Hansen', i % 3 === 0 ? 'Anne Kristin' : 'Anne', `${1945 + i}-03-17`)),
  person('C1', 'Hansen', 'Anne Marie', '1970-05-05'),
];
const index = buildRegisterIndex([...backgroundRegister(), ...REGISTER, ...HANSENS]);
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
    ['Greek romanisation of the family name', id('Papadopulos', 'Georgios', '1975-07-21'), '4', 'hit'],
    ['umlaut as ue', id('Mueller', 'Juergen', '1962-04-17'), '8', 'hit'],
    ['typo in family name', id('Müllre', 'Jürgen', '1962-04-17'), '8', 'possible'],
    ['typo inside a transliteration digraph', id('Saexther', 'Kari Marie', '1971-03-05'), '1', 'possible'],
    ['typo in given name', id('Sæther', 'Kair Marie', '1971-03-05'), '1', 'possible'],
    ['one wrong digit', id('Müller', 'Jürgen', '1962-04-18'), '8', 'possible'],
    ['day and month swapped', id('Kowalska', 'Anna', '1980-02-11'), '3', 'possible'],
    ['two at once: typo and swapped date', id('Kowalsky', 'Anna', '1980-02-11'), '3', 'possible'],
    ['two at once: former name and one wrong digit', id('Olsen', 'Kari Marie', '1971-03-04'), '1', 'possible'],
    ['two at once: names swapped and middle name dropped', id('Kari', 'Sæther', '1971-03-05'), '1', 'hit'],
  ])('%s', (_name, identity, hprNumber, outcome) => {
    const result = index.screen(identity);
    expect(result.candidates[0]?.hprNumber).toBe(hprNumber);
    expect(result.outcome).toBe(outcome);
  });

  it.each([
    ['same name, another birth date', id('Sæther', 'Kari Marie', '1961-08-25')],
    ['twin: same family name and birth date, another given name', id('Sæther', 'Per', '1971-03-05')],
    ['twin sharing only a middle name', id('Sæther', 'Anne Marie', '1971-03-05')],
    ['nobody alike', id('Zimmermann', 'Klaus', '1950-01-01')],
  ])('no hit: %s', (_name, identity) => {
    expect(index.screen(identity)).toEqual({ outcome: 'no_hit', candidates: [] });
  });
});

describe('each alert is judged with all its candidates', () => {
  it('a dropped middle name is a hit for a rare name and only possible among sixty namesakes', () => {
    expect(index.screen(id('Sæther', 'Kari', '1971-03-05')).outcome).toBe('hit');
    const common = index.screen(id('Hansen', 'Anne', '1970-05-05'));
    expect(common.outcome).toBe('possible');
    expect(common.candidates[0]?.hprNumber).toBe('C1');
  });

  it('the exact name and birth date is a hit even for a common name', () => {
    expect(index.screen(id('Hansen', 'Anne Marie', '1970-05-05'))).toMatchObject({ outcome: 'hit', candidates: [{ hprNumber: 'C1' }] });
  });

  it('identical names a digit or a swap away are possible (spec: ambiguous), never a hit', () => {
    for (const dob of ['1971-03-06', '1971-05-03']) {
      const result = index.screen(id('Sæther', 'Kari Marie', dob));
      expect(result.outcome).toBe('possible');
      expect(result.candidates[0]?.hprNumber).toBe('1');
    }
  });

  it('a birth date swapped and a digit off as well is another birth date: at most possible, never a hit', () => {
    const result = index.screen(id('Kowalska', 'Anna', '1980-02-12'));
    expect(result.outcome).not.toBe('hit');
    expect(result.candidates[0]?.codes).toContain('dob_swapped_one_digit');
  });

  it('two people who match equally well make it possible, with both shown', () => {
    const twins = buildRegisterIndex([...backgroundRegister(), person('T1', 'Berg', 'Lise', '1980-01-01'), person('T2', 'Berg', 'Lise', '1980-01-01')]);
    const result = twins.screen(id('Berg', 'Lise', '1980-01-01'));
    expect(result.outcome).toBe('possible');
    expect(result.candidates.map((c) => c.hprNumber).sort()).toEqual(['T1', 'T2']);
  });

  it('a former name the alert gives that a candidate cannot explain keeps an exact namesake from being a hit', () => {
    const married = buildRegisterIndex([...backgroundRegister(), person('M1', 'Eriksen', 'Ingrid', '1959-07-10'), person('M2', 'Gjerdenheim', 'Ingrid', '1959-07-10')]);
    const result = married.screen(id('Eriksen', 'Ingrid', '1959-07-10', ['Gjerdenheim']));
    expect(result.outcome).toBe('possible');
    expect(result.candidates.map((c) => c.hprNumber).sort()).toEqual(['M1', 'M2']);
  });
});

describe('reasons', () => {
  it('gives reasons and stable codes that REASON_CODES describes, and scores that fall along the list', () => {
    const result = index.screen(id('Olsen', 'Kari', '1971-05-03'));
    const [candidate] = result.candidates;
    expect(candidate?.codes).toEqual(expect.arrayContaining(['dob_swapped', 'family_former_name', 'given_middle_dropped']));
    for (const code of candidate?.codes ?? []) expect(REASON_CODES).toHaveProperty(code);
    expect(candidate?.reasons).toEqual(candidate?.codes.map((c) => REASON_CODES[c as keyof typeof REASON_CODES]));
    const scores = index.screen(id('Hansen', 'Anne', '1970-05-05')).candidates.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});
