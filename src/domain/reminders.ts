import type { LocalDate, StepCode } from './deadlines/index.js';
import { deadlineStatus, LEADERSHIP_AFTER_WORKING_DAYS_LATE } from './deadlines/index.js';

/** An open step someone must be reminded of: a case's step, or a daily no-hit list awaiting sign-off. */
export interface RemindableStep {
  /** Names the step instance: the same step opened again later (after a decline, say) is a new one. */
  readonly key: string;
  readonly step: StepCode;
  readonly dueOn: LocalDate;
}

export type ReminderKind = 'reminder' | 'escalation';

export interface DueReminder {
  /** Idempotency key: one reminder per step instance and kind, ever. */
  readonly key: string;
  readonly kind: ReminderKind;
  readonly step: StepCode;
  readonly dueOn: LocalDate;
  readonly workingDaysLate: number;
}

/**
 * The reminders a step has earned by `today` (DESIGN.md, "Default deadlines"): a reminder to the holder
 * (or the channel) from the due day on, and an escalation to leadership from 2 working days late. Both are
 * returned once earned, so a job that did not run on the due day still sends the reminder later; the
 * caller sends each key once. Non-working days earn nothing new: nobody is reminded on 17 May.
 */
export function remindersDue(step: RemindableStep, today: LocalDate, isWorkingDay: (d: LocalDate) => boolean): DueReminder[] {
  if (!isWorkingDay(today)) return [];
  const status = deadlineStatus(step.dueOn, today);
  if (status.kind === 'ok') return [];
  const base = { step: step.step, dueOn: step.dueOn, workingDaysLate: status.workingDaysLate };
  const out: DueReminder[] = [{ ...base, key: `${step.key}:reminder`, kind: 'reminder' }];
  if (status.workingDaysLate >= LEADERSHIP_AFTER_WORKING_DAYS_LATE) out.push({ ...base, key: `${step.key}:escalation`, kind: 'escalation' });
  return out;
}
