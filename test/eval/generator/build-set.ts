import type { AlertIdentity, RegisterPerson } from '../../../src/domain/matching/index.js';
import { ATOMIC_VARIANTS, COMMON_NAME_VARIANTS, DISTORTIONS, EXTRA_DISTORTIONS, EXTRA_VARIANTS } from './distort.js';
import { ALERT_ORIGINS, clearlyDifferent, makePerson, makeRegister, PICKERS, randomDate, weighted, type GenPerson } from './people.js';
import { Rng } from './rng.js';

/** What the evaluation knows about an alert: the person it names, or that it names nobody registered. */
export interface Truth {
  imiId: string;
  kind: 'match' | 'nonmatch';
  /** A distortion name (or two joined by '+') for matches; random, same_name_other_dob or twin otherwise. */
  variant: string;
  hprNumber?: string;
  /** Non-match whose exact name is registered with a birth date one digit or a swap away: `possible` is right. */
  ambiguous: boolean;
}

export interface EvalAlert { imiId: string; identity: AlertIdentity; truth: Truth }
export interface EvalSet { register: RegisterPerson[]; alerts: EvalAlert[] }

export interface SetOptions {
  seed: number;
  registerSize: number;
  matchesPerVariant: number;
  pairs: number;
  random: number;
  sameName: number;
  twins: number;
  /** Matches per departure outside the spec's list (distort.ts EXTRA_VARIANTS); none when left out. */
  extras?: number;
  /** Matches per name departure paired with one wrong birth-date digit, on a top-10 Norwegian family name. */
  commonPairs?: number;
}

// The ten commonest family names in Norway: namesakes by the hundred in a million-row register.
const COMMON_SURNAMES = new Set(['hansen', 'johansen', 'olsen', 'larsen', 'andersen', 'pedersen', 'nilsen', 'kristiansen', 'jensen', 'karlsen']);
const hasCommonName = (names: readonly string[]): boolean => names.some((n) => n.toLowerCase().split(/[ -]/).some((t) => COMMON_SURNAMES.has(t)));

// Pairs that cannot both happen to one name (dropping a middle name and initialling it), and the day/month swap
// with a wrong digit, which spec/screening.md counts as another birth date.
const CONFLICTS = new Set([
  'middle_dropped+middle_initial', 'diacritics_dropped+transliterated', 'dob_swapped+dob_digit', 'former_name+gender_form',
  'former_name+one_family_name', 'former_name+hyphen_space', 'one_family_name+hyphen_space',
]);

