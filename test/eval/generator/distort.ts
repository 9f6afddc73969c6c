import type { AlertIdentity } from '../../../src/domain/matching/index.js';
import { familyText } from './country-names.js';
import { PICKERS, type GenPerson } from './people.js';
import { GREEK_FORMS } from './greek-forms.js';
import type { Rng } from './rng.js';

/**
 * The ways an alert's identity departs from the register row (spec/screening.md "What the matcher must see
 * through"). Each returns undefined when it cannot apply to this person (no middle name to drop, ...).
 */
export type Distortion = (id: AlertIdentity, p: GenPerson, rng: Rng) => AlertIdentity | undefined;

const DROP: Readonly<Record<string, string>> = { ø: 'o', Ø: 'O', æ: 'ae', Æ: 'Ae', å: 'a', Å: 'A', ß: 'ss', ł: 'l', Ł: 'L', đ: 'd' };
const TRANSLIT: Readonly<Record<string, string>> = { ø: 'oe', Ø: 'Oe', æ: 'ae', Æ: 'Ae', å: 'aa', Å: 'Aa', ü: 'ue', Ü: 'Ue', ö: 'oe', Ö: 'Oe', ä: 'ae', Ä: 'Ae', ß: 'ss', ł: 'l', Ł: 'L' };

function mapChars(text: string, table: Readonly<Record<string, string>>): string {
  return [...text].map((c) => table[c] ?? c).join('').normalize('NFD').replace(/\p{M}/gu, '');
}
const NON_ASCII = /[^\x20-\x7e]/;

function initialOf(token: string): string {
  return `${token.charAt(0)}.`;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** One typing error: a letter replaced, inserted, left out, or two neighbours exchanged; rarely the first. */
export function typo(word: string, rng: Rng): string {
  const i = rng.chance(0.1) ? 0 : 1 + rng.int(Math.max(1, word.length - 1));
  switch (rng.int(4)) {
    case 0: { let c = rng.pick([...LETTERS]); while (c === word[i]?.toLowerCase()) c = rng.pick([...LETTERS]); return word.slice(0, i) + c + word.slice(i + 1); }
    case 1: return word.slice(0, i) + rng.pick([...LETTERS]) + word.slice(i);
    case 2: return word.slice(0, i) + word.slice(i + 1);
    default: return i + 1 < word.length && word[i] !== word[i + 1] ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) : word.slice(0, i) + word.slice(i + 1);
  }
}

