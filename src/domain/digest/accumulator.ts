import type { Case } from '../case.js';
import { openStepOfCase } from '../case-deadline.js';
import type { CaseState } from '../case-state.js';
import { ALL_STATES, departmentOf, isOpen } from '../case-state.js';
import type { DeadlinePolicy, LocalDate, StepCode } from '../deadlines/index.js';
import { deadlineStatus, STEP_CODES, STEPS, toLocalDate, workingDaysBetween } from '../deadlines/index.js';
import type { CaseAsOf, CaseJournal, StepSpan } from './case-history.js';
import { caseAsOf } from './case-history.js';
import type { DigestFigures, OldestOpen, OverdueItem, ReceivedFigures, StepFigures } from './figures.js';
import { summarise } from './figures.js';
import type { DigestPeriod } from './period.js';

const OLDEST_SHOWN = 5;
const OWN_STEPS = STEP_CODES.filter((s) => STEPS[s].ownHandlingTime);
const OPEN_STATES = ALL_STATES.filter(isOpen);
/** Code-point order, the same on every machine (localeCompare depends on the runtime's locale data). */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type Counts = { -readonly [K in keyof ReceivedFigures]: number };
const noCounts = (): Counts => ({ received: 0, hits: 0, noHits: 0, notScreened: 0, withdrawn: 0 });

interface Tally { readonly durations: number[]; within: number; endedBySystem: number }
type Tallies = Record<StepCode, Tally>;
const noTallies = (): Tallies => Object.fromEntries(STEP_CODES.map((s): [StepCode, Tally] => [s, { durations: [], within: 0, endedBySystem: 0 }])) as Tallies;

/**
 * The due date of a step, by the same function the cards and reminders use. openStepOfCase reads only the
 * state, when it was entered and the dates recorded with requestInfo, which is exactly what the journal gives.
 */
export function dueOfStep(span: StepSpan, policy: DeadlinePolicy, timeZone: string): LocalDate {
  const view: Pick<Case, 'state' | 'stateSince' | 'info'> = { state: span.state, stateSince: span.openedAt, info: span.info };
  const open = openStepOfCase(view, policy, timeZone);
  if (!open) throw new Error(`state ${span.state} has no step, yet a ${span.step} step was opened in it`);
  return open.dueOn;
}

/**
 * Folds cases one at a time into the digest's figures, so a store of 17,000+ cases is streamed, never held:
 * what it keeps grows with the open and overdue cases and the steps closed this year, not with all cases.
 * Pure: time comes in through the period; add cases in any order, the result is the same.
 */
export class DigestAccumulator {
  private readonly weekStartMs: number;
  private readonly endMs: number;
  private readonly yearStartMs: number;
  private readonly received = { week: noCounts(), yearToDate: noCounts() };
  private readonly openCounts = new Map<CaseState, number>();
  private readonly overdue: OverdueItem[] = [];
  private readonly tallies = { week: noTallies(), yearToDate: noTallies() };
  private readonly oldest: (OldestOpen & { readonly ms: number })[] = [];
  private readonly unreadable: { reference: string; problem: string }[] = [];
  private casesRead = 0;

  constructor(private readonly period: DigestPeriod, private readonly policy: DeadlinePolicy) {
    this.weekStartMs = Date.parse(period.weekStartAt);
    this.endMs = Date.parse(period.endAt);
    this.yearStartMs = Date.parse(period.yearStartAt);
  }

  /** Adds one case's journal. A journal that cannot be read is listed in `unreadable` and counted nowhere else. */
  add(c: CaseJournal): void {
    this.casesRead += 1;
    const read = caseAsOf(c, this.endMs);
    if (!read.ok) return void this.unreadable.push({ reference: c.reference, problem: read.problem });
    if (!read.value) return; // not yet received at the period's end
    const k = read.value;
    if (k.receivedMs >= this.yearStartMs) this.count(this.received.yearToDate, k);
    if (k.receivedMs >= this.weekStartMs) this.count(this.received.week, k);
    if (isOpen(k.state)) {
      this.openCounts.set(k.state, (this.openCounts.get(k.state) ?? 0) + 1);
      this.offerOldest(k);
    }
    for (const span of k.steps) this.addStep(k, span);
  }