function nameKey(family: string, given: string): string {
  return `${given}|${family}`.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

function digitsApart(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

function nearDate(a: string, b: string): boolean {
  const [y, m, d] = a.split('-');
  return digitsApart(a, b) <= 1 || `${y}-${d}-${m}` === b;
}

/** Register, alerts and truth: every variant of spec/screening.md, singly and two at once, plus hard non-matches. */
export function buildEvalSet(o: SetOptions): EvalSet {
  const rng = new Rng(o.seed);
  const people = makeRegister(rng, o.registerSize);
  const foreign = people.filter((p) => p.country !== 'NO');
  const where = (test: (p: GenPerson) => boolean): GenPerson[] => people.filter(test);
  const twoGiven = where((p) => p.person.givenNames.includes(' '));
  const twoFamily = where((p) => p.family.parts.length > 1);
  const special: Record<string, GenPerson[]> = {
    gender_form: where((p) => ['PL', 'CZ', 'LT', 'LV', 'GR'].includes(p.country)),
    greek_variant: where((p) => p.country === 'GR'),
    middle_dropped: twoGiven, middle_initial: twoGiven, one_family_name: twoFamily, hyphen_space: twoFamily,
    former_name: where((p) => p.person.formerFamilyNames.length > 0 || p.sex === 'f'),
    transliterated: where((p) => /[^\x20-\x7e]/.test(p.person.familyName + p.person.givenNames)),
    second_given_only: twoGiven,
    glued_particle: where((p) => /^(van|von|de|der|den|da|di|del|della|la|le|ter|ten|zu|dos|das|do) /i.test(p.person.familyName)),
  };
  special.gender_form_typo = special.gender_form ?? [];
  // Very common family names, as the name in use or (for a former name alert) as the former name.
  const common: Record<string, GenPerson[]> = {
    former_name: where((p) => hasCommonName(p.person.formerFamilyNames.slice(0, 1))),
    middle_dropped: twoGiven.filter((p) => hasCommonName([p.person.familyName])),
    middle_initial: twoGiven.filter((p) => hasCommonName([p.person.familyName])),
    one_family_name: twoFamily.filter((p) => hasCommonName([p.person.familyName])),
    typo: where((p) => hasCommonName([p.person.familyName])),
  };
  const byName = new Map<string, string[]>();
  for (const { person } of people) {
    const key = nameKey(person.familyName, person.givenNames);
    byName.set(key, [...(byName.get(key) ?? []), person.dateOfBirth]);
  }
  const alerts: EvalAlert[] = [];
  let serial = 100_000;
  const add = (identity: AlertIdentity, truth: Omit<Truth, 'imiId' | 'ambiguous'>): void => {
    const imiId = `IMI-2025-${serial++}`;
    const ambiguous = truth.kind === 'nonmatch' && (byName.get(nameKey(identity.familyName, identity.givenNames)) ?? []).some((d) => nearDate(identity.dateOfBirth, d));
    alerts.push({ imiId, identity, truth: { ...truth, imiId, ambiguous } });
  };
  const base = (p: GenPerson): AlertIdentity => ({ familyName: p.person.familyName, givenNames: p.person.givenNames, dateOfBirth: p.person.dateOfBirth });
  const sample = (pool: GenPerson[]): GenPerson => (pool === people && rng.chance(0.5) ? rng.pick(foreign) : rng.pick(pool));

  // The smallest pool that every variant can apply to, so that a rare combination is still found.
  const poolFor = (variants: string[]): GenPerson[] => {
    const pools = variants.map((v) => special[v]).filter((p): p is GenPerson[] => p !== undefined);
    return pools.sort((a, b) => a.length - b.length)[0] ?? people;
  };
  const makeMatch = (variants: string[], pool = poolFor(variants), label = variants.join('+')): boolean => {
    for (let attempt = 0; attempt < 500; attempt++) {
      const p = sample(pool);
      let id: AlertIdentity | undefined = base(p);
      for (const v of variants) id = id && (DISTORTIONS[v] ?? EXTRA_DISTORTIONS[v])?.(id, p, rng);
      if (id) {
        add(id, { kind: 'match', variant: label, hprNumber: p.person.hprNumber });
        return true;
      }
    }
    return false;
  };
  for (const v of ['exact', ...ATOMIC_VARIANTS]) {
    for (let i = 0; i < o.matchesPerVariant; i++) if (!makeMatch(v === 'exact' ? [] : [v])) throw new Error(`no person fits variant ${v}`);
  }
  for (const v of EXTRA_VARIANTS) {
    for (let i = 0; i < (o.extras ?? 0); i++) if (!makeMatch([v])) throw new Error(`no person fits variant ${v}`);
  }
  for (const v of COMMON_NAME_VARIANTS) {
    const pool = common[v] ?? [];
    for (let i = 0; i < (o.commonPairs ?? 0); i++) if (!makeMatch([v, 'dob_digit'], pool, `common:${v}+dob_digit`)) throw new Error(`no common-name person fits ${v}`);
  }
  const order = (v: string): number => (ATOMIC_VARIANTS as readonly string[]).indexOf(v);
  for (let made = 0; made < o.pairs;) {
    const pair = [rng.pick(ATOMIC_VARIANTS), rng.pick(ATOMIC_VARIANTS)].sort((a, b) => order(a) - order(b));
    if (pair[0] === pair[1] || CONFLICTS.has(pair.join('+'))) continue;
    if (makeMatch(pair)) made++;
  }
  // A non-match with the family name, first given name and birth date of a registered person is, for any
  // matcher, that person (at most a middle name apart): such draws are made again.
  const firstOf = (given: string): string => given.split(' ')[0] ?? '';
  const registered = new Set(people.map(({ person: r }) => nameKey(r.familyName, `${firstOf(r.givenNames)}|${r.dateOfBirth}`)));
  const isRegistered = (family: string, given: string, date: string): boolean => registered.has(nameKey(family, `${firstOf(given)}|${date}`));
  for (let i = 0; i < o.random; i++) {
    const stranger = makePerson(rng, weighted(rng, ALERT_ORIGINS), 'none');
    if (isRegistered(stranger.person.familyName, stranger.person.givenNames, stranger.person.dateOfBirth)) { i--; continue; }
    add(base(stranger), { kind: 'nonmatch', variant: 'random' });
  }
  for (let i = 0; i < o.sameName; i++) {
    const p = rng.pick(people);
    let date = randomDate(rng);
    const other = (d: string): boolean => nearDate(p.person.dateOfBirth, d) || digitsApart(p.person.dateOfBirth, d) < 2 || isRegistered(p.person.familyName, p.person.givenNames, d);
    while (other(date)) date = randomDate(rng);
    add({ ...base(p), dateOfBirth: date }, { kind: 'nonmatch', variant: 'same_name_other_dob' });
  }
  // Everyone registered with a family name and birth date, so that a twin's name is clearly different from all.
  const namesakes = new Map<string, string[]>();
  for (const { person } of people) {
    const key = `${person.familyName}|${person.dateOfBirth}`;
    namesakes.set(key, [...(namesakes.get(key) ?? []), person.givenNames]);
  }
  for (let made = 0; made < o.twins;) {
    const p = rng.pick(people);
    const picker = PICKERS.get(p.country);
    if (!picker) continue;
    const registered = namesakes.get(`${p.person.familyName}|${p.person.dateOfBirth}`) ?? [];
    const given = picker.givenNames(rng, rng.chance(0.5) ? 'f' : 'm');
    if (!registered.every((r) => clearlyDifferent(r, given))) continue;
    add({ ...base(p), givenNames: given }, { kind: 'nonmatch', variant: 'twin' });
    made++;
  }
  return { register: people.map((p) => p.person), alerts };
}
