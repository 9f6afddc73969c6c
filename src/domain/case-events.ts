import type { Alert } from './alert-schema.js';
import type { Case } from './case.js';
import { canonicalJson, changedPaths } from './canonical-json.js';
import type { CaseState } from './case-state.js';
import { isOpen, isRescreened } from './case-state.js';
import type { JournalDraft } from './case-machine.js';
import type { ScreeningResult } from './matching/index.js';

/** What a system event did: the next case (unchanged when `changed` is false) and the entry to journal. */
export interface EventOutcome {
  readonly next: Case;
  readonly journal: JournalDraft | undefined;
  readonly changed: boolean;
}

/** Identity fields: a change in any of them means the alert must be screened again. */
const IDENTITY_PATHS = ['professional.familyName', 'professional.givenNames', 'professional.formerFamilyNames', 'professional.dateOfBirth'];

/** A case for an imiId seen for the first time. An update or withdrawal arriving first is flagged out of order. */
export function openCase(alert: Alert, now: string): { case: Case; journal: JournalDraft[] } {
  const c: Case = {
    imiId: alert.imiId, version: 1, state: 'received', alert, receivedAt: now, latestSentAt: alert.sentAt,
    outOfOrder: alert.event !== 'new', stateSince: now, lastChange: { by: 'system', at: now, action: 'received' },
  };
  const received: JournalDraft = { action: 'received', from: 'received', to: 'received', data: { event: alert.event, sentAt: alert.sentAt, outOfOrder: c.outOfOrder } };
  if (alert.event !== 'withdrawal') return { case: c, journal: [received] };
  return { case: { ...c, state: 'withdrawn', stateBeforeWithdrawal: 'received' }, journal: [received, { action: 'imi_withdrawal', from: 'received', to: 'withdrawn' }] };
}

/**
 * Applies another IMI event for a known imiId: identical content changes nothing; an older event is journaled
 * only; a withdrawal closes an open case (nothing is deleted); anything else is an update whose changed
 * fields are journaled, and which asks for re-screening when the identity changed.
 */
export function applyImiEvent(c: Case, alert: Alert, now: string): EventOutcome {
  if (canonicalJson(alert) === canonicalJson(c.alert)) return { next: c, journal: undefined, changed: false };
  const fields = changedPaths(c.alert, alert);
  if (Date.parse(alert.sentAt) < Date.parse(c.latestSentAt)) {
    return { next: c, journal: { action: 'imi_event_older_ignored', from: c.state, to: c.state, data: { event: alert.event, sentAt: alert.sentAt, fields } }, changed: true };
  }
  const base = { ...c, alert, latestSentAt: alert.sentAt, version: c.version + 1, lastImiChange: { at: now, fields }, lastChange: { by: 'system' as const, at: now, action: `imi_${alert.event}` } };
  if (alert.event === 'withdrawal' && isOpen(c.state)) {
    // The card says "withdrawn"; lastImiChange stays the last update, so that one is still shown beside it.
    const next: Case = { ...base, lastImiChange: c.lastImiChange, state: 'withdrawn', stateBeforeWithdrawal: c.state, holder: undefined, stateSince: now };
    return { next, journal: { action: 'imi_withdrawal', from: c.state, to: 'withdrawn', data: { fields } }, changed: true };
  }
  const rescreen = fields.some((f) => IDENTITY_PATHS.some((p) => f === p || f.startsWith(`${p}.`)));
  const next: Case = rescreen ? { ...base, screening: undefined } : base;
  return { next, journal: { action: `imi_${alert.event}`, from: c.state, to: c.state, data: { fields, rescreen } }, changed: true };
}

/**
 * Records a screening result. A received case moves to `no_hit` or `to_verify`; a no-hit or closed-but-rescreened
 * case with a new hit or possible goes back to `to_verify`, journaled as found on re-screening; otherwise the
 * state stays and only the evidence is updated.
 */
export function applyScreening(c: Case, result: ScreeningResult, now: string): EventOutcome {
  const isMatch = result.outcome !== 'no_hit';
  let to: CaseState = c.state;
  let foundOnRescreen = false;
  if (c.state === 'received') to = isMatch ? 'to_verify' : 'no_hit';
  else if (isMatch && isRescreened(c.state)) { to = 'to_verify'; foundOnRescreen = true; }
  const screening = { outcome: result.outcome, candidates: result.candidates, screenedAt: now, foundOnRescreen };
  const sameEvidence = c.screening && canonicalJson({ ...c.screening, screenedAt: '', foundOnRescreen: false }) === canonicalJson({ ...screening, screenedAt: '', foundOnRescreen: false });
  if (sameEvidence && to === c.state) return { next: c, journal: undefined, changed: false };
  const moved = to !== c.state;
  const next: Case = {
    ...c, screening, state: to, version: c.version + 1, stateSince: moved ? now : c.stateSince,
    holder: moved && to === 'to_verify' && c.state !== 'received' ? undefined : c.holder,
    lastChange: { by: 'system', at: now, action: foundOnRescreen ? 'found_on_rescreen' : 'screened' },
  };
  const data = { outcome: result.outcome, candidates: result.candidates.map((k) => ({ hprNumber: k.hprNumber, score: k.score, codes: k.codes })) };
  return { next, journal: { action: foundOnRescreen ? 'found_on_rescreen' : 'screened', from: c.state, to, data }, changed: true };
}
