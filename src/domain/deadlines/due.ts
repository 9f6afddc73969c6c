import type { LocalDate } from './local-date.js';
import type { DeadlinePolicy, StepCode } from './policy.js';
import { addWorkingDays, workingDaysBetween } from './working-days.js';

/**
 * When a step is due and how late it is. All dates are local dates in TIME_ZONE: the caller turns the
 * journal entry's instant into `openedOn` and the clock's now into `today` with toLocalDate.
 */

/** From this many working days late, reminders go to leadership (DESIGN.md, "Default deadlines"). */
export const LEADERSHIP_AFTER_WORKING_DAYS_LATE = 2;

export type DeadlineKind = 'ok' | 'due_today' | 'overdue';

export interface DeadlineStatus {
  readonly kind: DeadlineKind;
  /** Working days after the due date up to and including today; 0 unless overdue. */
  readonly workingDaysLate: number;
}

export type ReminderStage = 'none' | 'holder' | 'leadership';

/**
 * The due date of `step` opened on `openedOn`: the policy's number of working days after it, so a step
 * opened on a weekend or holiday counts from the next working day (opened Saturday, 1 day: Monday).
 * Always a working day, since every policy value is at least 1.
 */
export function dueDate(step: StepCode, openedOn: LocalDate, policy: DeadlinePolicy): LocalDate {
  return addWorkingDays(openedOn, policy[step]);
}

/**
 * Where `today` stands against `due`: 'ok' before the due date, 'due_today' on it, 'overdue' after it.
 * workingDaysLate counts the working days in (due, today]: due Friday, it is 1 on Monday and 2 on
 * Tuesday; on the Saturday after, the step is overdue but still 0 working days late.
 */
export function deadlineStatus(due: LocalDate, today: LocalDate): DeadlineStatus {
  if (today < due) return { kind: 'ok', workingDaysLate: 0 };
  if (today === due) return { kind: 'due_today', workingDaysLate: 0 };
  return { kind: 'overdue', workingDaysLate: workingDaysBetween(due, today) };
}

/**
 * Who should be reminded of an open step today. 'none' before the due date; 'holder' (the assignee, or
 * the department channel when nobody holds it) from the due day on; 'leadership' once the step is 2
 * working days late, counted as in deadlineStatus: due Friday → leadership on Tuesday; due Wednesday
 * 1 April 2026 → Easter holidays intervene, leadership on Wednesday 8 April.
 * The stage only says who is concerned today; sending each reminder once is the reminders job's task.
 */
export function reminderStage(due: LocalDate, today: LocalDate): ReminderStage {
  const status = deadlineStatus(due, today);
  if (status.kind === 'ok') return 'none';
  return status.workingDaysLate >= LEADERSHIP_AFTER_WORKING_DAYS_LATE ? 'leadership' : 'holder';
}
