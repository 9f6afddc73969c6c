import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseCommand } from '../../src/domain/case-commands.js';
import { claimRoleOf, decide } from '../../src/domain/case-machine.js';
import type { CaseState } from '../../src/domain/case-state.js';
import { ALL_STATES } from '../../src/domain/case-state.js';
import { actor, caseIn } from '../support/case-fixtures.js';

const ctx = { now: '2026-11-24T10:00:00.000Z', today: '2026-11-24', cardVersion: 3 };
const reg = actor('reg-a', 'registry');
const sup = actor('sup-b', 'supervision');
const proposer = actor('sup-a', 'supervision');
const leader = actor('lead', 'leader');

/** spec/case-states.md, Transitions: every verb from every state it applies to. */
const TRANSITIONS: [CaseState, CaseCommand, typeof reg, CaseState][] = [
  ['no_hit', { verb: 'signOff' }, reg, 'no_hit_signed_off'],
  ['to_verify', { verb: 'confirmMatch', hprNumber: '9144889' }, reg, 'match_confirmed'],
  ['to_verify', { verb: 'rejectMatch', reason: 'Different person, other birth place' }, reg, 'match_rejected'],
  ['match_confirmed', { verb: 'requestInfo', requestedOn: '2026-11-24' }, reg, 'info_requested'],
  ['info_requested', { verb: 'infoReceived', receivedOn: '2026-11-24' }, reg, 'info_received'],
  ['match_confirmed', { verb: 'handOver' }, reg, 'with_supervision'],
  ['info_received', { verb: 'handOver', note: 'see answer' }, reg, 'with_supervision'],
  ['with_supervision', { verb: 'escalate', caseNumber: '2026/12345' }, sup, 'awaiting_approval'],
  ['with_supervision', { verb: 'close', reason: 'Restriction expired before arrival' }, sup, 'awaiting_approval'],
  ['awaiting_approval', { verb: 'approve' }, sup, 'escalated'],
  ['awaiting_approval', { verb: 'decline', reason: 'Needs more information first' }, sup, 'with_supervision'],
];

