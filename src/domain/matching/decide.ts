import { DateRelation } from './birth-date.js';
import { isHitGrade, sameNames, type Comparison } from './compare.js';
import type { ScreeningOutcome } from './types.js';

/** A candidate with the evidence for it (evidence.ts). */
export interface Weighed {
  row: number;
  hprNumber: string;
  comparison: Comparison;
  weight: number;
}

/** Share of alerts that name someone in the register (about 3 %, design brief), as odds. */
const PRIOR_ODDS = 0.03 / 0.97;
/**
 * What a missed match costs against a false `possible` (spec/screening.md: a professional who lost the right to
 * practise abroad keeps practising here, against an officer's minute; tune for recall first): a candidate is worth
 * showing while the chance that it is the person, times this, outweighs the chance that it is a stranger. 30,000
 * minutes is some three months of an officer's time. At 3,000 two departures at once on a very common name
 * (Anne Hansen, former name and one digit of the birth date) went unseen: among a few hundred Anne Hansens such an
 * agreement is about one in two thousand to be the person, and a quarter of those alerts were missed.
 */
const MISS_COST = 30_000;
/** The least weight (evidence.ts) a candidate is shown with, from the prior and the cost of a miss: about 0.001. */
export const SHOW_WEIGHT = 1 / (MISS_COST * PRIOR_ODDS);
/** A hit needs this chance that the first candidate is the person, given every candidate and the prior. */
export const HIT_CHANCE = 0.5;
/** ...and this share of the evidence among all candidates, so that a namesake as good keeps it `possible`. */
const HIT_SHARE = 0.8;

function ambiguous(c: Comparison): boolean {
  // spec/screening.md: identical names with a birth date one digit or a day/month swap away want a person's eye.
  return sameNames(c) && (c.date === DateRelation.Equal || c.date === DateRelation.OneDigit || c.date === DateRelation.Swapped);
}

/**
 * The outcome for one alert from all its candidates at once. Candidates are ranked by evidence; a hit needs
 * hit-grade agreement (birth date equal, both names equal or recognised forms), no namesake nearly as good, and
 * a high chance of being the person once the prior and every rival are counted: with a thousand Anne Hansens
 * a dropped middle name is not enough, with a rare name it is. An alert naming a person exactly (both names and
 * the birth date) is a hit unless a namesake is as good.
 */
export function decide(found: Weighed[]): { outcome: ScreeningOutcome; shown: Weighed[] } {
  const shown = found.filter((f) => f.weight >= SHOW_WEIGHT || ambiguous(f.comparison));
  shown.sort((a, b) => b.weight - a.weight || a.hprNumber.localeCompare(b.hprNumber));
  const [top] = shown;
  if (!top) return { outcome: 'no_hit', shown };
  const total = found.reduce((sum, f) => sum + f.weight, 0);
  const chance = (PRIOR_ODDS * top.weight) / (1 + PRIOR_ODDS * total);
  const exact = sameNames(top.comparison) && top.comparison.date === DateRelation.Equal && !top.comparison.formerUnexplained;
  const hit = isHitGrade(top.comparison) && top.weight >= HIT_SHARE * total && (exact || chance >= HIT_CHANCE);
  return { outcome: hit ? 'hit' : 'possible', shown };
}
