import { openStepOfCase } from '../domain/case-deadline.js';
import type { DeadlinePolicy, LocalDate } from '../domain/deadlines/index.js';
import { deadlineStatus, toLocalDate } from '../domain/deadlines/index.js';
import { updateRecord } from './case-writer.js';
import { CASE_STEP_STATES } from './send-reminders.js';
import type { CardSlot, CaseRecord, CaseRepository, Clock, IdGenerator, OutboxMessage } from './ports.js';

export interface RefreshDeps {
  readonly cases: CaseRepository;
  readonly ids: IdGenerator;
  readonly clock: Clock;
  readonly policy: DeadlinePolicy;
  readonly timeZone: string;
  readonly dryRun: boolean;
  /** At most this many card updates queued per run; the rest follow on the next run. */
  readonly maxPerRun: number;
  readonly onOutbox?: (imiId: string) => void;
}

export interface RefreshReport {
  readonly dryRun: boolean;
  /** `imiId:slot` of each card queued for a redraw (or, in a dry run, that would have been). */
  readonly queued: string[];
  readonly limited: boolean;
}

/**
 * A channel card is drawn when its case changes, but whether its step is due, due today or overdue changes with
 * the calendar. This queues one redraw of each card whose step's status today differs from its status on the day
 * the card was last drawn, so a card never says "due today" the day after or misses that its step is overdue.
 * That is at most two redraws per step (due today, then overdue): channel cards leave out the count of days late,
 * which would need one a day. A card drawn before cards recorded when (no `drawnAt`) is redrawn once.
 */
export async function refreshDeadlineCards(deps: RefreshDeps, at: Date): Promise<RefreshReport> {
  const today = toLocalDate(at, deps.timeZone);
  const queued: string[] = [];
  let limited = false;
  for (const found of await deps.cases.find({ states: CASE_STEP_STATES })) {
    const stale = staleSlots(found, today, deps);
    if (stale.length === 0) continue;
    if (queued.length >= deps.maxPerRun) { limited = true; break; }
    if (deps.dryRun) { queued.push(...stale.map((slot) => `${found.case.imiId}:${slot}`)); continue; }
    let slots: CardSlot[] = [];
    const now = deps.clock.now().toISOString();
    await updateRecord(deps.cases, found.case.imiId, (rec) => {
      // Read again under the etag: the case may have moved on (and been redrawn) since the query.
      slots = staleSlots(rec, today, deps).filter((slot) => !rec.outbox.some((m) => m.kind === 'update_card' && m.slot === slot && m.status === 'pending'));
      if (slots.length === 0) return undefined;
      const fresh: OutboxMessage[] = slots.map((slot) => ({ id: deps.ids.next(), kind: 'update_card', slot, status: 'pending', attempts: 0, createdAt: now }));
      return { ...rec, outbox: [...rec.outbox, ...fresh] };
    });
    if (slots.length === 0) continue;
    queued.push(...slots.map((slot) => `${found.case.imiId}:${slot}`));
    deps.onOutbox?.(found.case.imiId);
  }
  return { dryRun: deps.dryRun, queued, limited };
}

function staleSlots(rec: CaseRecord, today: LocalDate, deps: RefreshDeps): CardSlot[] {
  const step = openStepOfCase(rec.case, deps.policy, deps.timeZone);
  if (!step) return [];
  const now = deadlineStatus(step.dueOn, today).kind;
  return (Object.entries(rec.cards) as [CardSlot, CaseRecord['cards'][CardSlot]][]).flatMap(([slot, ref]) => {
    if (!ref) return [];
    const drawn = ref.drawnAt ? toLocalDate(ref.drawnAt, deps.timeZone) : undefined;
    return drawn !== undefined && deadlineStatus(step.dueOn, drawn).kind === now ? [] : [slot];
  });
}
