import { DateRelation, relateDates } from './birth-date.js';
import { isParticle } from './fold.js';
import type { AlertToken, PreparedAlert } from './prepared-alert.js';
import { Level } from './vocabulary.js';

/** A register person as token ids (see Vocabulary) and a yyyymmdd birth date. */
export interface PersonView {
  family: number[];
  given: number[];
  formers: number[][];
  date: number;
}

export type FamilyKind = 'full' | 'subset' | 'partial' | 'former';
export type GivenKind = 'full' | 'middle_dropped' | 'middle_initial' | 'middle_differs' | 'initial_only';

export interface Comparison {
  date: DateRelation;
  family: Level;
  familyKind: FamilyKind;
  given: Level;
  givenKind: GivenKind;
  swapped: boolean;
  /** 'hit' needs every field strong; 'possible' tolerates at most two weak spots. */
  verdict: 'hit' | 'possible';
}

interface Part<K> { level: Level; kind: K }
const NONE = { level: Level.None, kind: 'full' } as const;

function compareFamily(alert: AlertToken[], person: number[], words: string[]): Part<FamilyKind> {
  if (alert.length === 0 || person.length === 0) return NONE;
  let allAlert = true, allPerson = true, any = false;
  let minAlert: Level = Level.Equal, minPerson: Level = Level.Equal;
  const bestPerson = person.map(() => Level.None as Level);
  for (const a of alert) {
    let best: Level = Level.None;
    person.forEach((id, j) => {
      const level = a.asFamily.get(id) ?? Level.None;
      if (level > best) best = level;
      if (level > (bestPerson[j] ?? Level.None)) bestPerson[j] = level;
    });
    if (best === Level.None) { if (!a.particle) allAlert = false; continue; }
    any = true;
    if (best < minAlert) minAlert = best;
  }
  person.forEach((id, j) => {
    const best = bestPerson[j] ?? Level.None;
    if (best === Level.None) { if (!isParticle(words[id] ?? '')) allPerson = false; return; }
    if (best < minPerson) minPerson = best;
  });
  if (!any) return NONE;
  if (allAlert && allPerson) return { level: Math.min(minAlert, minPerson) as Level, kind: 'full' };
  if (allAlert) return { level: Math.min(minAlert, Level.Variant) as Level, kind: 'subset' };
  if (allPerson) return { level: Math.min(minPerson, Level.Variant) as Level, kind: 'subset' };
  return { level: Level.Typo, kind: 'partial' };
}

function givenLevel(a: AlertToken, id: number, words: string[]): { level: Level; initial: boolean } {
  const word = words[id] ?? '';
  if (a.initial || word.length === 1) {
    return { level: a.skel[0] === word[0] ? Level.Variant : Level.None, initial: true };
  }
  return { level: a.asGiven.get(id) ?? Level.None, initial: false };
}

function compareGiven(alert: AlertToken[], person: number[], words: string[]): Part<GivenKind> {
  const [a0] = alert;
  const [p0] = person;
  if (a0 === undefined || p0 === undefined) return NONE;
  const first = givenLevel(a0, p0, words);
  if (first.level === Level.None) {
    // A later given name alone is what twins share (Kari Marie / Anne Marie): not evidence of one person.
    return NONE;
  }
  if (first.initial) return { level: Level.Typo, kind: 'initial_only' };
  let level: Level = first.level, initials = false;
  const restPerson = person.slice(1);
  const personMatched = restPerson.map(() => false);
  let alertUnmatched = 0;
  for (const a of alert.slice(1)) {
    let best: Level = Level.None;
    restPerson.forEach((id, j) => {
      const g = givenLevel(a, id, words);
      if (g.level === Level.None) return;
      personMatched[j] = true;
      if (g.initial) initials = true;
      if (g.level > best) best = g.level;
    });
    if (best === Level.None) alertUnmatched++;
    else if (best < level) level = best;
  }
  const personUnmatched = personMatched.filter((m) => !m).length;
  if (alertUnmatched > 0 && personUnmatched > 0) return { level: Math.min(level, Level.Typo) as Level, kind: 'middle_differs' };
  if (alertUnmatched > 0 || personUnmatched > 0) return { level: Math.min(level, Level.Variant) as Level, kind: 'middle_dropped' };
  if (initials) return { level: Math.min(level, Level.Variant) as Level, kind: 'middle_initial' };
  return { level, kind: 'full' };
}

