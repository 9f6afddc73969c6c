import type { Authorisation, RegisterPerson } from '../../../src/domain/matching/index.js';
import { familyText, NamePicker, type CountryNames, type FamilyName, type Sex } from './country-names.js';
import { DENMARK, GERMANY, NETHERLANDS, NORWAY, SWEDEN } from './names-north.js';
import { CZECHIA, GREECE, HUNGARY, LATVIA, LITHUANIA, POLAND, ROMANIA } from './names-east.js';
import { ITALY, PORTUGAL, SPAIN } from './names-south.js';
import { isGreekVariant } from './greek-forms.js';
import type { Rng } from './rng.js';

/** A generated person with what the generator knows beyond the register row. */
export interface GenPerson {
  person: RegisterPerson;
  country: string;
  sex: Sex;
  /** Masculine base of the current family name, for the gender-form variant. */
  familyBase: FamilyName;
  /** The current family name as registered, in its parts. */
  family: FamilyName;
}

const ALL: readonly CountryNames[] = [NORWAY, SWEDEN, DENMARK, GERMANY, NETHERLANDS, POLAND, CZECHIA, LITHUANIA, LATVIA, HUNGARY, ROMANIA, GREECE, SPAIN, PORTUGAL, ITALY];
export const PICKERS: ReadonlyMap<string, NamePicker> = new Map(ALL.map((c) => [c.code, new NamePicker(c)]));

/** Origins of people in the Norwegian register (share in per cent), roughly as in health personnel statistics. */
export const REGISTER_ORIGINS: readonly [string, number][] = [
  ['NO', 72], ['SE', 5], ['DK', 3], ['DE', 4], ['PL', 4], ['LT', 2], ['LV', 0.5], ['CZ', 0.5], ['HU', 1], ['RO', 1.5],
  ['GR', 1.5], ['ES', 1.5], ['PT', 1], ['IT', 1], ['NL', 1.5],
];
/** Who other countries alert about: people trained or working there. */
export const ALERT_ORIGINS: readonly [string, number][] = [
  ['NO', 6], ['SE', 6], ['DK', 4], ['DE', 11], ['PL', 9], ['LT', 4], ['LV', 2], ['CZ', 4], ['HU', 6], ['RO', 10],
  ['GR', 7], ['ES', 8], ['PT', 6], ['IT', 9], ['NL', 5],
];
// Countries where a woman usually takes her husband's family name.
const NAME_CHANGE_ON_MARRIAGE = new Set(['NO', 'SE', 'DK', 'DE', 'NL', 'PL', 'CZ', 'LT', 'LV', 'RO']);

export function weighted(rng: Rng, table: readonly [string, number][]): string {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let r = rng.next() * total;
  for (const [key, w] of table) if ((r -= w) < 0) return key;
  return table[0]?.[0] ?? 'NO';
}

const PROFESSIONS = ['doctor', 'doctor', 'nurse', 'nurse', 'nurse', 'dentist', 'pharmacist', 'midwife', 'physiotherapist', 'psychologist'];
const STATUSES: Authorisation['status'][] = ['active', 'active', 'active', 'active', 'active', 'active', 'expired', 'suspended', 'revoked'];

export function randomDate(rng: Rng, fromYear = 1945, toYear = 2000): string {
  const year = fromYear + rng.int(toYear - fromYear + 1);
  const month = 1 + rng.int(12);
  const day = 1 + rng.int(new Date(Date.UTC(year, month, 0)).getUTCDate());
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A new person of a country; `hprNumber` is left to the caller. */
export function makePerson(rng: Rng, country: string, hprNumber: string, sex: Sex = rng.chance(0.55) ? 'f' : 'm'): GenPerson {
  const picker = PICKERS.get(country) ?? (PICKERS.get('NO') as NamePicker);
  const birthBase = picker.familyName(rng);
  const dateOfBirth = randomDate(rng);
  const married = sex === 'f' && NAME_CHANGE_ON_MARRIAGE.has(country) && Number(dateOfBirth.slice(0, 4)) < 1995 && rng.chance(0.35);
  const marriedBase = married ? picker.familyName(rng) : birthBase;
  const family = picker.gendered(marriedBase, sex, married);
  const person: RegisterPerson = {
    hprNumber,
    familyName: familyText(family),
    givenNames: picker.givenNames(rng, sex),
    formerFamilyNames: married ? [familyText(picker.gendered(birthBase, sex, false))] : [],
    dateOfBirth,
    authorisations: [{ profession: rng.pick(PROFESSIONS), status: rng.pick(STATUSES), validFrom: `${Number(dateOfBirth.slice(0, 4)) + 26}-06-30`, validUntil: null }],
  };
  return { person, country, sex, familyBase: marriedBase, family };
}

function folded(name: string): string {
  return name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/ß/g, 'ss').replace(/ł/g, 'l');
}

function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  const [s, t] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === t[i]) i++;
  if (s.length === t.length) return s.slice(i + 1) === t.slice(i + 1) || (s[i] === t[i + 1] && s[i + 1] === t[i] && s.slice(i + 2) === t.slice(i + 2));
  return s.slice(i) === t.slice(i + 1);
}

/**
 * A given name a twin could carry beside `given` (spec/screening.md: "clearly different"): not one typing error
 * from any of its names, not sharing a first name or a middle name, not a short form of one (see distort.ts).
 */
export function clearlyDifferent(given: string, other: string): boolean {
  const mine = given.split(' ').map(folded);
  const theirs = other.split(' ').map(folded);
  return theirs.every((t) => mine.every((m) => !withinOneEdit(t, m) && !isGreekVariant(t, m)));
}

/** A sibling born the same day (twin) of an unmarried person: same family name and birth date, another given name. */
export function makeTwin(rng: Rng, of: GenPerson, hprNumber: string): GenPerson {
  const picker = PICKERS.get(of.country) ?? (PICKERS.get('NO') as NamePicker);
  const sex: Sex = rng.chance(0.5) ? 'f' : 'm';
  let given = picker.givenNames(rng, sex);
  while (!clearlyDifferent(of.person.givenNames, given)) given = picker.givenNames(rng, sex);
  const base = of.familyBase;
  const family = picker.gendered(base, sex, false);
  return {
    person: { ...of.person, hprNumber, givenNames: given, familyName: familyText(family), formerFamilyNames: [] },
    country: of.country, sex, familyBase: base, family,
  };
}

/** The register: people of REGISTER_ORIGINS, about one in a hundred with a twin. */
export function makeRegister(rng: Rng, size: number): GenPerson[] {
  const out: GenPerson[] = [];
  let next = 1_000_001;
  while (out.length < size) {
    const p = makePerson(rng, weighted(rng, REGISTER_ORIGINS), String(next++));
    out.push(p);
    if (out.length < size && p.person.formerFamilyNames.length === 0 && rng.chance(0.01)) out.push(makeTwin(rng, p, String(next++)));
  }
  return out;
}