function validDate(y: number, m: number, d: number): boolean {
  return y >= 1920 && y <= 2007 && m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function fmt(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function oneDigitOff(date: string, rng: Rng): string | undefined {
  const digits = date.replace(/-/g, '');
  for (let attempt = 0; attempt < 40; attempt++) {
    const pos = rng.int(8);
    const d = String(rng.int(10));
    if (d === digits[pos]) continue;
    const changed = digits.slice(0, pos) + d + digits.slice(pos + 1);
    const [y, m, day] = [Number(changed.slice(0, 4)), Number(changed.slice(4, 6)), Number(changed.slice(6, 8))];
    if (validDate(y, m, day)) return fmt(y, m, day);
  }
  return undefined;
}

function greekFamilyVariant(name: string): string {
  const options = [name.replace(/ou/g, 'u'), name.replace(/Ch/g, 'H').replace(/ch/g, 'h'), name.replace(/ph/g, 'f'), name.replace(/ei/g, 'i'), name.replace(/y/g, 'i')];
  const changed = options.filter((o) => o !== name);
  return changed[0] ?? name;
}

export const DISTORTIONS: Readonly<Record<string, Distortion>> = {
  upper_case: (id) => ({ ...id, familyName: id.familyName.toUpperCase(), givenNames: id.givenNames.toUpperCase() }),
  diacritics_dropped: (id) => {
    const out = { ...id, familyName: mapChars(id.familyName, DROP), givenNames: mapChars(id.givenNames, DROP) };
    return out.familyName === id.familyName && out.givenNames === id.givenNames ? undefined : out;
  },
  transliterated: (id) => {
    if (!NON_ASCII.test(id.familyName + id.givenNames)) return undefined;
    const out = { ...id, familyName: mapChars(id.familyName, TRANSLIT), givenNames: mapChars(id.givenNames, TRANSLIT) };
    return out.familyName === id.familyName && out.givenNames === id.givenNames ? undefined : out;
  },
  names_swapped: (id) => ({ ...id, familyName: id.givenNames, givenNames: id.familyName }),
  middle_dropped: (id) => {
    const parts = id.givenNames.split(' ');
    return parts.length < 2 ? undefined : { ...id, givenNames: parts[0] ?? '' };
  },
  middle_initial: (id) => {
    const parts = id.givenNames.split(' ');
    return parts.length < 2 ? undefined : { ...id, givenNames: [parts[0], ...parts.slice(1).map((p) => initialOf(p))].join(' ') };
  },
  // Only real double names (García López, Hansen-Berg): a particle stays with its name (van den Berg is one).
  one_family_name: (id, p, rng) => {
    const { parts } = p.family;
    if (parts.length < 2 || id.familyName !== p.person.familyName) return undefined;
    return { ...id, familyName: rng.chance(0.7) ? (parts[0] ?? '') : (parts[parts.length - 1] ?? '') };
  },
  hyphen_space: (id, p) => {
    const { parts, joiner } = p.family;
    if (parts.length < 2 || id.familyName !== p.person.familyName) return undefined;
    return { ...id, familyName: parts.join(joiner === '-' ? ' ' : '-') };
  },
  former_name: (id, p, rng) => {
    const former = p.person.formerFamilyNames[0];
    if (former) return { ...id, familyName: former, formerFamilyNames: [] };
    if (p.sex !== 'f') return undefined;
    const picker = PICKERS.get(p.country);
    // Married after registration: the alert has the new name and lists the registered one as former.
    return picker ? { ...id, familyName: familyText(picker.gendered(picker.familyName(rng), 'f', true)), formerFamilyNames: [id.familyName] } : undefined;
  },
  gender_form: (id, p) => {
    const picker = PICKERS.get(p.country);
    if (!picker?.country.feminine || id.familyName !== p.person.familyName) return undefined;
    const other = familyText(p.sex === 'f' ? p.familyBase : picker.gendered(p.familyBase, 'f', false));
    return other === id.familyName ? undefined : { ...id, familyName: other };
  },
  greek_variant: (id, p, rng) => {
    if (p.country !== 'GR') return undefined;
    const [first, ...rest] = id.givenNames.split(' ');
    const group = GREEK_FORMS.find((g) => g.includes(first ?? ''));
    if (group && rng.chance(0.75)) {
      const other = rng.pick(group.filter((n) => n !== first));
      return { ...id, givenNames: [other, ...rest].join(' ') };
    }
    const family = greekFamilyVariant(id.familyName);
    return family === id.familyName ? undefined : { ...id, familyName: family };
  },
  typo: (id, _p, rng) => {
    const inFamily = rng.chance(0.5);
    const tokens = (inFamily ? id.familyName : id.givenNames).split(' ');
    const candidates = tokens.map((t, i) => [t, i] as const).filter(([t]) => t.length >= 4);
    if (candidates.length === 0) return undefined;
    const [token, at] = rng.pick(candidates);
    tokens[at] = typo(token, rng);
    const joined = tokens.join(' ');
    return inFamily ? { ...id, familyName: joined } : { ...id, givenNames: joined };
  },
  dob_swapped: (id) => {
    const [y, m, d] = id.dateOfBirth.split('-').map(Number) as [number, number, number];
    return d > 12 || d === m ? undefined : { ...id, dateOfBirth: fmt(y, d, m) };
  },
  dob_digit: (id, _p, rng) => {
    const off = oneDigitOff(id.dateOfBirth, rng);
    return off ? { ...id, dateOfBirth: off } : undefined;
  },
};

const PARTICLE = /^(van|von|de|der|den|da|di|del|della|la|le|ter|ten|zu|dos|das|do)$/i;

/**
 * Departures outside the spec's list, or two on one name, that the evaluation reports on their own and never
 * pairs with another: the name a person goes by, particles glued, and a gender form with a typing error.
 */
export const EXTRA_DISTORTIONS: Readonly<Record<string, Distortion>> = {
  // Only a later given name (Olav for Morten Olav, José for María José): many people go by it.
  second_given_only: (id, _p, rng) => {
    const parts = id.givenNames.split(' ');
    return parts.length < 2 ? undefined : { ...id, givenNames: rng.pick(parts.slice(1)) };
  },
  // The particles written onto the name: deVries, vanDerBerg, DeLuca.
  glued_particle: (id, _p, rng) => {
    const words = id.familyName.split(' ');
    if (words.length < 2 || !PARTICLE.test(words[0] ?? '')) return undefined;
    const camel = rng.chance(0.7);
    return { ...id, familyName: words.map((w, i) => (i > 0 && camel ? w.charAt(0).toUpperCase() + w.slice(1) : w)).join('') };
  },
  // The other gender form, with one typing error in it (Svobodová typed Svboda).
  gender_form_typo: (id, p, rng) => {
    const other = DISTORTIONS.gender_form?.(id, p, rng);
    if (!other || other.familyName.length < 4) return undefined;
    return { ...other, familyName: typo(other.familyName, rng) };
  },
};
export const EXTRA_VARIANTS = Object.keys(EXTRA_DISTORTIONS);

/** Name departures paired with one wrong birth-date digit for people with a very common family name. */
export const COMMON_NAME_VARIANTS = ['former_name', 'middle_dropped', 'middle_initial', 'one_family_name', 'typo'] as const;

/**
 * The order in which two distortions combine: what the person is called first (a former name, another form),
 * then how the name is written, then how the alert's fields are filled in. Swapping last keeps "names swapped
 * plus one family name" meaning the family name, not a given name left in the family field.
 */
export const ATOMIC_VARIANTS = [
  'former_name', 'gender_form', 'one_family_name', 'hyphen_space', 'middle_dropped', 'middle_initial', 'greek_variant',
  'typo', 'diacritics_dropped', 'transliterated', 'upper_case', 'names_swapped', 'dob_swapped', 'dob_digit',
] as const;
