import type { Case, Officer } from './case.js';
import type { CaseCommand, CaseVerb, Refusal } from './case-commands.js';
import { refuse } from './case-commands.js';
import type { CaseState, Department } from './case-state.js';
import { departmentOf, isOpen } from './case-state.js';
import type { Actor, Role } from './roles.js';
import { hasRole } from './roles.js';
import { validateInputs } from './case-inputs.js';

/** A journal entry before it is numbered and hashed. */
export interface JournalDraft {
  readonly action: string;
  readonly from: CaseState;
  readonly to: CaseState;
  readonly reason?: string;
  readonly data?: Readonly<Record<string, unknown>>;
}

export type Decision = { readonly ok: true; readonly next: Case; readonly journal: JournalDraft; readonly changed: boolean } | Refusal;

export interface DecideContext {
  /** The instant of the action (ISO). */
  readonly now: string;
  /** Today's date in the authority's time zone, for "not in the future" rules. */
  readonly today: string;
  /** The case version the card was rendered from. */
  readonly cardVersion: number;
}

interface StepRule {
  readonly role: Role;
  readonly from: readonly CaseState[];
  /** The step needs the case held by the actor; an unheld case is claimed by the step. */
  readonly holder: boolean;
  /** The proposer may not take this step (four eyes). */
  readonly notProposer?: boolean;
}

const STEP_RULES: Record<Exclude<CaseVerb, 'claim' | 'unclaim' | 'reassign'>, StepRule> = {
  confirmMatch: { role: 'registry', from: ['to_verify'], holder: true },
  rejectMatch: { role: 'registry', from: ['to_verify'], holder: true },
  requestInfo: { role: 'registry', from: ['match_confirmed'], holder: true },
  infoReceived: { role: 'registry', from: ['info_requested'], holder: true },
  handOver: { role: 'registry', from: ['match_confirmed', 'info_received'], holder: true },
  escalate: { role: 'supervision', from: ['with_supervision'], holder: true },
  close: { role: 'supervision', from: ['with_supervision'], holder: true },
  approve: { role: 'supervision', from: ['awaiting_approval'], holder: false, notProposer: true },
  decline: { role: 'supervision', from: ['awaiting_approval'], holder: false, notProposer: true },
  signOff: { role: 'registry', from: ['no_hit'], holder: false },
};

/** The roles that claim cases, each in its department's states. */
const CLAIM_ROLES: readonly Role[] = ['registry', 'supervision'];

/**
 * Whether the actor has a role that takes this verb in some state. Someone who does is told what was wrong with
 * their press (outdated card, bad input); anyone else is told they may not act, whatever else was wrong.
 */
export function mayEverTake(verb: CaseVerb, actor: Actor): boolean {
  if (verb === 'claim' || verb === 'unclaim') return CLAIM_ROLES.some((r) => hasRole(actor, r));
  if (verb === 'reassign') return hasRole(actor, 'leader');
  return hasRole(actor, STEP_RULES[verb].role);
}

/** The role that may claim a case in this state, or none when it cannot be claimed. */
export function claimRoleOf(state: CaseState): Role | undefined {
  if (!isOpen(state) || state === 'received') return undefined;
  return departmentOf(state) satisfies Department;
}

/** Verbs whose rules an actor with these roles meets for a case in this state (for the buttons on a card). */
export function availableVerbs(c: Case): CaseVerb[] {
  const verbs: CaseVerb[] = [];
  if (claimRoleOf(c.state)) verbs.push(c.holder ? 'unclaim' : 'claim', 'reassign');
  for (const [verb, rule] of Object.entries(STEP_RULES)) if (rule.from.includes(c.state)) verbs.push(verb as CaseVerb);
  return verbs;
}

/**
 * Decides what a command does to a case: the next case and its journal entry, or a refusal with a stable
 * code. Pure: nothing is written here. Checks run in a fixed order: role, claim conflicts, card version,
 * state, holder, four eyes, inputs (claiming: see decideHolder).
 */
export function decide(c: Case, cmd: CaseCommand, actor: Actor, ctx: DecideContext): Decision {
  if (cmd.verb === 'claim' || cmd.verb === 'unclaim' || cmd.verb === 'reassign') return decideHolder(c, cmd, actor, ctx);
  const rule = STEP_RULES[cmd.verb];
  if (!hasRole(actor, rule.role)) return refuse('not_permitted');
  if (ctx.cardVersion !== c.version) return refuse('outdated', { by: c.lastChange.by });
  if (!rule.from.includes(c.state)) return refuse('invalid_step');
  if (rule.holder && c.holder && c.holder.id !== actor.id) return refuse('held_by_other', { by: c.holder });
  if (rule.notProposer && c.proposal?.by.id === actor.id) return refuse('own_proposal');
  const invalid = validateInputs(c, cmd, ctx.today);
  if (invalid) return invalid;
  const me: Officer = { id: actor.id, name: actor.name };
  const holder = rule.holder ? me : c.holder;
  return applyStep(c, cmd, me, holder, ctx.now);
}

/**
 * Claim, unclaim and reassign. Who may claim depends on the state, and a card shown before the case moved on
 * (to the other department, or closed) was pressed by someone who could claim it then: that officer is told the
 * case changed since, and by whom, not that they lack a role. Only someone who could never take the step (no
 * claiming role; reassign without being a leader) is refused outright. The claim race keeps its answer: of
 * officers who may claim now, all but the first are told who holds the case.
 */
