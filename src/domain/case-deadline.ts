import type { Case } from './case.js';
import type { DeadlinePolicy, LocalDate, StepCode } from './deadlines/index.js';
import { dueDate, localDate, openStepOf, toLocalDate } from './deadlines/index.js';

export interface OpenStep {
  readonly step: StepCode;
  readonly openedOn: LocalDate;
  readonly dueOn: LocalDate;
}

/**
 * The step a case is waiting on and when it is due: it opened when the case entered its state, and is due
 * after the policy's working days, except the answer from the sending country, whose due date the officer
 * may have set when recording the request.
 */
export function openStepOfCase(c: Pick<Case, 'state' | 'stateSince' | 'info'>, policy: DeadlinePolicy, timeZone: string): OpenStep | undefined {
  const step = openStepOf(c.state);
  if (!step) return undefined;
  const openedOn = toLocalDate(c.stateSince, timeZone);
  if (step === 'country_answer' && c.info?.dueOn) return { step, openedOn, dueOn: localDate(c.info.dueOn) };
  const from = step === 'country_answer' && c.info?.requestedOn ? localDate(c.info.requestedOn) : openedOn;
  return { step, openedOn, dueOn: dueDate(step, from, policy) };
}
