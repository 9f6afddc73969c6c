import { DateRelation, relateDates } from './birth-date.js';
import { isParticle } from './fold.js';
import type { AlertToken, PreparedAlert } from './prepared-alert.js';
import { Level } from './vocabulary.js';

/** A register person as token ids (see Vocabulary) and a yyyymmdd birth date. */
export interface PersonView {
  family: number[];
  /** The family name without separators (de Vries as devries) when it has a particle to glue on, else -1. */
  joined: number;
  given: number[];
  formers: number[][];
  date: number;
}

export type FamilyKind = 'full' | 'subset' | 'partial' | 'former';
export type GivenKind = 'full' | 'middle_dropped' | 'middle_initial' | 'middle_differs' | 'initial_only' | 'other_given';

export interface Comparison {
  date: DateRelation;
  family: Level;
  familyKind: FamilyKind;
  given: Level;
  givenKind: GivenKind;
  swapped: boolean;
  /** The family names agreed only with their separators removed (deVries, de Vries). */
  joined: boolean;
  /** The family name agreed through a former name the alert gives (married since the register knew her). */
  alertFormer: boolean;
  /** The alert gives a former name that neither this person's family name nor their former names relate to. */
  formerUnexplained: boolean;
}

interface Part<K> { level: Level; kind: K; alertFormer?: boolean; joined?: boolean }
const NONE = { level: Level.None, kind: 'full' } as const;

function compareFamily(alert: AlertToken[], person: number[], words: string[]): Part<FamilyKind> {
  if (alert.length === 0 || person.length === 0) return NONE;
  let allAlert = true, allPerson = true, any = false, anyNamed = false;
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
    if (!a.particle) anyNamed = true;
    if (best < minAlert) minAlert = best;
  }
  person.forEach((id, j) => {
    const best = bestPerson[j] ?? Level.None;
    if (best === Level.None) { if (!isParticle(words[id] ?? '')) allPerson = false; return; }
    if (best < minPerson) minPerson = best;
  });
  // "van der Laan" and "van der Meer" share only particles: that is no agreement, unless particles are all there is.
  if (!any || (!anyNamed && alert.some((t) => !t.particle))) return NONE;
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
  if (first.level === Level.None) return otherGiven(alert, person, words);
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

/**
 * The first given names differ, but one side's given names are all among the other's: the alert names only the
 * name a person goes by (Olav for Morten Olav, José for María José), or the register holds only that one. A
 * later given name shared alone is not this (Kari Marie and Anne Marie are sisters): every name must be found,
 * equal or in another form (not mistyped: Andreas and Andrea are brother and sister), in full (initials say too
 * little here), and each only once.
 */
function otherGiven(alert: AlertToken[], person: number[], words: string[]): Part<GivenKind> {
  if (alert.length === person.length || alert.some((a) => a.initial) || person.some((id) => (words[id]?.length ?? 0) <= 1)) return NONE;
  const fewer = alert.length < person.length;
  const used = new Set<number>();
  for (const outer of fewer ? alert.keys() : person.keys()) {
    let best: Level = Level.None, at = -1;
    for (const inner of fewer ? person.keys() : alert.keys()) {
      if (used.has(inner)) continue;
      const [a, id] = fewer ? [alert[outer], person[inner]] : [alert[inner], person[outer]];
      const g = a && id !== undefined ? (a.asGiven.get(id) ?? Level.None) : Level.None;
      if (g > best) [best, at] = [g, inner];
    }
    if (best < Level.Variant) return NONE;
    used.add(at);
  }
  return { level: Level.Variant, kind: 'other_given' };
}

function bestFamily(family: AlertToken[], joined: AlertToken | undefined, formers: AlertToken[][], person: PersonView, words: string[]): Part<FamilyKind> {
  let best = compareFamily(family, person.family, words);
  if (best.level < Level.Equal) {
    const glued = joinedFamily(family, joined, person);
    if (glued.level > best.level) best = glued;
  }
  const consider = (part: Part<FamilyKind>, alertFormer: boolean): void => {
    const level = Math.min(part.level, Level.Variant) as Level;
    if (level > best.level) best = { level, kind: 'former', alertFormer };
  };
  for (const former of person.formers) consider(compareFamily(family, former, words), false);
  for (const former of formers) {
    consider(compareFamily(former, person.family, words), true);
    for (const personFormer of person.formers) consider(compareFamily(former, personFormer, words), true);
  }
  return best;
}

