import type { DateRelation } from './birth-date.js';
import type { Comparison } from './compare.js';
import { differInEnding, familyKeys, foldTokens, genderStems, greekKey, shareGenderStem, skeleton } from './fold.js';
import { variantKeys, variantKeysNear } from './name-variants.js';
import { REASON_CODES, type ReasonCode } from './reason-codes.js';
import { withinOneEdit } from './string-metrics.js';
import { Level } from './vocabulary.js';
import type { AlertIdentity, RegisterPerson } from './types.js';

type TokenRelation = 'equal' | 'transliterated' | 'variant' | 'gender_form' | 'typo' | 'form_typo';
const ORDER: readonly TokenRelation[] = ['form_typo', 'typo', 'gender_form', 'variant', 'transliterated', 'equal'];

interface Token { raw: string; folded: string }

// Split as foldTokens splits, keeping each token as written (lower case) to tell "equal" from "transliterated".
function tokens(text: string): Token[] {
  const folded = foldTokens(text);
  const raw = text.toLowerCase().normalize('NFC').replace(/['’`´ʼ]/g, '').split(/[^\p{L}\p{M}]+/u).filter((t) => t.length > 0);
  return folded.map((f, i) => ({ folded: f, raw: raw.length === folded.length ? (raw[i] ?? f) : f }));
}

function relation(a: Token, b: Token, role: 'family' | 'given'): TokenRelation | undefined {
  if (a.raw === b.raw) return 'equal';
  const sa = skeleton(a.folded), sb = skeleton(b.folded);
  if (sa === sb) return 'transliterated';
  if (variantKeys(greekKey(sa)).includes(greekKey(sb))) return 'variant';
  if (role === 'family' && shareGenderStem(sa, sb)) return 'gender_form';
  // One typing error (Damerau-Levenshtein) as written or as skeletons; on Greek or gender keys it is two departures.
  if (withinOneEdit(a.folded, b.folded) || withinOneEdit(sa, sb)) return 'typo';
  const keys = (s: string, f: string): string[] => [greekKey(s), ...(role === 'family' ? [...familyKeys(s), ...genderStems(s), ...genderStems(f)] : [])];
  const other = keys(sb, b.folded);
  if (keys(sa, a.folded).some((x) => other.some((y) => withinOneEdit(x, y))) || variantKeysNear(greekKey(sa), withinOneEdit, sa).includes(greekKey(sb))) return 'form_typo';
  if (role === 'family' && differInEnding(sa, sb)) return 'form_typo';
  return undefined;
}

/** The weakest relation among the alert's tokens that found a partner: that is what an officer must check. */
function weakest(alertText: string, personTexts: string[], role: 'family' | 'given'): TokenRelation {
  const personTokens = personTexts.flatMap(tokens);
  let worst: TokenRelation = 'equal';
  for (const a of tokens(alertText)) {
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
  else if (c.joined) codes.push(...(c.family === Level.Equal ? ['family_joined' as const] : ['family_joined' as const, 'family_typo' as const]));
  else codes.push(`family_${weakest(alertFamily, [person.familyName], 'family')}` as ReasonCode);
  const given = weakest(alertGiven, [person.givenNames], 'given');
  const kindCode: Partial<Record<Comparison['givenKind'], ReasonCode>> = {
    middle_dropped: 'given_middle_dropped', middle_initial: 'given_middle_initial', middle_differs: 'given_middle_differs',
    initial_only: 'given_initial_only', other_given: 'given_other_names',
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

/**
 * The evidence for a candidate (its weight, evidence.ts) on a 0 to 1 scale for people and files: 0.5 where the
 * agreement is as likely from a stranger as from the person, 0.1 more or less for each factor of ten. Rising
 * with the weight, so candidates listed best first show falling scores.
 */
export function evidenceScore(weight: number): number {
  const score = 0.5 + Math.log10(Math.max(weight, 1e-12)) / 10;
  return Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000;
}
