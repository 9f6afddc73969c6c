import { describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINE_POLICY, localDate } from '../../../src/domain/deadlines/index.js';
import type { DigestFigures } from '../../../src/domain/digest/index.js';
import { computeDigestFigures, periodOfWeek, weekEndingAt } from '../../../src/domain/digest/index.js';
import { CASES, TZ } from './hand-journal.js';
import { caseJournal, receivedAndScreened, REGISTRY } from './journal-builder.js';

/* The journals and the holidays that matter are described in hand-journal.ts; each expected figure is counted by hand there and below. */

const step = (s: string, closed: number, medianWorkingDays: number | null, withinDeadline: number, endedBySystem = 0) => ({
  step: s, ownHandlingTime: s !== 'country_answer', closed, medianWorkingDays, withinDeadline,
  shareWithinDeadline: closed === 0 ? null : withinDeadline / closed, endedBySystem,
});

describe('digest figures against a hand-computed journal (week 2026-W20, Europe/Oslo)', () => {
  const period = periodOfWeek(localDate('2026-05-11'), TZ);
  const figures: DigestFigures = computeDigestFigures(CASES, period, DEFAULT_DEADLINE_POLICY);

  it('covers Monday 11 to Sunday 17 May in Oslo, and the year to date from ISO week 1 (Monday 29 December 2025)', () => {
    expect(period).toEqual({
      timeZone: TZ, isoYear: 2026, isoWeek: 20, weekStart: '2026-05-11', lastDay: '2026-05-17', yearStart: '2025-12-29',
      weekStartAt: '2026-05-10T22:00:00.000Z', endAt: '2026-05-17T22:00:00.000Z', yearStartAt: '2025-12-28T23:00:00.000Z',
    });
    // The digest posted at Monday 18 May 08:00 (and asked for in chat on Thursday 21) covers this week.
    expect(weekEndingAt('2026-05-18T06:00:00Z', TZ)).toEqual(period);
    expect(weekEndingAt('2026-05-21T12:00:00Z', TZ)).toEqual(period);
    // At 23:59 on Sunday 17 May the week has not ended: the digest is still the previous week's.
    expect(weekEndingAt('2026-05-17T21:59:00Z', TZ).isoWeek).toBe(19);
  });

  it('counts received, hits, no-hits and withdrawn by the received entry', () => {
    // Week: A, B (00:30 Monday in Oslo), D, E, L, N = 6; C arrived after the period. Hits: A (hit), D (possible) = 2;
    // no hits: B, E, N = 3; not yet screened: L = 1; withdrawn: D, N = 2.
    expect(figures.received.week).toEqual({ received: 6, hits: 2, noHits: 3, notScreened: 1, withdrawn: 2 });
    // Year to date adds F, G, H, I, J (29 Dec 2025) and M = 12; K (28 Dec 2025) is last ISO year's.
    // Hits: A, D, F, G, H, I, M (found on re-screening) = 7; no hits: B, E, N, J = 4; not screened: L.
    expect(figures.received.yearToDate).toEqual({ received: 12, hits: 7, noHits: 4, notScreened: 1, withdrawn: 2 });
  });

  it('counts open cases per state and department at the period end, rebuilt from the journal', () => {
    // Registry: received L; no_hit E, K; to_verify M; match_confirmed A; info_requested G = 6.
    // Supervision: with_supervision F, H; awaiting_approval I (approved only after the period) = 3.
    expect(figures.open).toEqual({
      total: 9,
      byState: [
        { department: 'registry', state: 'received', count: 1 },
        { department: 'registry', state: 'no_hit', count: 2 },
        { department: 'registry', state: 'to_verify', count: 1 },
        { department: 'registry', state: 'match_confirmed', count: 1 },
        { department: 'registry', state: 'info_requested', count: 1 },
        { department: 'registry', state: 'info_received', count: 0 },
        { department: 'supervision', state: 'with_supervision', count: 2 },
        { department: 'supervision', state: 'awaiting_approval', count: 1 },
      ],
    });
  });

  it('lists the overdue open steps with working days late, the most late first', () => {
    expect(figures.overdue).toEqual({
      total: 4,
      items: [
        { reference: 'IMI-K', step: 'no_hit_signoff', dueOn: '2025-12-29', workingDaysLate: 93 },
        { reference: 'IMI-G', step: 'country_answer', dueOn: '2026-04-01', workingDaysLate: 27 },
        { reference: 'IMI-I', step: 'approval', dueOn: '2026-05-11', workingDaysLate: 3 },
        { reference: 'IMI-E', step: 'no_hit_signoff', dueOn: '2026-05-15', workingDaysLate: 0 },
      ],
    });
  });

  it('gives time per step and share within deadline over the steps closed in the week', () => {
    expect(figures.steps.week).toEqual([
      step('no_hit_signoff', 1, 2, 0), // B: 2 days, late
      step('verification', 1, 2, 1, 1), // A: 2 days, on time; D ended by the withdrawal
      step('info_request', 0, null, 0),
      step('country_answer', 1, 14, 1), // F: 14 days, on time
      step('hand_over', 1, 1, 1), // F: 1 day, on time
      step('supervision_assessment', 0, null, 0),
      step('approval', 1, 6, 0), // H: 6 days, late (declined)
    ]);
    // Own handling leaves the answer out: 2, 2, 1, 6 -> median (2 + 2) / 2 = 2; on time A and F's hand-over = 2 of 4.
    expect(figures.ownHandling.excludedSteps).toEqual(['country_answer']);
    expect(figures.ownHandling.week).toEqual({ closed: 4, medianWorkingDays: 2, withinDeadline: 2, shareWithinDeadline: 0.5 });
  });

  it('gives time per step and share within deadline over the steps closed in the year to date', () => {
    expect(figures.steps.yearToDate).toEqual([
      step('no_hit_signoff', 3, 1, 2), // B 2 late, J 1, M 1 -> median 1, 2 on time
      step('verification', 5, 1, 4, 1), // A 2, F 1, G 1, H 3 late, I 0 -> 0 1 1 2 3, median 1; D by withdrawal
      step('info_request', 4, 1, 4), // F 1, G 1, H 1 (hand-over), I 1 (hand-over), all on time
      step('country_answer', 1, 14, 1), // F
      step('hand_over', 1, 1, 1), // F
      step('supervision_assessment', 2, 10.5, 1), // H 15 late, I 6 on time -> (6 + 15) / 2
      step('approval', 1, 6, 0), // H
    ]);
    // 16 own steps: 0, nine 1s, 2, 2, 3, 6, 6, 15 -> median of the 8th and 9th = 1; on time 2+4+4+1+1+0 = 12 of 16.
    expect(figures.ownHandling.yearToDate).toEqual({ closed: 16, medianWorkingDays: 1, withinDeadline: 12, shareWithinDeadline: 0.75 });
  });

  it('names the five oldest open cases by reference and received date', () => {
    expect(figures.oldestOpen).toEqual([
      { reference: 'IMI-K', receivedAt: '2025-12-28T12:00:00Z', receivedOn: '2025-12-28' },
      { reference: 'IMI-G', receivedAt: '2026-03-02T09:00:00Z', receivedOn: '2026-03-02' },
      { reference: 'IMI-H', receivedAt: '2026-04-02T08:00:00Z', receivedOn: '2026-04-02' },
      { reference: 'IMI-F', receivedAt: '2026-04-20T08:00:00Z', receivedOn: '2026-04-20' },
      { reference: 'IMI-I', receivedAt: '2026-04-27T08:00:00Z', receivedOn: '2026-04-27' },
    ]);
    expect(figures.casesRead).toBe(14);
    expect(figures.unreadable).toEqual([]);
  });

  it('gives the same figures whatever order the cases come in', () => {
    const reversed = computeDigestFigures([...CASES].reverse(), period, DEFAULT_DEADLINE_POLICY);
    expect(reversed).toEqual(figures);
  });

  it('recomputes an earlier week from the same journals: week 2026-W19 (4 to 10 May)', () => {
    const w19 = computeDigestFigures(CASES, periodOfWeek(localDate('2026-05-04'), TZ), DEFAULT_DEADLINE_POLICY);
    // Received 4-10 May in Oslo: only M (B arrived at 00:30 on the 11th, Oslo time).
    expect(w19.received.week).toEqual({ received: 1, hits: 0, noHits: 1, notScreened: 0, withdrawn: 0 });
    // At the end of 10 May: H awaits approval (due Wed 6: 7, 8 May = 2 days late), I awaits approval (due Mon 11:
    // not yet), G (due 1 April: 23 days late), K (due 29 Dec: 93 - 4 = 89 days late).
    expect(w19.overdue.items.map((o) => [o.reference, o.workingDaysLate])).toEqual([['IMI-K', 89], ['IMI-G', 23], ['IMI-H', 2]]);
  });

  it('lists a journal it cannot read, names the entry and field, and counts it nowhere else', () => {
    const broken = [
      caseJournal('IMI-X1', ['2026-05-12T10:00:00Z', 'screened', 'received', 'no_hit']),
      caseJournal('IMI-X2', ...receivedAndScreened('2026-05-12T10:00:00Z', 'yesterday', 'hit')),
      caseJournal('IMI-X3', ...receivedAndScreened('2026-05-12T10:00:00Z', '2026-05-12T10:00:05Z', 'hit'),
        ['2026-05-12T11:00:00Z', 'signOff', 'no_hit', 'no_hit_signed_off', REGISTRY]),
      caseJournal('IMI-X4', ...receivedAndScreened('2026-05-12T10:00:00Z', '2026-05-12T10:00:05Z', 'hit'),
        ['2026-05-12T11:00:00Z', 'confirmMatch', 'to_verify', 'match_confirmed', REGISTRY],
        ['2026-05-12T12:00:00Z', 'requestInfo', 'match_confirmed', 'info_requested', REGISTRY, { requestedOn: '12.05.2026' }]),
    ];
    const out = computeDigestFigures([...CASES, ...broken], period, DEFAULT_DEADLINE_POLICY);
    expect(out.unreadable).toEqual([
      { reference: 'IMI-X1', problem: 'journal[0].action is "screened", expected "received"' },
      { reference: 'IMI-X2', problem: 'journal[1].at is not an ISO instant with an offset: "yesterday"' },
      { reference: 'IMI-X3', problem: 'journal[2].from is "no_hit", but the case was in "to_verify"' },
      { reference: 'IMI-X4', problem: 'journal[3].data.requestedOn is not a date (YYYY-MM-DD): "12.05.2026"' },
    ]);
    expect(out.received).toEqual(figures.received);
    expect(out.casesRead).toBe(18);
  });
});
