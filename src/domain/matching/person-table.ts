import { foldTokens, isParticle, skeleton } from './fold.js';
import { parseBirthDate } from './birth-date.js';
import type { PersonView } from './compare.js';
import type { RegisterPerson } from './types.js';
import { PairCounts } from './pair-counts.js';
import type { Vocabulary } from './vocabulary.js';

// A first given name is counted by its id offset past the 26 initial letters, and by its initial letter.
const INITIALS = 26;

/** The key under which name pairs are counted for a first given name known only by its initial letter. */
export function initialKey(letter: string): number {
  const code = letter.charCodeAt(0) - 97;
  return code >= 0 && code < INITIALS ? code : INITIALS - 1;
}

/** How a given name is counted with a family token: as the first given name, by its initial, or as a later one. */
export type GivenPosition = 'first' | 'initial' | 'later';

/**
 * Every person's name tokens as vocabulary ids in one flat Int32Array ([nFamily, ...ids, joined, nGiven, ...ids,
 * nFormers, (n, ...ids)*], joined being the family name without separators or -1): a million people as small
 * arrays would cost hundreds of megabytes more. Also counts how many people carry each (family token, first
 * given name) pair, so that screening knows how common a name is as a whole: Maria is common among the Silvas
 * and rare among the Hansens; and each (family token, later given name) pair, for alerts that name a person by
 * a later given name only.
 */
export class PersonTable {
  private pool = new Int32Array(1 << 16);
  private length = 0;
  private offsets = new Int32Array(1 << 12);
  private dates = new Int32Array(1 << 12);
  private count = 0;
  private readonly pairs = new PairCounts();
  // Names repeat (thousands of Hansens, many an "Anne Marie"): fold and intern each text once.
  private readonly known = new Map<string, number[]>();
  private readonly knownJoined = new Map<string, number>();

  constructor(private readonly vocab: Vocabulary) {}

  get size(): number {
    return this.count;
  }

  private push(value: number): void {
    if (this.length === this.pool.length) {
      const grown = new Int32Array(this.pool.length * 2);
      grown.set(this.pool);
      this.pool = grown;
    }
    this.pool[this.length++] = value;
  }

  private pushName(text: string): number[] {
    let ids = this.known.get(text);
    if (!ids) {
      ids = foldTokens(text).map((t) => this.vocab.intern(skeleton(t), t));
      this.known.set(text, ids);
    }
    this.push(ids.length);
    for (const id of ids) this.push(id);
    return ids;
  }

  /**
   * The family name's tokens joined into one, interned, when it has a particle or a short word that writers glue
   * on (de Vries as deVries, Mc Donald as McDonald); -1 otherwise. Double names (Lifjord-Karlsen) are left out:
   * nobody writes them glued, and as tokens of their own they would grow the vocabulary several times over.
   */
  private pushJoined(text: string): number {
    let id = this.knownJoined.get(text);
    if (id === undefined) {
      const tokens = foldTokens(text);
      const glued = tokens.length > 1 && tokens.slice(0, -1).some((t) => isParticle(t) || t.length <= 2);
      id = glued ? this.vocab.intern(skeleton(tokens.join('')), tokens.join('')) : -1;
      this.knownJoined.set(text, id);
    }
    this.push(id);
    return id;
  }

  private countPairs(family: readonly number[], given: readonly number[]): void {
    const [firstGiven] = given;
    if (firstGiven === undefined) return;
    const initial = initialKey(this.vocab.words[firstGiven] ?? '');
    family.forEach((f, i) => {
      if (family.indexOf(f) !== i) return;
      this.pairs.add(f, INITIALS + firstGiven);
      this.pairs.add(f, initial);
      given.forEach((g, j) => {
        if (j > 0 && given.indexOf(g) === j) this.pairs.add(f, -1 - g);
      });
    });
  }

