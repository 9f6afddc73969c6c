import { DateRelation, isCalendarDate, relateDates, relatedDates } from './birth-date.js';
import { comparePerson, isHitGrade, type Comparison } from './compare.js';
import { decide, type Weighed } from './decide.js';
import { AlertEvidence, type DateMass } from './evidence.js';
import { evidenceScore, reasonCodes, reasonTexts } from './explain.js';
import { skeleton } from './fold.js';
import { PersonTable } from './person-table.js';
import { markRelated, prepareAlert, type PreparedAlert } from './prepared-alert.js';
import type { AlertIdentity, RegisterIndex, RegisterPerson, ScreeningCandidate, ScreeningResult } from './types.js';
import { Vocabulary } from './vocabulary.js';

export const MAX_CANDIDATES = 5;

export interface DetailedScreening {
  result: ScreeningResult;
  /** Register rows looked at: the cost of the candidate search. */
  examined: number;
}

interface Found { row: number; comparison: Comparison }

/**
 * The register in memory: persons by hprNumber, rows in birth-date order (each date's rows side by side, so a
 * search reads memory in runs), and name tokens by vocabulary id. Screening enumerates every birth date the
 * alert's may relate to (equal, swapped, one digit, both: about 150), skips rows whose names share no related
 * token, and compares the rest in full. Because comparePerson never accepts a date outside those relations,
 * this finds exactly what comparing every row would find.
 */
export class InMemoryRegisterIndex implements RegisterIndex {
  private readonly vocab = new Vocabulary();
  private readonly table = new PersonTable(this.vocab);
  private readonly persons: RegisterPerson[] = [];
  // hprNumber to its position among the rows kept, and position to row (a million strings hashed once, not twice).
  private readonly positions: Map<string, number>;
  private readonly rowAt: Int32Array;
  private readonly byDate = new Map<number, { start: number; end: number }>();
  private marks = new Uint8Array(0);

  constructor(persons: Iterable<RegisterPerson>) {
    const input = Array.isArray(persons) ? (persons as RegisterPerson[]) : [...persons];
    // hprNumber is unique (spec/register.md): a repeated one keeps its first row, as the loader does, which
    // reports the later ones as bad rows.
    const positions = new Map<string, number>();
    input.forEach((p, i) => {
      if (!positions.has(p.hprNumber)) positions.set(p.hprNumber, i);
    });
    let kept = input;
    if (positions.size !== input.length) {
      kept = [...positions.values()].sort((a, b) => a - b).map((i) => input[i] as RegisterPerson);
      kept.forEach((p, k) => positions.set(p.hprNumber, k));
    }
    for (const person of kept) this.table.add(person);
    // Then sorted by birth date and input order, as numbers (date and position in one float: a fast sort).
    const span = 2 ** Math.ceil(Math.log2(kept.length + 1));
    const keys = new Float64Array(kept.length);
    for (let k = 0; k < kept.length; k++) keys[k] = (this.table.date(k) + 1) * span + k;
    keys.sort();
    const order = keys.map((key) => key % span);
    this.table.reorder(order);
    this.rowAt = new Int32Array(kept.length);
    order.forEach((k, row) => {
      this.persons.push(kept[k] as RegisterPerson);
      this.rowAt[k] = row;
      const date = this.table.date(row);
      const range = this.byDate.get(date);
      if (range) range.end = row + 1;
      else this.byDate.set(date, { start: row, end: row + 1 });
    });
    this.positions = positions;
    this.marks = new Uint8Array(this.vocab.size);
  }

  get size(): number {
    return this.persons.length;
  }

  person(hprNumber: string): RegisterPerson | undefined {
    const row = this.rowOf(hprNumber);
    return row === undefined ? undefined : this.persons[row];
  }

  private rowOf(hprNumber: string): number | undefined {
    const position = this.positions.get(hprNumber);
    return position === undefined ? undefined : this.rowAt[position];
  }

  *all(): IterableIterator<RegisterPerson> {
    yield* this.persons;
  }

  screen(identity: AlertIdentity): ScreeningResult {
    return this.screenDetailed(identity).result;
  }

  screenDetailed(identity: AlertIdentity): DetailedScreening {
    const alert = prepareAlert(identity, this.vocab);
    const { found, examined } = this.search(alert);
    return { result: this.assemble(identity, alert, found), examined };
  }