  private count(into: Counts, k: CaseAsOf): void {
    into.received += 1;
    if (!k.outcome) into.notScreened += 1;
    else if (k.outcome === 'no_hit') into.noHits += 1;
    else into.hits += 1;
    if (k.state === 'withdrawn') into.withdrawn += 1;
  }

  private addStep(k: CaseAsOf, span: StepSpan): void {
    const { timeZone } = this.period;
    if (!span.closed) {
      const dueOn = dueOfStep(span, this.policy, timeZone);
      const status = deadlineStatus(dueOn, this.period.lastDay);
      if (status.kind === 'overdue') this.overdue.push({ reference: k.reference, step: span.step, dueOn, workingDaysLate: status.workingDaysLate });
      return;
    }
    if (span.closed.atMs < this.yearStartMs) return;
    const periods = span.closed.atMs >= this.weekStartMs ? [this.tallies.week, this.tallies.yearToDate] : [this.tallies.yearToDate];
    if (!span.closed.byPerson) {
      for (const p of periods) p[span.step].endedBySystem += 1;
      return;
    }
    const closedOn = toLocalDate(span.closed.at, timeZone);
    const days = workingDaysBetween(toLocalDate(span.openedAt, timeZone), closedOn);
    const within = closedOn <= dueOfStep(span, this.policy, timeZone);
    for (const p of periods) {
      p[span.step].durations.push(days);
      if (within) p[span.step].within += 1;
    }
  }

  private offerOldest(k: CaseAsOf): void {
    const entry = { reference: k.reference, receivedAt: k.receivedAt, receivedOn: toLocalDate(k.receivedAt, this.period.timeZone), ms: k.receivedMs };
    const before = (a: typeof entry, b: typeof entry) => a.ms < b.ms || (a.ms === b.ms && a.reference < b.reference);
    if (this.oldest.length === OLDEST_SHOWN && !before(entry, this.oldest.at(-1)!)) return;
    const at = this.oldest.findIndex((o) => before(entry, o));
    this.oldest.splice(at === -1 ? this.oldest.length : at, 0, entry);
    if (this.oldest.length > OLDEST_SHOWN) this.oldest.pop();
  }

  /** The figures of every case added so far. */
  result(): DigestFigures {
    const steps = (t: Tallies): StepFigures[] => STEP_CODES.map((step) => ({
      step, ownHandlingTime: STEPS[step].ownHandlingTime, endedBySystem: t[step].endedBySystem, ...summarise(t[step].durations, t[step].within),
    }));
    const own = (t: Tallies) => summarise(OWN_STEPS.flatMap((s) => t[s].durations), OWN_STEPS.reduce((n, s) => n + t[s].within, 0));
    const byState = OPEN_STATES.map((state) => ({ department: departmentOf(state), state, count: this.openCounts.get(state) ?? 0 }));
    const overdue = [...this.overdue].sort((a, b) => b.workingDaysLate - a.workingDaysLate || byText(a.dueOn, b.dueOn) || byText(a.reference, b.reference));
    return {
      period: this.period,
      received: { week: { ...this.received.week }, yearToDate: { ...this.received.yearToDate } },
      open: { total: byState.reduce((n, s) => n + s.count, 0), byState },
      overdue: { total: overdue.length, items: overdue },
      steps: { week: steps(this.tallies.week), yearToDate: steps(this.tallies.yearToDate) },
      ownHandling: { excludedSteps: STEP_CODES.filter((s) => !STEPS[s].ownHandlingTime), week: own(this.tallies.week), yearToDate: own(this.tallies.yearToDate) },
      oldestOpen: this.oldest.map(({ ms: _ms, ...o }) => o),
      casesRead: this.casesRead,
      unreadable: [...this.unreadable].sort((a, b) => byText(a.reference, b.reference)),
    };
  }
}

/** The digest of a whole set of journals at once (tests, small sets); the use case streams into DigestAccumulator. */
export function computeDigestFigures(cases: Iterable<CaseJournal>, period: DigestPeriod, policy: DeadlinePolicy): DigestFigures {
  const acc = new DigestAccumulator(period, policy);
  for (const c of cases) acc.add(c);
  return acc.result();
}
