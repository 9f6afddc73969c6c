import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openStepOfCase } from '../../../src/domain/case-deadline.js';
import { addDays, DEFAULT_DEADLINE_POLICY, localDate } from '../../../src/domain/deadlines/index.js';
import type { CaseJournal, DigestFigures } from '../../../src/domain/digest/index.js';
import { caseAsOf, computeDigestFigures, dueOfStep, periodOfWeek, weekEndingAt } from '../../../src/domain/digest/index.js';
import { anyInstant } from '../deadlines/arbitraries.js';
import { casesArb, scriptArb, simulate, TZ } from './simulate.js';

const policy = DEFAULT_DEADLINE_POLICY;
/** Mondays from November 2025 to July 2026, the span the simulated cases live in. */
const mondayArb = fc.integer({ min: 0, max: 36 }).map((k) => addDays(localDate('2025-11-03'), 7 * k));

/** The journals as they stood at `endAt`: what a digest computed back then would have read. */
const truncated = (cases: readonly CaseJournal[], endAt: string) =>
  cases.map((c) => ({ ...c, journal: c.journal.filter((e) => Date.parse(e.at) < Date.parse(endAt)) }));

const RECEIVED_KEYS = ['received', 'hits', 'noHits', 'notScreened', 'withdrawn'] as const;

describe('digest properties', () => {
  it('the week is part of the year to date, and the counts add up', () => {
    fc.assert(fc.property(casesArb(25), mondayArb, (sims, monday) => {
      const f = computeDigestFigures(sims.map((s) => s.journal), periodOfWeek(monday, TZ), policy);
      for (const key of RECEIVED_KEYS) expect(f.received.week[key]).toBeLessThanOrEqual(f.received.yearToDate[key]);
      for (const r of [f.received.week, f.received.yearToDate]) {
        expect(r.hits + r.noHits + r.notScreened).toBe(r.received);
        expect(r.withdrawn).toBeLessThanOrEqual(r.received);
      }
      expect(f.open.total).toBe(f.open.byState.reduce((n, s) => n + s.count, 0));
      expect(f.overdue.total).toBe(f.overdue.items.length);
      expect(f.overdue.total).toBeLessThanOrEqual(f.open.total);
      expect(f.oldestOpen).toHaveLength(Math.min(5, f.open.total));
      for (let i = 1; i < f.overdue.items.length; i++) expect(f.overdue.items[i]!.workingDaysLate).toBeLessThanOrEqual(f.overdue.items[i - 1]!.workingDaysLate);
      f.steps.week.forEach((w, i) => {
        const y = f.steps.yearToDate[i]!;
        expect(w.closed).toBeLessThanOrEqual(y.closed);
        expect(w.withinDeadline).toBeLessThanOrEqual(w.closed);
        if (w.shareWithinDeadline !== null) expect(w.shareWithinDeadline).toBeGreaterThanOrEqual(0);
        if (w.medianWorkingDays !== null) expect(w.medianWorkingDays).toBeGreaterThanOrEqual(0);
      });
    }), { numRuns: 60 });
  });

  it('recomputing a past week gives the same figures after more entries were appended', () => {
    fc.assert(fc.property(casesArb(25), mondayArb, (sims, monday) => {
      const period = periodOfWeek(monday, TZ);
      const full = sims.map((s) => s.journal);
      const then: DigestFigures = computeDigestFigures(truncated(full, period.endAt), period, policy);
      expect(computeDigestFigures(full, period, policy)).toEqual(then);
    }), { numRuns: 60 });
  });

  it('the weeks of an ISO year add up to its year to date', () => {
    fc.assert(fc.property(casesArb(15), fc.integer({ min: 1, max: 26 }), (sims, weeks) => {
      const journals = sims.map((s) => s.journal);
      const w1 = localDate('2025-12-29'); // ISO 2026-W01
      const all = Array.from({ length: weeks }, (_, k) => computeDigestFigures(journals, periodOfWeek(addDays(w1, 7 * k), TZ), policy));
      const last = all.at(-1)!;
      // Only `received` adds up: the outcome and withdrawn counts are as of each period's end, and move on.
      expect(all.reduce((n, f) => n + f.received.week.received, 0)).toBe(last.received.yearToDate.received);
      last.steps.yearToDate.forEach((y, i) => expect(all.reduce((n, f) => n + f.steps.week[i]!.closed, 0)).toBe(y.closed));
    }), { numRuns: 25 });
  });

  it('rebuilt from the journal, a case has the state, outcome and due date of the live case', () => {
    fc.assert(fc.property(scriptArb, (script) => {
      const { journal, case: live } = simulate('IMI-P-LIVE', script);
      const read = caseAsOf(journal, Number.MAX_SAFE_INTEGER);
      if (!read.ok || !read.value) throw new Error(`unreadable: ${JSON.stringify(read)}`);
      expect(read.value.state).toBe(live.state);
      expect(read.value.outcome).toBe(live.screening?.outcome);
      expect(read.value.receivedAt).toBe(live.receivedAt);
      const open = read.value.steps.at(-1);
      const liveStep = openStepOfCase(live, policy, TZ);
      if (!liveStep) expect(open === undefined || open.closed !== undefined).toBe(true);
      else {
        expect(open?.closed).toBeUndefined();
        expect(open?.openedAt).toBe(live.stateSince);
        expect(dueOfStep(open!, policy, TZ)).toBe(liveStep.dueOn);
      }
    }), { numRuns: 300 });
  });

  it('a week ends at local midnight starting Monday, whatever the instant asked at', () => {
    fc.assert(fc.property(anyInstant.filter((d) => d.getUTCFullYear() > 1990 && d.getUTCFullYear() < 2099), (at) => {
      const p = weekEndingAt(at, TZ);
      expect(Date.parse(p.endAt)).toBeLessThanOrEqual(at.getTime());
      expect(at.getTime() - Date.parse(p.endAt)).toBeLessThan(7 * 86_400_000 + 3_600_000);
      expect(Date.parse(p.endAt) - Date.parse(p.weekStartAt)).toBeGreaterThanOrEqual(7 * 86_400_000 - 3_600_000);
      expect(p.isoWeek).toBeGreaterThanOrEqual(1);
      expect(p.isoWeek).toBeLessThanOrEqual(53);
      expect(p.yearStart <= p.weekStart).toBe(true);
    }), { numRuns: 200 });
  });
});