  /** @internal An alert's name tokens related to this register once, for screening it again and again. */
  prepare(identity: AlertIdentity): PreparedAlert {
    return prepareAlert(identity, this.vocab);
  }

  /** @internal screen() for an alert prepare() made. */
  screenPrepared(identity: AlertIdentity, alert: PreparedAlert): ScreeningResult {
    return this.assemble(identity, alert, this.search(alert).found);
  }

  /** @internal Whether this person is a candidate for the alert at all; undefined for an unknown hprNumber. */
  isCandidate(alert: PreparedAlert, hprNumber: string): boolean | undefined {
    const row = this.rowOf(hprNumber);
    return row === undefined ? undefined : comparePerson(alert, this.table.view(row), this.vocab.words) !== undefined;
  }

  /** @internal Folded spellings the register holds for a folded token's skeleton. */
  spellings(folded: string): string[] {
    return this.vocab.spellingsOf(skeleton(folded));
  }

  /** hprNumbers of every hit-grade match (birth date equal, names equal or recognised forms), unranked. */
  strongMatches(identity: AlertIdentity): string[] {
    return this.search(prepareAlert(identity, this.vocab)).found.filter((f) => isHitGrade(f.comparison)).map((f) => this.hpr(f));
  }

  private search(alert: PreparedAlert): { found: Found[]; examined: number } {
    const touched = markRelated(alert, this.marks);
    const found: Found[] = [];
    let examined = 0;
    try {
      for (const date of relatedDates(alert.date)) {
        const range = this.byDate.get(date);
        if (!range) continue;
        examined += range.end - range.start;
        for (let row = range.start; row < range.end; row++) {
          if (!this.table.mayMatch(row, this.marks, alert.hasInitial)) continue;
          const comparison = comparePerson(alert, this.table.view(row), this.vocab.words);
          if (comparison) found.push({ row, comparison });
        }
      }
    } finally {
      for (const id of touched) this.marks[id] = 0;
    }
    return { found, examined };
  }

  /** The reference: every row compared in full, no search. Tests and the benchmark hold screen() to it. */
  screenExhaustive(identity: AlertIdentity): ScreeningResult {
    const alert = prepareAlert(identity, this.vocab);
    const found: Found[] = [];
    for (let row = 0; row < this.persons.length; row++) {
      // comparePerson's own first test, made before the row's view is built: a million views cost seconds.
      if (relateDates(alert.date, this.table.date(row)) === DateRelation.None) continue;
      const comparison = comparePerson(alert, this.table.view(row), this.vocab.words);
      if (comparison) found.push({ row, comparison });
    }
    return this.assemble(identity, alert, found);
  }

  /** Register people born on dates in each relation to `date`, and calendar days: how many strangers it lets in. */
  private dateMass(date: number): DateMass {
    const mass: DateMass = { people: { 0: 0, 1: 0, 2: 0, 3: 0, 4: 0 }, days: { 0: 0, 1: 0, 2: 0, 3: 0, 4: 0 } };
    for (const related of relatedDates(date)) {
      const relation = relateDates(date, related);
      if (isCalendarDate(related)) mass.days[relation] += 1;
      const range = this.byDate.get(related);
      if (range) mass.people[relation] += range.end - range.start;
    }
    return mass;
  }

  private assemble(identity: AlertIdentity, alert: PreparedAlert, found: Found[]): ScreeningResult {
    if (found.length === 0) return { outcome: 'no_hit', candidates: [] };
    const evidence = new AlertEvidence(alert, this.table, this.persons.length, this.dateMass(alert.date));
    const weighed = found.map((f): Weighed => ({ ...f, hprNumber: this.hpr(f), weight: evidence.weight(f.comparison) }));
    const { outcome, shown } = decide(weighed);
    const candidates = shown.slice(0, MAX_CANDIDATES).map((f): ScreeningCandidate => {
      const codes = reasonCodes(identity, this.persons[f.row] as RegisterPerson, f.comparison);
      return { hprNumber: f.hprNumber, score: evidenceScore(f.weight), reasons: reasonTexts(codes), codes };
    });
    return { outcome, candidates };
  }

  private hpr(f: Found): string {
    return this.persons[f.row]?.hprNumber ?? '';
  }
}

/** Loads persons into a searchable index (spec/register.md); a repeated hprNumber keeps its first row. */
export function buildRegisterIndex(persons: Iterable<RegisterPerson>): RegisterIndex {
  return new InMemoryRegisterIndex(persons);
}
