import { BEGINNING, differInEnding, familyKeys, genderStems, greekKey } from './fold.js';
import { variantKeys, variantKeysNear } from './name-variants.js';
import { deletions, withinOneEdit } from './string-metrics.js';

/**
 * How strongly two name tokens agree. Ordered: a higher number is stronger evidence. `FormTypo` is another form
 * (a gender form, a Greek romanisation or short form) with one typing error on top: two departures in one name,
 * which screening counts as two.
 */
export const Level = { None: 0, FormTypo: 1, Typo: 2, Variant: 3, Equal: 4 } as const;
export type Level = (typeof Level)[keyof typeof Level];

type Bucket = number | number[];

function add(index: Map<string, Bucket>, key: string, id: number): void {
  const bucket = index.get(key);
  if (bucket === undefined) index.set(key, id);
  else if (typeof bucket === 'number') { if (bucket !== id) index.set(key, [bucket, id]); }
  else if (bucket[bucket.length - 1] !== id) bucket.push(id);
}

function each(bucket: Bucket | undefined, fn: (id: number) => void): void {
  if (bucket === undefined) return;
  if (typeof bucket === 'number') fn(bucket);
  else for (const id of bucket) fn(id);
}

const CACHE_LIMIT = 100_000;

/**
 * Maps a key and its one-deletion forms to token ids: one typing error between two keys shares an entry. Keys of
 * two letters are kept too (without deletions), so that a three-letter name with a letter left out (Jn for Jon,
 * Pr for Per) or added (Boo for Bo) meets its name; see `near`.
 */
class TypoIndex {
  private readonly entries = new Map<string, Bucket>();

  add(key: string, id: number): void {
    if (key.length < 2) return;
    add(this.entries, key, id);
    if (key.length >= 3) for (const d of deletions(key)) add(this.entries, d, id);
  }

  /** Ids whose key may be one error from `key`; the caller verifies with withinOneEdit. */
  probe(key: string, fn: (id: number) => void): void {
    if (key.length < 2) return;
    each(this.entries.get(key), fn);
    if (key.length >= 3) for (const d of deletions(key)) each(this.entries.get(d), fn);
  }
}

interface Keys { skel: string; family: string[]; stems: string[]; greek: string }

function keysOf(word: string): Keys {
  return { skel: word, family: familyKeys(word), stems: genderStems(word), greek: greekKey(word) };
}

/** A token as folded (Saetbakken) and as its skeleton (satbakken); see fold.ts. */
export interface TokenForms { skel: string; folded: string }

/**
 * One typing error apart, where that says something: both of three letters or more, or a letter left out of or
 * added to a three-letter name (Jn, Jon). Two two-letter names one letter apart are other names (Li, Le).
 */
const near = (a: string, b: string): boolean => Math.min(a.length, b.length) >= 2 && Math.max(a.length, b.length) >= 3 && withinOneEdit(a, b);

