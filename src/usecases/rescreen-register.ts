import { applyScreening } from '../domain/case-events.js';
import type { CaseState } from '../domain/case-state.js';
import { isRescreened } from '../domain/case-state.js';
import type { RegisterIndex, RegisterPerson, ScreeningResult } from '../domain/matching/index.js';
import { buildAlertIndex, diffRegister, rescreenChanged } from '../domain/matching/index.js';
import type { WriterDeps } from './case-writer.js';
import { mutateCase } from './case-writer.js';
import type { Clock } from './ports.js';
import { identityOf } from './screen-pending.js';
import type { DepartureReport } from './register-departures.js';
import { journalRegisterDepartures } from './register-departures.js';

export interface RescreenDeps extends WriterDeps {
  readonly clock: Clock;
}

export interface RescreenReport {
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
  /** Alerts kept for re-screening (no hit, signed off, rejected) that were looked at. */
  readonly alerts: number;
  /** Alerts whose evidence was screened again because a changed row may concern them. */
  readonly rescreened: number;
  /** Alerts that became a hit or possible: each gets a card and a `found_on_rescreen` entry. */
  readonly newMatches: string[];
  /** Cases naming a register person who left the register (or came back), journaled (register-departures.ts). */
  readonly departures: DepartureReport;
  readonly ms: number;
}

const RESCREENED: readonly CaseState[] = ['no_hit', 'no_hit_signed_off', 'match_rejected'];

/**
 * After a new register snapshot: re-screens the alerts kept for it (no hit, signed off, rejected) against
 * the rows that are new or changed, with the engine's incremental path, and records each new result. A new
 * hit moves the case to `to_verify`, journaled as found on re-screening, and queues its card like any
 * other. Without `former` (the previous snapshot is unknown, e.g. it changed while the bot was down),
 * every kept alert is screened in full.
 */
export async function rescreenAfterRegisterChange(deps: RescreenDeps, next: RegisterIndex, former?: RegisterIndex): Promise<RescreenReport> {
  const started = performance.now();
  const kept = await deps.cases.find({ states: RESCREENED });
  const alerts = kept.map((r) => ({ id: r.case.imiId, identity: identityOf(r.case.alert) }));
  let results: Map<string, ScreeningResult>;
  let counts = { added: 0, changed: 0, removed: 0 };
  if (former) {
    const diff = diffRegister(former, next);
    counts = { added: diff.added.length, changed: diff.changed.length, removed: diff.removed.length };
    const before = [...diff.changed, ...diff.removed.map((h) => ({ hprNumber: h }))].map((p) => former.person(p.hprNumber)).filter((p): p is RegisterPerson => p !== undefined);
    results = rescreenChanged(next, buildAlertIndex(alerts), [...diff.added, ...diff.changed], before);
  } else {
    results = new Map(alerts.map((a) => [a.id, next.screen(a.identity)]));
  }
  const newMatches: string[] = [];
  for (const [imiId, result] of results) {
    const out = await mutateCase(deps, imiId, (rec) => {
      if (!isRescreened(rec.case.state)) return { result: false };
      const now = deps.clock.now().toISOString();
      const applied = applyScreening(rec.case, result, now);
      if (!applied.changed || !applied.journal) return { result: false };
      return { result: applied.next.screening?.foundOnRescreen === true, change: { next: applied.next, drafts: [applied.journal], actor: { kind: 'system' }, at: now } };
    });
    if (out.found && out.result) newMatches.push(imiId);
  }
  const departures = await journalRegisterDepartures(deps, next);
  return { ...counts, alerts: alerts.length, rescreened: results.size, newMatches, departures, ms: Math.round(performance.now() - started) };
}
