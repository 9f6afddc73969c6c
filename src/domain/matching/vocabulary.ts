import { familyKey, greekKey } from './fold.js';
import { variantKeys, variantKeysNear } from './name-variants.js';
import { deletions, osaDistance } from './string-metrics.js';

/** How strongly two name tokens agree. Ordered: a higher number is stronger evidence. */
export const Level = { None: 0, Typo: 1, Variant: 2, Equal: 3 } as const;
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

/** Maps a key and its one-deletion forms to token ids: one typing error between two keys shares an entry. */
class TypoIndex {
  private readonly entries = new Map<string, Bucket>();

  add(key: string, id: number): void {
    if (key.length < 3) return;
    add(this.entries, key, id);
    for (const d of deletions(key)) add(this.entries, d, id);
  }

  /** Ids whose key may be one error from `key`; the caller verifies with osaDistance. */
  probe(key: string, fn: (id: number) => void): void {
    if (key.length < 3) return;
    each(this.entries.get(key), fn);
    for (const d of deletions(key)) each(this.entries.get(d), fn);
  }
}

interface Keys { skel: string; family: string; greek: string }

function keysOf(word: string): Keys {
  return { skel: word, family: familyKey(word), greek: greekKey(word) };
}

const near = (a: string, b: string): boolean => a.length >= 3 && b.length >= 3 && osaDistance(a, b) <= 1;

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
  // Alerts repeat common names (Hansen, Papadopoulos); remembering their relations is the cheap win.
  private readonly cache = new Map<string, ReadonlyMap<number, Level>>();

  get size(): number {
    return this.words.length;
  }

  intern(word: string): number {
    const known = this.ids.get(word);
    if (known !== undefined) return known;
    const id = this.words.length;
    const k = keysOf(word);
    this.words.push(word);
    this.keys.push(k);
    this.ids.set(word, id);
    add(this.family, k.family, id);
    add(this.greek, k.greek, id);
    this.typoSkel.add(k.skel, id);
    if (k.family !== k.skel) this.typoFamily.add(k.family, id);
    if (k.greek !== k.skel) this.typoGreek.add(k.greek, id);
    return id;
  }

  /**
   * Register tokens related to `word` (a skeleton), with the strongest relation found. Gender forms apply to
   * family names only: as given names Andreas/Andrea or Jan/Jana are brother and sister, not one person.
   */
  related(word: string, role: 'family' | 'given'): ReadonlyMap<number, Level> {
    const cacheKey = role === 'family' ? `f:${word}` : `g:${word}`;
    const cached = this.cache.get(cacheKey);
    if (cached) return cached;
    const out = new Map<number, Level>();
    const raise = (id: number, level: Level): void => {
      if ((out.get(id) ?? Level.None) < level) out.set(id, level);
    };
    const k = keysOf(word);
    const typo = (index: TypoIndex, key: string, pick: (keys: Keys) => string): void =>
      index.probe(key, (id) => { const other = this.keys[id]; if (other && near(key, pick(other))) raise(id, Level.Typo); });
    typo(this.typoSkel, k.skel, (o) => o.skel);
    if (role === 'family') {
      typo(this.typoFamily, k.family, (o) => o.family);
      typo(this.typoSkel, k.family, (o) => o.family);
      each(this.family.get(k.family), (id) => raise(id, Level.Variant));
    } else {
      typo(this.typoGreek, k.greek, (o) => o.greek);
      typo(this.typoSkel, k.greek, (o) => o.greek);
      for (const key of variantKeysNear(k.greek, near)) each(this.greek.get(key), (id) => raise(id, Level.Typo));
      for (const key of variantKeys(k.greek)) each(this.greek.get(key), (id) => raise(id, Level.Variant));
    }
    const exact = this.ids.get(word);
    if (exact !== undefined) out.set(exact, Level.Equal);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(cacheKey, out);
    return out;
  }
}
