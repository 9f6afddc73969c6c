import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addWorkingDays, dueDate, DEFAULT_DEADLINE_POLICY, isWorkingDay, localDate, toLocalDate, addDays } from '../../src/domain/deadlines/index.js';
import type { LocalDate, StepCode } from '../../src/domain/deadlines/index.js';
import { remindersDue } from '../../src/domain/reminders.js';

const kinds = (step: StepCode, opened: string, today: string) =>
  remindersDue({ key: 'k', step, dueOn: dueDate(step, localDate(opened), DEFAULT_DEADLINE_POLICY) }, localDate(today), isWorkingDay).map((r) => `${r.kind}:${r.workingDaysLate}`);

describe('remindersDue: which reminders a step has earned on a day', () => {
  // Each row: step, the local day it opened, a day, what is due by then. Days checked against a calendar.
  it.each([
    // Easter 2026: Maundy Thursday 2 April, Good Friday 3 April, Easter Monday 6 April are holidays.
    ['verification', '2026-03-30', '2026-03-31', []],
    ['verification', '2026-03-30', '2026-04-01', ['reminder:0']], // due Wednesday 1 April
    ['verification', '2026-03-30', '2026-04-02', []], // Maundy Thursday: nobody is reminded on a holiday
    ['verification', '2026-03-30', '2026-04-07', ['reminder:1']], // the first working day after Easter: 1 late
    ['verification', '2026-03-30', '2026-04-08', ['reminder:2', 'escalation:2']], // 2 working days late: leadership
    // 17 May 2027 is a Monday (Constitution Day): a step due Friday 14 May escalates on Wednesday 19 May.
    ['verification', '2027-05-12', '2027-05-14', ['reminder:0']],
    ['verification', '2027-05-12', '2027-05-17', []],
    ['verification', '2027-05-12', '2027-05-18', ['reminder:1']],
    ['verification', '2027-05-12', '2027-05-19', ['reminder:2', 'escalation:2']],
    // Christmas 2026: 25 and 26 December (Fri, Sat) are holidays; opened Wed 23 Dec, 2 days: due Mon 28 Dec.
    ['verification', '2026-12-23', '2026-12-24', []],
    ['verification', '2026-12-23', '2026-12-28', ['reminder:0']],
    ['verification', '2026-12-23', '2026-12-30', ['reminder:2', 'escalation:2']],
    // Hand-over 2 days opened Friday before summer time starts (29 March 2026): due Tuesday 31 March.
    ['hand_over', '2026-03-27', '2026-03-31', ['reminder:0']],
    ['hand_over', '2026-03-27', '2026-04-07', ['reminder:2', 'escalation:2']],
    // Winter time starts 25 October 2026: approval opened Friday 23 October, due Tuesday 27 October.
    ['approval', '2026-10-23', '2026-10-26', []],
    ['approval', '2026-10-23', '2026-10-27', ['reminder:0']],
    ['approval', '2026-10-23', '2026-10-29', ['reminder:2', 'escalation:2']],
  ] as const)('%s opened %s, on %s: %j', (step, opened, today, expected) => {
    expect(kinds(step, opened, today)).toEqual(expected);
  });

  it('the local day follows TIME_ZONE across the summer/winter time changes', () => {
    // 23:30 UTC on Saturday 28 March 2026 is 00:30 Sunday in Oslo (after the change at 02:00 it would be
    // +2); 22:30 UTC on Saturday 24 October is 00:30 Sunday in Oslo (still summer time).
    expect(toLocalDate('2026-03-28T23:30:00Z', 'Europe/Oslo')).toBe('2026-03-29');
    expect(toLocalDate('2026-03-29T22:30:00Z', 'Europe/Oslo')).toBe('2026-03-30');
    expect(toLocalDate('2026-10-24T22:30:00Z', 'Europe/Oslo')).toBe('2026-10-25');
    expect(toLocalDate('2026-10-25T22:30:00Z', 'Europe/Oslo')).toBe('2026-10-25');
  });

  it('escalation comes exactly 2 working days after the due date, never earlier, for any day of any year', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 3650 }), fc.integer({ min: 1, max: 20 }), (offset, days) => {
      const opened = addDays(localDate('2025-01-01'), offset);
      const due = addWorkingDays(opened, days);
      const step = { key: 'k', step: 'verification' as const, dueOn: due };
      const secondLate = addWorkingDays(due, 2);
      const firstLate = addWorkingDays(due, 1);
      const has = (d: LocalDate, kind: string) => remindersDue(step, d, isWorkingDay).some((r) => r.kind === kind);
      return has(due, 'reminder') && !has(due, 'escalation') && !has(firstLate, 'escalation') && has(secondLate, 'escalation')
        && remindersDue(step, addDays(due, -1), isWorkingDay).length === 0;
    }));
  });

  it('keys name the step instance and the kind, so each is sent once', () => {
    const r = remindersDue({ key: 'reminder:IMI-1:to_verify@t', step: 'verification', dueOn: localDate('2026-11-24') }, localDate('2026-11-26'), isWorkingDay);
    expect(r.map((x) => x.key)).toEqual(['reminder:IMI-1:to_verify@t:reminder', 'reminder:IMI-1:to_verify@t:escalation']);
  });
});