/**
 * Family names compared with their separators removed, as hyphen against space already is token by token:
 * deVries against de Vries, DeLuca against De Luca. Only where one side has several tokens and the joined forms
 * agree in full (a typing error at most), never through a gender form: vanBerg is no form of Berg.
 */
function joinedFamily(family: AlertToken[], joined: AlertToken | undefined, person: PersonView): Part<FamilyKind> {
  if (joined === undefined && person.joined < 0) return NONE;
  const alertSide = joined ?? (family.length === 1 ? family[0] : undefined);
  const personSide = person.joined >= 0 ? person.joined : person.family.length === 1 ? person.family[0] : undefined;
  if (alertSide === undefined || personSide === undefined) return NONE;
  const level = alertSide.asFamily.get(personSide) ?? Level.None;
  return level === Level.Equal || level === Level.Typo ? { level, kind: 'full', joined: true } : NONE;
}

/** Whether some former name the alert gives relates to the person's family name or to one of their former names. */
function explainsFormers(formers: AlertToken[][], person: PersonView, words: string[]): boolean {
  return formers.some((former) => [person.family, ...person.formers].some((name) => compareFamily(former, name, words).level > Level.None));
}

const DATE_DEVIATIONS: Readonly<Record<DateRelation, number>> = { 0: 9, 1: 2, 2: 1, 3: 1, 4: 0 };
// Departures from the spec's list that a name level stands for: another form with a typing error is two.
const NAME_DEVIATIONS: Readonly<Record<Level, number>> = { 0: 9, 1: 2, 2: 1, 3: 0, 4: 0 };

/**
 * Compares one person with a prepared alert: how each field relates, or undefined when the person is no
 * candidate at all (a birth date outside the accepted relations, a name field with nothing in common, or more
 * than two departures at once). Whether a candidate is shown, and whether it is a hit, is weighed per alert
 * in evidence.ts, because that depends on how common the names are and on the other candidates.
 */
export function comparePerson(alert: PreparedAlert, person: PersonView, words: string[]): Comparison | undefined {
  const date = relateDates(alert.date, person.date);
  // Swapped and a digit off as well is another birth date (spec/screening.md: more than one digit, not a swap).
  if (date === DateRelation.None || date === DateRelation.SwappedOneDigit) return undefined;
  let family = bestFamily(alert.family, alert.joinedFamily, alert.formers, person, words);
  let given = compareGiven(alert.given, person.given, words);
  let swapped = false;
  if (family.level < Level.Equal || given.level < Level.Equal) {
    const swappedFamily = bestFamily(alert.given, alert.joinedGiven, alert.formers, person, words);
    const swappedGiven = compareGiven(alert.family, person.given, words);
    if (swappedFamily.level + swappedGiven.level > family.level + given.level) {
      family = swappedFamily;
      given = swappedGiven;
      swapped = true;
    }
  }
  if (family.level === Level.None || given.level === Level.None) return undefined;
  // A given name other than the first stands for one departure (a first name dropped) on top of its level.
  const weak = DATE_DEVIATIONS[date] + NAME_DEVIATIONS[family.level] + NAME_DEVIATIONS[given.level] + (given.kind === 'other_given' ? 1 : 0);
  if (weak > 2) return undefined;
  const alertFormer = family.alertFormer === true;
  const formerUnexplained = !alertFormer && alert.formers.length > 0 && !explainsFormers(alert.formers, person, words);
  return {
    date, family: family.level, familyKind: family.kind, given: given.level, givenKind: given.kind, swapped, joined: family.joined === true,
    alertFormer, formerUnexplained,
  };
}

/** Birth date equal and both names equal or a recognised form of each other: the only evidence a hit rests on. */
export function isHitGrade(c: Comparison): boolean {
  return c.date === DateRelation.Equal && c.family >= Level.Variant && c.given >= Level.Variant;
}

/** Both names the same after folding, in full; spec/screening.md's "identical name". */
export function sameNames(c: Comparison): boolean {
  return c.family === Level.Equal && c.familyKind === 'full' && c.given === Level.Equal && c.givenKind === 'full';
}
