import { relatedDates } from './birth-date.js';
import { comparePerson, type Comparison, type NameFrequency } from './compare.js';
import { candidateScore, reasonCodes, reasonTexts } from './explain.js';
import { PersonTable } from './person-table.js';
import { markRelated, prepareAlert } from './prepared-alert.js';
import type { AlertIdentity, RegisterIndex, RegisterPerson, ScreeningCandidate, ScreeningResult } from './types.js';
import { Vocabulary } from './vocabulary.js';

export const MAX_CANDIDATES = 5;
// Two hit-grade candidates this close are a coin toss; an officer must choose, so the outcome is `possible`.
const HIT_MARGIN = 0.02;

export interface DetailedScreening {
  result: ScreeningResult;
  /** Register rows looked at: the cost of the candidate search. */
  examined: number;
}

interface Found { row: number; comparison: Comparison; score: number }

/**
 * The register in memory: persons by hprNumber, rows by birth date, and name tokens by vocabulary id.
 * Screening enumerates every birth date the alert's may relate to (equal, swapped, one digit, both: about 150),
 * skips rows whose names share no related token, and compares the rest in full. Because comparePerson never
 * accepts a date outside those relations, this finds exactly what comparing every row would find.
 */
export class InMemoryRegisterIndex implements RegisterIndex {
  private readonly vocab = new Vocabulary();
  private readonly table = new PersonTable(this.vocab);
  private readonly persons: RegisterPerson[] = [];
  private readonly rowOf = new Map<string, number>();
  private readonly byDate = new Map<number, number[]>();
  private marks = new Uint8Array(0);
  private readonly frequency: NameFrequency = {
    total: 0,
    familyCount: (id) => this.table.familyCount(id),
    givenCount: (id) => this.table.givenCount(id),
  };

  constructor(persons: Iterable<RegisterPerson>) {
    // A repeated hprNumber keeps its last row, as a later snapshot line replaces an earlier one.
    const latest = new Map<string, RegisterPerson>();
    for (const p of persons) latest.set(p.hprNumber, p);
    for (const p of latest.values()) {
      const row = this.table.add(p);
      this.persons.push(p);
      this.rowOf.set(p.hprNumber, row);
      const date = this.table.date(row);
      const bucket = this.byDate.get(date);
      if (bucket) bucket.push(row);
      else this.byDate.set(date, [row]);
    }
    this.marks = new Uint8Array(this.vocab.size);
    this.frequency.total = this.persons.length;
  }

  get size(): number {
    return this.persons.length;
  }

  person(hprNumber: string): RegisterPerson | undefined {
    const row = this.rowOf.get(hprNumber);
    return row === undefined ? undefined : this.persons[row];
  }

  *all(): IterableIterator<RegisterPerson> {
    yield* this.persons;
  }

  screen(identity: AlertIdentity): ScreeningResult {
    return this.screenDetailed(identity).result;
  }

  screenDetailed(identity: AlertIdentity): DetailedScreening {
    const { found, examined } = this.search(identity);
    return { result: this.assemble(identity, found), examined };
  }

  /** hprNumbers of every hit-grade match (all fields strong), unranked: what linking alerts needs. */
  strongMatches(identity: AlertIdentity): string[] {
    return this.search(identity).found.filter((f) => f.comparison.verdict === 'hit').map((f) => this.hpr(f));
  }

  private search(identity: AlertIdentity): { found: Found[]; examined: number } {
    const alert = prepareAlert(identity, this.vocab);
    const touched = markRelated(alert, this.marks);
    const found: Found[] = [];
    let examined = 0;
    try {
      for (const date of relatedDates(alert.date)) {
        const rows = this.byDate.get(date);
        if (!rows) continue;
        examined += rows.length;
        for (const row of rows) {
          if (!this.table.mayMatch(row, this.marks, alert.hasInitial)) continue;
          const comparison = comparePerson(alert, this.table.view(row), this.vocab.words, this.frequency);
          if (comparison) found.push({ row, comparison, score: 0 });
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
      const comparison = comparePerson(alert, this.table.view(row), this.vocab.words, this.frequency);
      if (comparison) found.push({ row, comparison, score: 0 });
    }
    return this.assemble(identity, found);
  }

  private assemble(identity: AlertIdentity, found: Found[]): ScreeningResult {
    for (const f of found) f.score = candidateScore(identity, this.persons[f.row] as RegisterPerson, f.comparison);
    const rank = (f: Found): number => (f.comparison.verdict === 'hit' ? 1 : 0);
    found.sort((a, b) => rank(b) - rank(a) || b.score - a.score || this.hpr(a).localeCompare(this.hpr(b)));
    const [first, second] = found;
    if (!first) return { outcome: 'no_hit', candidates: [] };
    const clearHit = first.comparison.verdict === 'hit' && !(second && rank(second) === 1 && second.score > first.score - HIT_MARGIN);
    const candidates = found.slice(0, MAX_CANDIDATES).map((f): ScreeningCandidate => {
      const person = this.persons[f.row] as RegisterPerson;
      const codes = reasonCodes(identity, person, f.comparison);
      return { hprNumber: person.hprNumber, score: f.score, reasons: reasonTexts(codes), codes };
    });
    return { outcome: clearHit ? 'hit' : 'possible', candidates };
  }

  private hpr(f: Found): string {
    return this.persons[f.row]?.hprNumber ?? '';
  }
}

/** Loads persons into a searchable index (spec/register.md); a repeated hprNumber keeps its last row. */
export function buildRegisterIndex(persons: Iterable<RegisterPerson>): RegisterIndex {
  return new InMemoryRegisterIndex(persons);
}