function bestFamily(family: AlertToken[], formers: AlertToken[][], person: PersonView, words: string[]): Part<FamilyKind> {
  let best = compareFamily(family, person.family, words);
  const consider = (part: Part<FamilyKind>): void => {
    const level = Math.min(part.level, Level.Variant) as Level;
    if (level > best.level) best = { level, kind: 'former' };
  };
  for (const former of person.formers) consider(compareFamily(family, former, words));
  for (const former of formers) {
    consider(compareFamily(former, person.family, words));
    for (const personFormer of person.formers) consider(compareFamily(former, personFormer, words));
  }
  return best;
}

/** How common a person's names are in the register: how many people share them. */
export interface NameFrequency {
  total: number;
  familyCount(id: number): number;
  givenCount(id: number): number;
}

const DATE_DEVIATIONS: Readonly<Record<DateRelation, number>> = { 0: 9, 1: 2, 2: 1, 3: 1, 4: 0 };
// Share of all birth dates that stand in each relation to a given date (about 20,000 dates in the register's span).
const DATE_CHANCE: Readonly<Record<DateRelation, number>> = { 0: 1, 1: 25 / 20_000, 2: 25 / 20_000, 3: 1 / 20_000, 4: 1 / 20_000 };
/**
 * A `possible` whose names are not simply equal must be unlikely to arise by chance: with thousands of Hansens,
 * "Anne Hansen" one birth-date digit away from some "Anne Marie Hansen" happens to strangers every day. The
 * expected number of registered strangers that would agree as well must stay below this.
 */
export const CHANCE_LIMIT = 0.03;

function chanceAgreement(c: Omit<Comparison, 'verdict'>, person: PersonView, freq: NameFrequency): number {
  const familyIds = c.familyKind === 'full' ? person.family : [...person.family, ...person.formers.flat()];
  const counts = familyIds.map((id) => freq.familyCount(id));
  const family = c.familyKind === 'full' ? Math.min(...counts) : Math.max(...counts);
  const given = freq.givenCount(person.given[0] ?? -1);
  let loose = 1;
  if (c.family === Level.Typo) loose *= c.familyKind === 'partial' ? 2 : 3;
  if (c.given === Level.Typo) loose *= c.givenKind === 'middle_differs' ? 2 : 3;
  return ((family * given) / Math.max(1, freq.total)) * DATE_CHANCE[c.date] * loose;
}

/** Compares one person with a prepared alert; undefined when screening must not show them at all. */
export function comparePerson(alert: PreparedAlert, person: PersonView, words: string[], freq: NameFrequency): Comparison | undefined {
  const date = relateDates(alert.date, person.date);
  if (date === DateRelation.None) return undefined;
  let family = bestFamily(alert.family, alert.formers, person, words);
  let given = compareGiven(alert.given, person.given, words);
  let swapped = false;
  if (family.level < Level.Equal || given.level < Level.Equal) {
    const swappedFamily = bestFamily(alert.given, alert.formers, person, words);
    const swappedGiven = compareGiven(alert.family, person.given, words);
    if (swappedFamily.level + swappedGiven.level > family.level + given.level) {
      family = swappedFamily;
      given = swappedGiven;
      swapped = true;
    }
  }
  if (family.level === Level.None || given.level === Level.None) return undefined;
  const weak = DATE_DEVIATIONS[date] + (family.level === Level.Typo ? 1 : 0) + (given.level === Level.Typo ? 1 : 0);
  const strong = date === DateRelation.Equal && family.level >= Level.Variant && given.level >= Level.Variant;
  const c = { date, family: family.level, familyKind: family.kind, given: given.level, givenKind: given.kind, swapped };
  // A hit-grade agreement on names shared by thousands (Anne Hansen / Anne Marie Hansen) is still a coin toss.
  if (strong) return { ...c, verdict: chanceAgreement(c, person, freq) > CHANCE_LIMIT && !(c.familyKind === 'full' && c.givenKind === 'full') ? 'possible' : 'hit' };
  if (weak > 2) return undefined;
  const sameNames = date !== DateRelation.SwappedOneDigit && family.level === Level.Equal && family.kind === 'full' && given.level === Level.Equal && given.kind === 'full';
  // Same names, near birth date: spec/screening.md calls this ambiguous and wants a person to look.
  if (!sameNames && chanceAgreement(c, person, freq) > CHANCE_LIMIT) return undefined;
  return { ...c, verdict: 'possible' };
}