describe('case state machine', () => {
  it.each(TRANSITIONS)('%s --%o--> %s', (from, cmd, who, to) => {
    const d = decide(caseIn(from), cmd, who, ctx);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.next.state).toBe(to);
    expect(d.next.version).toBe(4);
    expect(d.journal).toMatchObject({ action: cmd.verb, from, to });
  });

  it('approving a close proposal closes without action', () => {
    const c = caseIn('awaiting_approval', { proposal: { kind: 'close', reason: 'Expired', by: { id: 'sup-a', name: 'Siri' }, at: ctx.now } });
    const d = decide(c, { verb: 'approve' }, sup, ctx);
    expect(d.ok && d.next.state).toBe('closed_no_action');
  });

  it.each(TRANSITIONS)('refuses %s --%o--> for a person without the role', (from, cmd) => {
    for (const who of [leader, actor('nobody'), actor('admin', 'admin')]) expect(decide(caseIn(from), cmd, who, ctx)).toMatchObject({ ok: false, code: 'not_permitted' });
  });

  it('four eyes: the proposer may neither approve nor decline', () => {
    for (const cmd of [{ verb: 'approve' }, { verb: 'decline', reason: 'changed my mind' }] as CaseCommand[]) {
      expect(decide(caseIn('awaiting_approval'), cmd, proposer, ctx)).toMatchObject({ ok: false, code: 'own_proposal' });
    }
  });

  it('an outdated card changes nothing and says who changed the case', () => {
    const d = decide(caseIn('to_verify', { lastChange: { by: { id: 'x', name: 'Xena' }, at: ctx.now, action: 'claim' } }), { verb: 'confirmMatch', hprNumber: '9144889' }, reg, { ...ctx, cardVersion: 2 });
    expect(d).toMatchObject({ ok: false, code: 'outdated', by: { name: 'Xena' } });
  });

  // spec/card-actions.md: an outdated card is answered "changed since, by whom", also when the case has since
  // moved to the other department or closed, so that the officer is not told they lack a role they have.
  const rita = { id: 'reg-a', name: 'Rita' };
  const stale = { ...ctx, cardVersion: 2 };
  it.each([
    ['a registry officer claims on the registry card after the hand-over', 'with_supervision', { verb: 'claim' }, reg, stale, 'outdated'],
    ['a registry officer unclaims after the hand-over', 'with_supervision', { verb: 'unclaim' }, reg, stale, 'outdated'],
    ['a registry officer claims after the match was rejected', 'match_rejected', { verb: 'claim' }, reg, stale, 'outdated'],
    ['a supervision officer claims after the case was escalated', 'escalated', { verb: 'claim' }, sup, stale, 'outdated'],
    ['a leader reassigns a case closed since', 'closed_no_action', { verb: 'reassign', assignee: rita, assigneeRoles: ['registry'] }, leader, stale, 'outdated'],
    ['the same press on the current card: not the department\'s turn', 'with_supervision', { verb: 'claim' }, reg, ctx, 'not_permitted'],
    ['the same press on a closed case\'s current card', 'match_rejected', { verb: 'claim' }, reg, ctx, 'invalid_step'],
    ['a leader, who never claims, on a stale card', 'with_supervision', { verb: 'claim' }, leader, stale, 'not_permitted'],
    ['a registry officer reassigning, which only leaders do, on a stale card', 'to_verify', { verb: 'reassign', assignee: rita, assigneeRoles: ['registry'] }, reg, stale, 'not_permitted'],
    ['someone without a role on a stale card', 'to_verify', { verb: 'claim' }, actor('nobody'), stale, 'not_permitted'],
  ] as const)('%s: %s', (_what, state, cmd, who, context, code) => {
    const c = caseIn(state, { lastChange: { by: { id: 'x', name: 'Xena' }, at: ctx.now, action: 'handOver' } });
    const d = decide(c, cmd as CaseCommand, who, context);
    expect(d).toMatchObject({ ok: false, code });
    if (code === 'outdated') expect(d).toMatchObject({ by: { name: 'Xena' } });
  });

  it('the claim race keeps its answer: on a stale card, who holds the case now', () => {
    const held = caseIn('to_verify', { holder: { id: 'reg-b', name: 'Rolf' } });
    expect(decide(held, { verb: 'claim' }, reg, stale)).toMatchObject({ ok: false, code: 'already_claimed', by: { name: 'Rolf' } });
  });

  it('a step on a case held by someone else is refused; an unheld case is claimed by the step', () => {
    const held = caseIn('to_verify', { holder: { id: 'reg-b', name: 'Rolf' } });
    expect(decide(held, { verb: 'rejectMatch', reason: 'not the same' }, reg, ctx)).toMatchObject({ ok: false, code: 'held_by_other' });
    const d = decide(caseIn('match_confirmed'), { verb: 'requestInfo', requestedOn: '2026-11-20' }, reg, ctx);
    expect(d.ok && d.next.holder).toEqual({ id: 'reg-a', name: 'reg-a' });
  });

  it('claim, already claimed, unclaim by the holder only, reassign by a leader only', () => {
    const claimed = decide(caseIn('to_verify'), { verb: 'claim' }, reg, ctx);
    expect(claimed.ok && claimed.next.holder?.id).toBe('reg-a');
    const held = caseIn('to_verify', { holder: { id: 'reg-b', name: 'Rolf' } });
    expect(decide(held, { verb: 'claim' }, reg, ctx)).toMatchObject({ ok: false, code: 'already_claimed', by: { name: 'Rolf' } });
    expect(decide(held, { verb: 'unclaim' }, reg, ctx)).toMatchObject({ ok: false, code: 'not_holder' });
    expect(decide(caseIn('with_supervision'), { verb: 'claim' }, reg, ctx)).toMatchObject({ ok: false, code: 'not_permitted' });
    const toRita = { verb: 'reassign', assignee: { id: 'reg-a', name: 'Rita' }, assigneeRoles: ['registry'] } as const;
    expect(decide(held, toRita, reg, ctx)).toMatchObject({ ok: false, code: 'not_permitted' });
    const re = decide(held, toRita, leader, ctx);
    expect(re.ok && re.next.holder?.id).toBe('reg-a');
    expect(re.ok && re.next.state).toBe('to_verify');
  });

  it.each([
    ['to_verify', ['supervision'], 'a supervision officer on a registry case'],
    ['to_verify', ['leader'], 'a leader, who takes no case steps'],
    ['to_verify', [], 'someone not in the roles file'],
    ['with_supervision', ['registry', 'leader'], 'a registry officer on a supervision case'],
  ] as const)('reassign refuses %s case to %j (%s), naming the field', (state, assigneeRoles, _who) => {
    const c = caseIn(state);
    const d = decide(c, { verb: 'reassign', assignee: { id: 'x', name: 'X' }, assigneeRoles }, leader, ctx);
    expect(d).toMatchObject({ ok: false, code: 'invalid_input', field: 'assignee', rule: 'not_in_department' });
    const ok = decide(c, { verb: 'reassign', assignee: { id: 'x', name: 'X' }, assigneeRoles: [claimRoleOf(state)!] }, leader, ctx);
    expect(ok.ok && ok.next.holder?.id).toBe('x');
  });

  it('invalid inputs name the field and the rule', () => {
    expect(decide(caseIn('to_verify'), { verb: 'confirmMatch', hprNumber: '1' }, reg, ctx)).toMatchObject({ code: 'invalid_input', field: 'hprNumber' });
    expect(decide(caseIn('match_confirmed'), { verb: 'requestInfo', requestedOn: '2026-11-25' }, reg, ctx)).toMatchObject({ code: 'invalid_input', field: 'requestedOn', rule: 'in_future' });
    const requested = caseIn('info_requested', { info: { requestedOn: '2026-11-20' } });
    expect(decide(requested, { verb: 'infoReceived', receivedOn: '2026-11-19' }, reg, ctx)).toMatchObject({ code: 'invalid_input', field: 'receivedOn', rule: 'before_requested' });
  });

  it('property: a refused command never changes the case, and every accepted one bumps the version by one', () => {
    const commands: CaseCommand[] = [...TRANSITIONS.map((t) => t[1]), { verb: 'claim' }, { verb: 'unclaim' }, { verb: 'approve' }];
    const actors = [reg, sup, proposer, leader, actor('nobody')];
    fc.assert(fc.property(fc.constantFrom(...ALL_STATES), fc.constantFrom(...commands), fc.constantFrom(...actors), fc.integer({ min: 1, max: 5 }), (state, cmd, who, cardVersion) => {
      const c = caseIn(state);
      const d = decide(c, cmd, who, { ...ctx, cardVersion });
      if (!d.ok) return true;
      return d.changed ? d.next.version === c.version + 1 : d.next === c;
    }));
  });
});
