import type { AlertIdentity, RegisterPerson } from '../../../src/domain/matching/index.js';
import { ATOMIC_VARIANTS, DISTORTIONS } from './distort.js';
import { ALERT_ORIGINS, makePerson, makeRegister, PICKERS, randomDate, weighted, type GenPerson } from './people.js';
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
}

// Pairs that cannot both happen to one name (dropping a middle name and initialling it).
const CONFLICTS = new Set(['middle_dropped+middle_initial', 'diacritics_dropped+transliterated', 'dob_digit+dob_swapped']);

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
  const byCountry = (codes: string[]): GenPerson[] => people.filter((p) => codes.includes(p.country));
  const special: Record<string, GenPerson[]> = { gender_form: byCountry(['PL', 'CZ', 'LT', 'LV', 'GR']), greek_variant: byCountry(['GR']) };
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

  const makeMatch = (variants: string[]): void => {
    for (let attempt = 0; attempt < 500; attempt++) {
      const p = sample(special[variants.find((v) => special[v]) ?? ''] ?? people);
      let id: AlertIdentity | undefined = base(p);
      for (const v of variants) id = id && DISTORTIONS[v]?.(id, p, rng);
      if (id) return add(id, { kind: 'match', variant: variants.join('+'), hprNumber: p.person.hprNumber });
    }
  };
  for (const v of ['exact', ...ATOMIC_VARIANTS]) for (let i = 0; i < o.matchesPerVariant; i++) makeMatch(v === 'exact' ? [] : [v]);
  for (let i = 0; i < o.pairs; i++) {
    const pair = [rng.pick(ATOMIC_VARIANTS), rng.pick(ATOMIC_VARIANTS)].sort();
    if (pair[0] === pair[1] || CONFLICTS.has(pair.join('+'))) { i--; continue; }
    makeMatch(pair);
  }
  for (let i = 0; i < o.random; i++) {
    const stranger = makePerson(rng, weighted(rng, ALERT_ORIGINS), 'none');
    // Same name and birth date as a registered person is, for any matcher, that person: draw again.
    if ((byName.get(nameKey(stranger.person.familyName, stranger.person.givenNames)) ?? []).includes(stranger.person.dateOfBirth)) { i--; continue; }
    add(base(stranger), { kind: 'nonmatch', variant: 'random' });
  }
  for (let i = 0; i < o.sameName; i++) {
    const p = rng.pick(people);
    let date = randomDate(rng);
    while (nearDate(p.person.dateOfBirth, date) || digitsApart(p.person.dateOfBirth, date) < 2) date = randomDate(rng);
    add({ ...base(p), dateOfBirth: date }, { kind: 'nonmatch', variant: 'same_name_other_dob' });
  }
  const firstNames = new Map<string, Set<string | undefined>>();
  for (const { person } of people) {
    const key = `${person.familyName}|${person.dateOfBirth}`;
    firstNames.set(key, (firstNames.get(key) ?? new Set()).add(person.givenNames.split(' ')[0]));
  }
  for (let i = 0; i < o.twins; i++) {
    const p = rng.pick(people);
    const picker = PICKERS.get(p.country);
    if (!picker) continue;
    const registered = firstNames.get(`${p.person.familyName}|${p.person.dateOfBirth}`) ?? new Set();
    let given = picker.givenNames(rng, p.sex);
    for (let t = 0; t < 50 && registered.has(given.split(' ')[0]); t++) given = picker.givenNames(rng, p.sex);
    if (registered.has(given.split(' ')[0])) { i--; continue; }
    add({ ...base(p), givenNames: given }, { kind: 'nonmatch', variant: 'twin' });
  }
  return { register: people.map((p) => p.person), alerts };
}