  /**
   * People whose family or former family names include token `family` and whose first given name is token
   * `given` (or, with `initialKey` and 'initial', starts with that letter; with 'later', a later given name is).
   */
  pairCount(family: number, given: number, position: GivenPosition = 'first'): number {
    return this.pairs.get(family, position === 'initial' ? given : position === 'later' ? -1 - given : INITIALS + given);
  }

  /** Appends a person and returns their row number. */
  add(person: RegisterPerson): number {
    if (this.count === this.offsets.length) {
      const offsets = new Int32Array(this.count * 2);
      offsets.set(this.offsets);
      this.offsets = offsets;
      const dates = new Int32Array(this.count * 2);
      dates.set(this.dates);
      this.dates = dates;
    }
    this.offsets[this.count] = this.length;
    this.dates[this.count] = parseBirthDate(person.dateOfBirth);
    let family = this.pushName(person.familyName);
    const joined = this.pushJoined(person.familyName);
    if (joined >= 0) family = [...family, joined];
    const given = this.pushName(person.givenNames);
    this.push(person.formerFamilyNames.length);
    for (const former of person.formerFamilyNames) family = [...family, ...this.pushName(former)];
    this.countPairs(family, given);
    return this.count++;
  }

  /**
   * Puts the rows in a new order: row `order[k]` becomes row k. Rows are added in input order (reading a
   * million parsed objects in the order they were made is fast) and then sorted by birth date this way.
   */
  reorder(order: ArrayLike<number>): void {
    const pool = new Int32Array(this.length);
    const offsets = new Int32Array(this.count);
    const dates = new Int32Array(this.count);
    let at = 0;
    for (let k = 0; k < order.length; k++) {
      const row = order[k] ?? 0;
      const start = this.offsets[row] ?? 0;
      const end = row + 1 < this.count ? (this.offsets[row + 1] ?? 0) : this.length;
      offsets[k] = at;
      dates[k] = this.dates[row] ?? -1;
      pool.set(this.pool.subarray(start, end), at);
      at += end - start;
    }
    this.pool = pool;
    this.offsets = offsets;
    this.dates = dates;
  }

  date(row: number): number {
    return this.dates[row] ?? -1;
  }

  /**
   * Cheap necessary condition for a match: some family or former token is related to the alert, and some given
   * token is too (or an initial is involved, which the vocabulary marks do not cover).
   */
  mayMatch(row: number, marks: Uint8Array, initialInAlert: boolean): boolean {
    const pool = this.pool;
    let at = this.offsets[row] ?? 0;
    const nFamily = pool[at++] ?? 0;
    let familyHit = false;
    for (let i = 0; i < nFamily; i++) if (marks[pool[at++] ?? 0] === 1) familyHit = true;
    const joined = pool[at++] ?? -1;
    if (joined >= 0 && marks[joined] === 1) familyHit = true;
    const nGiven = pool[at++] ?? 0;
    let givenHit = initialInAlert;
    for (let i = 0; i < nGiven; i++) {
      const id = pool[at++] ?? 0;
      if (marks[id] === 1 || this.vocab.words[id]?.length === 1) givenHit = true;
    }
    if (!givenHit) return false;
    if (familyHit) return true;
    const nFormers = pool[at++] ?? 0;
    for (let f = 0; f < nFormers; f++) {
      const n = pool[at++] ?? 0;
      for (let i = 0; i < n; i++) if (marks[pool[at++] ?? 0] === 1) familyHit = true;
    }
    return familyHit;
  }

  view(row: number): PersonView {
    const pool = this.pool;
    let at = this.offsets[row] ?? 0;
    const read = (): number[] => {
      const n = pool[at++] ?? 0;
      const ids = Array.from(pool.subarray(at, at + n));
      at += n;
      return ids;
    };
    const family = read();
    const joined = pool[at++] ?? -1;
    const given = read();
    const nFormers = pool[at++] ?? 0;
    const formers: number[][] = [];
    for (let f = 0; f < nFormers; f++) formers.push(read());
    return { family, joined, given, formers, date: this.date(row) };
  }
}
