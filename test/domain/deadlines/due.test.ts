import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deadlineStatus, dueDate, reminderStage } from '../../../src/domain/deadlines/due.js';
import { addDays } from '../../../src/domain/deadlines/local-date.js';
import { isWorkingDay } from '../../../src/domain/deadlines/norwegian-holidays.js';
import { DEFAULT_DEADLINE_POLICY, STEP_CODES, parseDeadlinePolicy } from '../../../src/domain/deadlines/policy.js';
import { toLocalDate } from '../../../src/domain/deadlines/zoned-time.js';
import { anyDate, d } from './arbitraries.js';

describe('dueDate', () => {
  it.each([
    ['no_hit_signoff', '2026-03-27', '2026-03-30'],
    ['verification', '2026-03-31', '2026-04-07'],
    ['info_request', '2026-05-11', '2026-05-19'], // Ascension Day on the 14th
    ['country_answer', '2025-12-01', '2025-12-31'], // 24 December counts, 25 and 26 do not
    ['hand_over', '2025-12-23', '2025-12-29'],
    ['supervision_assessment', '2027-05-05', '2027-05-21'], // Ascension 6 May, Whit Monday 17 May
    ['approval', '2026-04-04', '2026-04-08'], // opened on Easter Saturday
  ] as const)('%s opened %s is due %s with the defaults', (step, openedOn, due) => {
    expect(dueDate(step, d(openedOn), DEFAULT_DEADLINE_POLICY)).toBe(due);
  });

  it('uses the configured policy', () => {
    const parsed = parseDeadlinePolicy({ verification: 3 });
    if (!parsed.ok) throw new Error('policy should parse');
    expect(dueDate('verification', d('2026-03-31'), parsed.value)).toBe('2026-04-08');
  });

  it('takes the opening date in Oslo, so an entry at 00:30 Oslo time counts from that day', () => {
    const openedOn = toLocalDate('2026-03-29T22:30:00Z', 'Europe/Oslo'); // Monday 00:30 in summer time
    expect(dueDate('verification', openedOn, DEFAULT_DEADLINE_POLICY)).toBe('2026-04-01');
  });

  it('is always a working day after the opening day', () => {
    fc.assert(fc.property(anyDate, fc.constantFrom(...STEP_CODES), (openedOn, step) => {
      const due = dueDate(step, openedOn, DEFAULT_DEADLINE_POLICY);
      return isWorkingDay(due) && due > openedOn;
    }));
  });
});

describe('deadlineStatus and reminderStage', () => {
  it.each([
    // Due Friday 27 March 2026: the weekend costs no working days, leadership on Tuesday.
    ['2026-03-27', '2026-03-26', 'ok', 0, 'none'],
    ['2026-03-27', '2026-03-27', 'due_today', 0, 'holder'],
    ['2026-03-27', '2026-03-28', 'overdue', 0, 'holder'],
    ['2026-03-27', '2026-03-29', 'overdue', 0, 'holder'],
    ['2026-03-27', '2026-03-30', 'overdue', 1, 'holder'],
    ['2026-03-27', '2026-03-31', 'overdue', 2, 'leadership'],
    // Due Wednesday 1 April 2026, before Easter: Tuesday 7 April is 1 late, Wednesday 8 April 2.
    ['2026-04-01', '2026-04-06', 'overdue', 0, 'holder'],
    ['2026-04-01', '2026-04-07', 'overdue', 1, 'holder'],
    ['2026-04-01', '2026-04-08', 'overdue', 2, 'leadership'],
    // Due Wednesday 13 May 2026: Ascension Day, then Friday 1 late, Monday 18 May 2.
    ['2026-05-13', '2026-05-15', 'overdue', 1, 'holder'],
    ['2026-05-13', '2026-05-18', 'overdue', 2, 'leadership'],
    // Due Tuesday 23 December 2025: the 24th is a working day, so leadership on Monday 29th.
    ['2025-12-23', '2025-12-24', 'overdue', 1, 'holder'],
    ['2025-12-23', '2025-12-28', 'overdue', 1, 'holder'],
    ['2025-12-23', '2025-12-29', 'overdue', 2, 'leadership'],
    // Due 31 December 2025: 2 January is 1 late, Monday 5 January 2.
    ['2025-12-31', '2026-01-02', 'overdue', 1, 'holder'],
    ['2025-12-31', '2026-01-05', 'overdue', 2, 'leadership'],
    // Long overdue.
    ['2026-01-05', '2026-03-02', 'overdue', 40, 'leadership'],
  ] as const)('due %s, today %s: %s, %i working days late, remind %s', (due, today, kind, late, stage) => {
    expect(deadlineStatus(d(due), d(today))).toEqual({ kind, workingDaysLate: late });
    expect(reminderStage(d(due), d(today))).toBe(stage);
  });

  it('never goes back to a milder stage as days pass', () => {
    const rank = { none: 0, holder: 1, leadership: 2 } as const;
    fc.assert(fc.property(anyDate, anyDate, fc.integer({ min: 0, max: 30 }), (due, today, later) => {
      const before = rank[reminderStage(due, today)];
      const after = rank[reminderStage(due, addDays(today, later))];
      expect(after).toBeGreaterThanOrEqual(before);
      expect(deadlineStatus(due, addDays(today, later)).workingDaysLate)
        .toBeGreaterThanOrEqual(deadlineStatus(due, today).workingDaysLate);
    }));
  });

  it('reaches leadership exactly two working days after the due date', () => {
    fc.assert(fc.property(anyDate, (opened) => {
      const due = dueDate('verification', opened, DEFAULT_DEADLINE_POLICY);
      let firstLeadership = addDays(due, 1);
      while (reminderStage(due, firstLeadership) !== 'leadership') firstLeadership = addDays(firstLeadership, 1);
      expect(dueDate('hand_over', due, DEFAULT_DEADLINE_POLICY)).toBe(firstLeadership);
    }));
  });
});