function decideHolder(c: Case, cmd: Extract<CaseCommand, { verb: 'claim' | 'unclaim' | 'reassign' }>, actor: Actor, ctx: DecideContext): Decision {
  const role = claimRoleOf(c.state);
  if (!mayEverTake(cmd.verb, actor)) return refuse('not_permitted');
  const needed: Role | undefined = cmd.verb === 'reassign' ? 'leader' : role;
  const mayNow = needed !== undefined && hasRole(actor, needed);
  if (cmd.verb === 'claim' && mayNow && c.holder && c.holder.id !== actor.id) return refuse('already_claimed', { by: c.holder });
  if (ctx.cardVersion !== c.version) return refuse('outdated', { by: c.lastChange.by });
  if (!role) return refuse('invalid_step');
  if (!mayNow) return refuse('not_permitted');
  const me: Officer = { id: actor.id, name: actor.name };
  if (cmd.verb === 'claim') {
    if (c.holder?.id === actor.id) return { ok: true, next: c, journal: { action: 'claim', from: c.state, to: c.state }, changed: false };
    return changed(c, { holder: me }, me, ctx.now, { action: 'claim', from: c.state, to: c.state });
  }
  if (cmd.verb === 'unclaim') {
    if (c.holder?.id !== actor.id) return refuse('not_holder', c.holder ? { by: c.holder } : {});
    return changed(c, { holder: undefined }, me, ctx.now, { action: 'unclaim', from: c.state, to: c.state });
  }
  // Only a member of the department whose turn it is can work the case; anyone else would block it.
  if (!cmd.assigneeRoles.includes(role)) return refuse('invalid_input', { field: 'assignee', rule: 'not_in_department' });
  return changed(c, { holder: cmd.assignee }, me, ctx.now, {
    action: 'reassign', from: c.state, to: c.state, data: { assignee: cmd.assignee.id, previous: c.holder?.id ?? null },
  });
}

function applyStep(c: Case, cmd: Exclude<CaseCommand, { verb: 'claim' | 'unclaim' | 'reassign' }>, me: Officer, holder: Officer | undefined, now: string): Decision {
  const j = (to: CaseState, extra: Partial<JournalDraft> = {}): JournalDraft => ({ action: cmd.verb, from: c.state, to, ...extra });
  switch (cmd.verb) {
    case 'confirmMatch':
      return changed(c, { state: 'match_confirmed', holder, confirmedHpr: cmd.hprNumber }, me, now, j('match_confirmed', { data: { hprNumber: cmd.hprNumber } }));
    case 'rejectMatch':
      return changed(c, { state: 'match_rejected', holder: undefined, rejectReason: cmd.reason }, me, now, j('match_rejected', { reason: cmd.reason }));
    case 'requestInfo':
      return changed(c, { state: 'info_requested', holder, info: { requestedOn: cmd.requestedOn, dueOn: cmd.dueOn } }, me, now,
        j('info_requested', { data: { requestedOn: cmd.requestedOn, dueOn: cmd.dueOn ?? null } }));
    case 'infoReceived':
      return changed(c, { state: 'info_received', holder, info: { ...c.info, receivedOn: cmd.receivedOn, note: cmd.note } }, me, now,
        j('info_received', { data: { receivedOn: cmd.receivedOn }, reason: cmd.note }));
    case 'handOver':
      return changed(c, { state: 'with_supervision', holder: undefined, handOverNote: cmd.note }, me, now, j('with_supervision', { reason: cmd.note }));
    case 'escalate':
    case 'close': {
      const proposal = { kind: cmd.verb, by: me, at: now, ...(cmd.verb === 'escalate' ? { caseNumber: cmd.caseNumber } : { reason: cmd.reason }) };
      return changed(c, { state: 'awaiting_approval', holder, proposal, declineReason: undefined }, me, now,
        j('awaiting_approval', cmd.verb === 'escalate' ? { data: { caseNumber: cmd.caseNumber } } : { reason: cmd.reason }));
    }
    case 'approve': {
      const p = c.proposal!;
      const to: CaseState = p.kind === 'escalate' ? 'escalated' : 'closed_no_action';
      return changed(c, { state: to, holder: undefined, outcome: { caseNumber: p.caseNumber, reason: p.reason } }, me, now,
        j(to, { data: { proposedBy: p.by.id, kind: p.kind } }));
    }
    case 'decline':
      return changed(c, { state: 'with_supervision', proposal: undefined, declineReason: cmd.reason }, me, now, j('with_supervision', { reason: cmd.reason }));
    case 'signOff':
      return changed(c, { state: 'no_hit_signed_off', holder: undefined }, me, now, j('no_hit_signed_off'));
  }
}

function changed(c: Case, patch: Partial<Case>, by: Officer, now: string, journal: JournalDraft): Decision {
  const stateChanged = patch.state !== undefined && patch.state !== c.state;
  const next: Case = {
    ...c,
    ...patch,
    version: c.version + 1,
    stateSince: stateChanged ? now : c.stateSince,
    lastChange: { by, at: now, action: journal.action },
  };
  return { ok: true, next, journal, changed: true };
}
