import { BEGINNING, familyKeys, genderStems, greekKey, skeleton } from './fold.js';
import { groupsNear, VARIANT_GROUPS } from './name-variants.js';
import { deletions, nearName } from './string-metrics.js';

/*
 * Keys under which two name tokens meet whenever the vocabulary could relate them in any way (equal, a
 * transliteration, a gender form, a Greek form, one typing error in any of these spellings, another ending): a filter that may
 * let through more than it should, never less. Incremental re-screening uses it to find the alerts a changed
 * register row may concern without comparing every pair.
 */

function spellings(folded: string): string[] {
  const skel = skeleton(folded);
  return [...new Set([folded, skel, ...familyKeys(skel), greekKey(skel), ...genderStems(skel), ...genderStems(folded)])];
}

/** The key under which family names that differ only in their ending meet (differInEnding). */
function beginningKey(skel: string): string[] {
  return skel.length >= BEGINNING ? [`>${skel.slice(0, BEGINNING)}`] : [];
}

function withDeletions(forms: readonly string[], out: Set<string>): void {
  for (const form of forms) {
    out.add(form);
    // One typing error between two keys means they share the key or a one-deletion form (symmetric delete).
    if (form.length >= 3) for (const d of deletions(form)) out.add(d);
  }
}

/** Keys of an alert token: its spellings, their deletions, and every Greek name group it is or nearly is in. */
export function alertTokenKeys(folded: string): string[] {
  const out = new Set<string>();
  withDeletions(spellings(folded), out);
  const skel = skeleton(folded);
  for (const key of beginningKey(skel)) out.add(key);
  const greek = greekKey(skel);
  for (const g of [...(VARIANT_GROUPS.get(greek) ?? []), ...groupsNear(greek, nearName, skel)]) out.add(`#${g}`);
  return [...out];
}

/**
 * Keys of a register token, given every folded spelling the register holds for its skeleton (an alert may be
 * one error from Saether while this row writes Sather): the spellings, their deletions, and its Greek groups.
 */
export function registerTokenKeys(foldedSpellings: readonly string[]): string[] {
  const out = new Set<string>();
  for (const folded of foldedSpellings) {
    withDeletions(spellings(folded), out);
    for (const key of beginningKey(skeleton(folded))) out.add(key);
  }
  const first = foldedSpellings[0];
  if (first !== undefined) for (const g of VARIANT_GROUPS.get(greekKey(skeleton(first))) ?? []) out.add(`#${g}`);
  return [...out];
}
