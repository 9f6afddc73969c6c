import { departmentOf } from '../domain/case-state.js';
import type { CaseState } from '../domain/case-state.js';
import { openStepOfCase } from '../domain/case-deadline.js';
import type { DeadlinePolicy, LocalDate } from '../domain/deadlines/index.js';
import { dueDate, isWorkingDay, previousWorkingDay, toLocalDate } from '../domain/deadlines/index.js';
import type { DueReminder } from '../domain/reminders.js';
import { remindersDue } from '../domain/reminders.js';
import type { Notice, NoticeSubject, NoticeTarget } from './job-ports.js';
import type { JobDeps, JobReport } from './job-run.js';
import { firstPost, jobRun } from './job-run.js';
import type { CaseRepository, IdGenerator } from './ports.js';
import { NOHIT_LIST_KEEP } from './nohit-list.js';

export interface ReminderDeps extends JobDeps {
  readonly cases: CaseRepository;
  readonly ids: IdGenerator;
  readonly policy: DeadlinePolicy;
  readonly timeZone: string;
}

/** How long screening may take before an alert is reported as unscreened, and how many are looked at per run. */
const UNSCREENED_AFTER_MS = 60 * 60_000;
const UNSCREENED_SHOWN = 1000;

/** States whose step is reminded case by case (and shown on its card); `no_hit` is reminded per daily list instead. */
export const CASE_STEP_STATES: readonly CaseState[] = ['to_verify', 'match_confirmed', 'info_requested', 'info_received', 'with_supervision', 'awaiting_approval'];

/**
 * Reminds of every open step that is due or late: the holder by personal message (the department channel
 * when nobody holds it) from the due day, leadership from 2 working days late. Each reminder has a key per
 * step instance and kind, so a second run, a second instance or a restart in the middle sends nothing twice.
 */
export async function sendReminders(deps: ReminderDeps, at: Date): Promise<JobReport> {
  const run = jobRun(deps, 'reminders');
  const today = toLocalDate(at, deps.timeZone);
  if (!isWorkingDay(today)) return { ...run.report, skipped: `${today} is not a working day` };
  const createdAt = deps.clock.now().toISOString();
  const notice = (r: DueReminder, subject: NoticeSubject, target: NoticeTarget, holderId?: string): Notice => ({
    id: r.key, createdAt, target, outbox: [firstPost(deps.ids.next())],
    payload: r.kind === 'reminder'
      ? { kind: 'reminder', subject, step: r.step, dueOn: r.dueOn, workingDaysLate: r.workingDaysLate }
      : { kind: 'escalation', subject, step: r.step, dueOn: r.dueOn, workingDaysLate: r.workingDaysLate, ...(holderId ? { holderId } : {}) },
  });

  for (const rec of await deps.cases.find({ states: CASE_STEP_STATES })) {
    const c = rec.case;
    const open = openStepOfCase(c, deps.policy, deps.timeZone);
    if (!open) continue;
    const department = departmentOf(c.state);
    for (const r of remindersDue({ key: `reminder:${c.imiId}:${c.state}@${c.stateSince}`, step: open.step, dueOn: open.dueOn }, today, isWorkingDay)) {
      const target: NoticeTarget = r.kind === 'escalation' ? { kind: 'channel', slot: 'leadership' }
        : c.holder ? { kind: 'user', userId: c.holder.id, fallback: department } : { kind: 'channel', slot: department };
      if (!(await run.offer(notice(r, { kind: 'case', imiId: c.imiId }, target, c.holder?.id)))) return run.report;
    }
  }

  // Screening takes seconds; an alert still unscreened an hour after it came (or after an update changed the
  // identity) is one that screening keeps failing on. Officers are told once per such episode, so it is not
  // left waiting unseen while the error is only in the log.
  for (const rec of await deps.cases.unscreened(UNSCREENED_SHOWN)) {
    const since = rec.case.lastImiChange?.at ?? rec.case.receivedAt;
    if (at.getTime() - Date.parse(since) < UNSCREENED_AFTER_MS) continue;
    const subject: NoticeSubject = { kind: 'case', imiId: rec.case.imiId };
    const unscreened: Notice = { id: `unscreened:${rec.case.imiId}@${since}`, createdAt, target: { kind: 'channel', slot: 'registry' }, outbox: [firstPost(deps.ids.next())], payload: { kind: 'unscreened', subject, since } };
    if (!(await run.offer(unscreened))) return run.report;
  }

  // A daily list is one step for all its alerts: reminded while any of them is not signed off.
  const unsigned = new Set((await deps.cases.find({ states: ['no_hit'] })).map((r) => r.case.imiId));
  for (const list of await deps.notices.nohitLists(NOHIT_LIST_KEEP)) {
    if (list.payload.kind !== 'nohit_list' || !list.payload.caseIds.some((id) => unsigned.has(id))) continue;
    const day = list.payload.day as LocalDate;
    const step = { key: `reminder:${list.id}`, step: 'no_hit_signoff' as const, dueOn: dueDate('no_hit_signoff', previousWorkingDay(day), deps.policy) };
    for (const r of remindersDue(step, today, isWorkingDay)) {
      // On the day the list is posted, the list itself is the due-day notice.
      if (r.kind === 'reminder' && today === day) continue;
      const target: NoticeTarget = { kind: 'channel', slot: r.kind === 'escalation' ? 'leadership' : 'registry' };
      if (!(await run.offer(notice(r, { kind: 'nohit_list', listId: list.id }, target)))) return run.report;
    }
  }
  return run.report;
}
