import { genderStem, greekKey } from './fold.js';
import { variantKeys } from './name-variants.js';
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

/**
 * Every distinct name token (skeleton) in the register, with the indexes that find, for any token, the register
 * tokens it may stand for: equal, a Greek or short-form variant, the other gender form, or one typing error away
 * (symmetric-delete index). Comparing a person then costs integer look-ups, not string work.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  readonly words: string[] = [];
  private readonly deletes = new Map<string, Bucket>();
  private readonly stems = new Map<string, Bucket>();
  private readonly greek = new Map<string, Bucket>();
  // Alerts repeat common names (Hansen, Papadopoulos); remembering their relations is the cheap win.
  private readonly cache = new Map<string, ReadonlyMap<number, Level>>();

  get size(): number {
    return this.words.length;
  }

  intern(word: string): number {
    const known = this.ids.get(word);
    if (known !== undefined) return known;
    const id = this.words.length;
    this.words.push(word);
    this.ids.set(word, id);
    add(this.stems, genderStem(word), id);
    add(this.greek, greekKey(word), id);
    if (word.length >= 3) {
      add(this.deletes, word, id);
      for (const key of deletions(word)) add(this.deletes, key, id);
    }
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
    if (word.length >= 3) {
      const seen = new Set<number>();
      const probe = (id: number): void => {
        if (seen.has(id)) return;
        seen.add(id);
        const other = this.words[id] ?? '';
        if (other.length >= 3 && osaDistance(word, other) <= 1) raise(id, Level.Typo);
      };
      each(this.deletes.get(word), probe);
      for (const key of deletions(word)) each(this.deletes.get(key), probe);
    }
    if (role === 'family' && word.length >= 3) each(this.stems.get(genderStem(word)), (id) => raise(id, Level.Variant));
    const greekKeys = role === 'given' ? variantKeys(greekKey(word)) : [greekKey(word)];
    for (const key of greekKeys) each(this.greek.get(key), (id) => raise(id, Level.Variant));
    const exact = this.ids.get(word);
    if (exact !== undefined) out.set(exact, Level.Equal);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(cacheKey, out);
    return out;
  }
}
