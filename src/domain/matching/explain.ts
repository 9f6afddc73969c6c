import type { DateRelation } from './birth-date.js';
import type { Comparison } from './compare.js';
import { foldTokens, genderStem, greekKey, skeleton } from './fold.js';
import { variantKeys } from './name-variants.js';
import { REASON_CODES, type ReasonCode } from './reason-codes.js';
import { jaroWinkler, osaDistance } from './string-metrics.js';
import type { AlertIdentity, RegisterPerson } from './types.js';
import type { Level } from './vocabulary.js';

type TokenRelation = 'equal' | 'transliterated' | 'variant' | 'gender_form' | 'typo';
const ORDER: readonly TokenRelation[] = ['typo', 'gender_form', 'variant', 'transliterated', 'equal'];

function relation(a: string, b: string, role: 'family' | 'given'): TokenRelation | undefined {
  if (a === b) return 'equal';
  const sa = skeleton(a), sb = skeleton(b);
  if (sa === sb) return 'transliterated';
  if (variantKeys(greekKey(sa)).includes(greekKey(sb))) return 'variant';
  if (role === 'family' && genderStem(sa) === genderStem(sb)) return 'gender_form';
  if (osaDistance(sa, sb) <= 1) return 'typo';
  return undefined;
}

/** The weakest relation among the alert's tokens that found a partner: that is what an officer must check. */
function weakest(alertText: string, personTexts: string[], role: 'family' | 'given'): TokenRelation {
  const personTokens = personTexts.flatMap(foldTokens);
  let worst: TokenRelation = 'equal';
  for (const a of foldTokens(alertText)) {
    let best: TokenRelation | undefined;
    for (const p of personTokens) {
      const r = relation(a, p, role);
      if (r && (best === undefined || ORDER.indexOf(r) > ORDER.indexOf(best))) best = r;
    }
    if (best && ORDER.indexOf(best) < ORDER.indexOf(worst)) worst = best;
  }
  return worst;
}

const DATE_CODES: Readonly<Record<DateRelation, ReasonCode>> = {
  0: 'dob_one_digit', 1: 'dob_swapped_one_digit', 2: 'dob_one_digit', 3: 'dob_swapped', 4: 'dob_equal',
};

/** Reason codes for a candidate, strongest evidence first. */
export function reasonCodes(identity: AlertIdentity, person: RegisterPerson, c: Comparison): ReasonCode[] {
  const codes: ReasonCode[] = [DATE_CODES[c.date]];
  const alertFamily = c.swapped ? identity.givenNames : identity.familyName;
  const alertGiven = c.swapped ? identity.familyName : identity.givenNames;
  if (c.familyKind === 'former') codes.push('family_former_name');
  else if (c.familyKind === 'subset') codes.push('family_one_of_several');
  else if (c.familyKind === 'partial') codes.push('family_partial');
  else codes.push(`family_${weakest(alertFamily, [person.familyName], 'family')}` as ReasonCode);
  const given = weakest(alertGiven, [person.givenNames], 'given');
  const kindCode: Partial<Record<Comparison['givenKind'], ReasonCode>> = {
    middle_dropped: 'given_middle_dropped', middle_initial: 'given_middle_initial', middle_differs: 'given_middle_differs',
    initial_only: 'given_initial_only',
  };
  if (c.givenKind === 'full' || given !== 'equal') codes.push(`given_${given}` as ReasonCode);
  const kind = kindCode[c.givenKind];
  if (kind) codes.push(kind);
  if (c.swapped) codes.push('names_swapped');
  return codes;
}

export function reasonTexts(codes: readonly ReasonCode[]): string[] {
  return codes.map((code) => REASON_CODES[code]);
}

const DATE_SCORE: Readonly<Record<DateRelation, number>> = { 0: 0, 1: 0.55, 2: 0.75, 3: 0.8, 4: 1 };
const NAME_SCORE: Readonly<Record<Level, number>> = { 0: 0, 1: 0.7, 2: 0.9, 3: 1 };

/**
 * 0 to 1: the field relations decide, and Jaro-Winkler over the whole folded name breaks ties between
 * namesakes so that the closer spelling comes first.
 */
export function candidateScore(identity: AlertIdentity, person: RegisterPerson, c: Comparison): number {
  const alertName = foldTokens(`${identity.givenNames} ${identity.familyName}`).map(skeleton).join(' ');
  const personName = foldTokens(c.swapped ? `${person.familyName} ${person.givenNames}` : `${person.givenNames} ${person.familyName}`).map(skeleton).join(' ');
  const fields = 0.4 * DATE_SCORE[c.date] + 0.28 * NAME_SCORE[c.family] + 0.28 * NAME_SCORE[c.given];
  const score = fields + 0.04 * jaroWinkler(alertName, personName) - (c.swapped ? 0.01 : 0);
  return Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000;
}