/**
 * Every distinct name token (skeleton) in the register, with the indexes that find, for any token, the register
 * tokens it may stand for: equal, another form (Greek romanisation or short form for given names, gender form
 * or romanisation for family names), or one typing error from either. Comparing a person then costs integer
 * look-ups, not string work.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  readonly words: string[] = [];
  private readonly keys: Keys[] = [];
  private readonly family = new Map<string, Bucket>();
  private readonly greek = new Map<string, Bucket>();
  private readonly typoSkel = new TypoIndex();
  private readonly typoFamily = new TypoIndex();
  private readonly typoGreek = new TypoIndex();
  // Gender stems as spelled (no Greek key): Svoboda typed Svboda is one error from Svobodová's stem "svobod".
  private readonly typoStem = new TypoIndex();
  // Folded spellings that differ from their skeleton: "haald" is one error from "harald" folded, two as skeletons.
  private readonly typoFolded = new TypoIndex();
  // Skeletons by their first letters: family names that differ only in their ending (differInEnding).
  private readonly beginnings = new Map<string, Bucket>();
  private readonly foldedSeen = new Set<string>();
  private readonly foldedOf: string[][] = [];
  // Alerts repeat common names (Hansen, Papadopoulos); remembering their relations is the cheap win.
  private readonly cache = new Map<string, ReadonlyMap<number, Level>>();

  get size(): number {
    return this.words.length;
  }

  /** The id of a token's skeleton, creating it on first sight; its folded spelling joins the typo index. */
  intern(word: string, folded: string = word): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      const k = keysOf(word);
      this.words.push(word);
      this.keys.push(k);
      this.foldedOf.push([]);
      this.ids.set(word, id);
      for (const key of k.family) add(this.family, key, id);
      add(this.greek, k.greek, id);
      this.typoSkel.add(k.skel, id);
      for (const key of k.family) if (key !== k.skel) this.typoFamily.add(key, id);
      for (const key of k.stems) if (key !== k.skel) this.typoStem.add(key, id);
      if (k.greek !== k.skel) this.typoGreek.add(k.greek, id);
      if (word.length >= BEGINNING) add(this.beginnings, word.slice(0, BEGINNING), id);
    }
    if (folded !== word && !this.foldedSeen.has(folded)) {
      this.foldedSeen.add(folded);
      this.foldedOf[id]?.push(folded);
      this.typoFolded.add(folded, id);
      for (const key of genderStems(folded)) if (key !== folded) this.typoStem.add(key, id);
    }
    return id;
  }

  /** Every folded spelling of a skeleton seen in the register, the skeleton itself first. */
  spellingsOf(word: string): string[] {
    const id = this.ids.get(word);
    return id === undefined ? [word] : [word, ...(this.foldedOf[id] ?? [])];
  }

  /**
   * Register tokens related to an alert token, with the strongest relation found. Gender forms apply to
   * family names only: as given names Andreas/Andrea or Jan/Jana are brother and sister, not one person.
   *
   * Greek romanisations vary more than greekKey folds (Oikonomou/Economou), so where the alert looks Greek
   * (`greek`) a name one letter from another's Greek key counts as one typing error, and given names are compared
   * by Greek key at all. Elsewhere that reading would be two departures at once, and wrong: Einar and Ivar are
   * one letter apart only once "ei" is read as Greek, and they are brothers. A gender form with a typing error on
   * top (Svoboda typed Svboda, for Svobodová) is `FormTypo`, two departures; so is a family name that differs
   * only in its ending (differInEnding), where the typing error fell in the gender ending itself.
   */
  related(forms: TokenForms, role: 'family' | 'given', greek = true): ReadonlyMap<number, Level> {
    const word = forms.skel;
    const cacheKey = `${role === 'family' ? 'f' : 'g'}${greek ? 1 : 0}:${word}:${forms.folded}`;
    const cached = this.cache.get(cacheKey);
    if (cached) return cached;
    const out = new Map<number, Level>();
    const raise = (id: number, level: Level): void => {
      if ((out.get(id) ?? Level.None) < level) out.set(id, level);
    };
    const k = keysOf(word);
    const typo = (index: TypoIndex, key: string, pick: (keys: Keys) => string | string[], level: Level): void =>
      index.probe(key, (id) => {
        const other = this.keys[id];
        const keys = other ? pick(other) : [];
        if (typeof keys === 'string' ? near(key, keys) : keys.some((o) => near(key, o))) raise(id, level);
      });
    typo(this.typoSkel, k.skel, (o) => o.skel, Level.Typo);
    this.foldedTypos(forms, raise);
    if (role === 'family') {
      const keyed = greek ? Level.Typo : Level.FormTypo;
      for (const key of k.family) {
        typo(this.typoFamily, key, (o) => o.family, keyed);
        typo(this.typoSkel, key, (o) => o.family, keyed);
        each(this.family.get(key), (id) => raise(id, Level.Variant));
      }
      for (const key of new Set([...k.stems, ...genderStems(forms.folded)])) {
        typo(this.typoStem, key, (o) => this.stemsOf(o), Level.FormTypo);
        typo(this.typoSkel, key, (o) => this.stemsOf(o), Level.FormTypo);
      }
      each(this.beginnings.get(word.slice(0, BEGINNING)), (id) => { if (differInEnding(word, this.words[id] ?? '')) raise(id, Level.FormTypo); });
    } else if (greek) {
      typo(this.typoGreek, k.greek, (o) => o.greek, Level.Typo);
      typo(this.typoSkel, k.greek, (o) => o.greek, Level.Typo);
      for (const key of variantKeysNear(k.greek, near, k.skel)) each(this.greek.get(key), (id) => raise(id, Level.Typo));
    }
    if (role === 'given') for (const key of variantKeys(k.greek)) each(this.greek.get(key), (id) => raise(id, Level.Variant));
    const exact = this.ids.get(word);
    if (exact !== undefined) out.set(exact, Level.Equal);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(cacheKey, out);
    return out;
  }

  /** A register token's gender stems, as its skeleton and as each folded spelling the register holds. */
  private stemsOf(keys: Keys): string[] {
    const id = this.ids.get(keys.skel);
    const folded = id === undefined ? [] : (this.foldedOf[id] ?? []);
    return folded.length === 0 ? keys.stems : [...keys.stems, ...folded.flatMap(genderStems)];
  }

  /**
   * Register tokens one typing error from the alert token's folded spelling, compared with each folded spelling
   * the register holds and with the plain skeletons: an error inside a digraph (Saetbakken typed Saxetbakken) is
   * one error there but two between skeletons.
   */
  private foldedTypos({ folded, skel }: TokenForms, raise: (id: number, level: Level) => void): void {
    this.typoFolded.probe(folded, (id) => {
      for (const f of this.foldedOf[id] ?? []) if (near(folded, f)) raise(id, Level.Typo);
    });
    if (folded === skel) return;
    this.typoSkel.probe(folded, (id) => { if (near(folded, this.words[id] ?? '')) raise(id, Level.Typo); });
  }
}
