import type { Case } from '../domain/case.js';
import { ALL_STATES, isOpen } from '../domain/case-state.js';
import type { Department } from '../domain/case-state.js';
import { openStepOfCase } from '../domain/case-deadline.js';
import type { DeadlinePolicy, LocalDate } from '../domain/deadlines/index.js';
import { deadlineStatus } from '../domain/deadlines/index.js';
import type { CaseRepository } from './ports.js';

const OPEN_STATES = ALL_STATES.filter(isOpen);

/** Open cases held by one officer, oldest first. */
export async function casesHeldBy(cases: CaseRepository, officerId: string): Promise<Case[]> {
  return (await cases.find({ holderId: officerId, states: OPEN_STATES })).map((r) => r.case);
}

/** Open cases, optionally of one department, oldest first. */
export async function openCases(cases: CaseRepository, department?: Department): Promise<Case[]> {
  return (await cases.find({ states: OPEN_STATES, ...(department ? { department } : {}) })).map((r) => r.case);
}

/** Open cases whose current step is past its due date today, most late first. */
export async function overdueCases(cases: CaseRepository, policy: DeadlinePolicy, timeZone: string, today: LocalDate): Promise<{ case: Case; workingDaysLate: number; dueOn: string }[]> {
  const out: { case: Case; workingDaysLate: number; dueOn: string }[] = [];
  for (const c of await openCases(cases)) {
    const step = openStepOfCase(c, policy, timeZone);
    if (!step) continue;
    const status = deadlineStatus(step.dueOn, today);
    if (status.kind === 'overdue') out.push({ case: c, workingDaysLate: status.workingDaysLate, dueOn: step.dueOn });
  }
  return out.sort((a, b) => b.workingDaysLate - a.workingDaysLate || a.dueOn.localeCompare(b.dueOn));
}
