import { foldTokens, skeleton } from './fold.js';
import { parseBirthDate } from './birth-date.js';
import type { PersonView } from './compare.js';
import type { RegisterPerson } from './types.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * Every person's name tokens as vocabulary ids in one flat Int32Array ([nFamily, ...ids, nGiven, ...ids,
 * nFormers, (n, ...ids)*]): a million people as small arrays would cost hundreds of megabytes more.
 */
export class PersonTable {
  private pool = new Int32Array(1 << 16);
  private length = 0;
  private offsets = new Int32Array(1 << 12);
  private dates = new Int32Array(1 << 12);
  private count = 0;
  private readonly familyCounts: number[] = [];
  private readonly givenCounts: number[] = [];

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

  private pushName(text: string, counts: number[], firstOnly: boolean): void {
    const ids = foldTokens(text).map((t) => this.vocab.intern(skeleton(t)));
    this.push(ids.length);
    ids.forEach((id, i) => {
      this.push(id);
      if (!firstOnly || i === 0) counts[id] = (counts[id] ?? 0) + 1;
    });
  }

  /** People carrying this family (or former family) token. */
  familyCount(id: number): number {
    return this.familyCounts[id] ?? 0;
  }

  /** People whose first given name is this token. */
  givenCount(id: number): number {
    return this.givenCounts[id] ?? 0;
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
    this.pushName(person.familyName, this.familyCounts, false);
    this.pushName(person.givenNames, this.givenCounts, true);
    this.push(person.formerFamilyNames.length);
    for (const former of person.formerFamilyNames) this.pushName(former, this.familyCounts, false);
    return this.count++;
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
    const given = read();
    const nFormers = pool[at++] ?? 0;
    const formers: number[][] = [];
    for (let f = 0; f < nFormers; f++) formers.push(read());
    return { family, given, formers, date: this.date(row) };
  }
}
