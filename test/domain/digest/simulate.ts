import fc from 'fast-check';
import type { Alert } from '../../../src/domain/alert-schema.js';
import { parseAlert } from '../../../src/domain/alert-schema.js';
import type { Case } from '../../../src/domain/case.js';
import type { CaseCommand } from '../../../src/domain/case-commands.js';
import type { JournalDraft } from '../../../src/domain/case-machine.js';
import { decide } from '../../../src/domain/case-machine.js';
import { isOpen } from '../../../src/domain/case-state.js';
import { applyImiEvent, applyScreening, openCase } from '../../../src/domain/case-events.js';
import type { LocalDate } from '../../../src/domain/deadlines/index.js';
import { addDays, toLocalDate } from '../../../src/domain/deadlines/index.js';
import type { CaseJournal, DigestEntry } from '../../../src/domain/digest/index.js';
import type { JournalActor, JournalHead } from '../../../src/domain/journal.js';
import { appendJournal, emptyHead } from '../../../src/domain/journal.js';
import type { ScreeningOutcome, ScreeningResult } from '../../../src/domain/matching/index.js';
import type { Actor } from '../../../src/domain/roles.js';
import type { CaseRecord } from '../../../src/usecases/ports.js';
import { validAlert } from '../../support/alert-samples.js';

/**
 * Case lives driven through the real state machine and event functions, so the journals the digest reads in
 * these property tests are the journals the desk writes. Each move picks one of the moves open in the case's
 * state; time only moves forward, by up to six days a move, across weekends and holidays.
 */
export const TZ = 'Europe/Oslo';
const HPR = '1234567';
const REG: Actor = { id: 'reg-a', name: 'reg-a', roles: ['registry'] };
const SUP_A: Actor = { id: 'sup-a', name: 'sup-a', roles: ['supervision'] };
const SUP_B: Actor = { id: 'sup-b', name: 'sup-b', roles: ['supervision'] };

export interface Script {
  readonly startMs: number;
  readonly outcome: ScreeningOutcome;
  readonly moves: readonly { readonly gapMinutes: number; readonly choice: number; readonly dueInDays: number | null }[];
}

const MINUTE = 60_000;
/** Scripts starting between November 2025 and June 2026. */
export const scriptArb: fc.Arbitrary<Script> = fc.record({
  startMs: fc.integer({ min: Date.parse('2025-11-01T00:00:00Z'), max: Date.parse('2026-06-30T00:00:00Z') }),
  outcome: fc.constantFrom<ScreeningOutcome>('hit', 'possible', 'no_hit'),
  moves: fc.array(fc.record({ gapMinutes: fc.integer({ min: 0, max: 6 * 24 * 60 }), choice: fc.nat(), dueInDays: fc.option(fc.integer({ min: 0, max: 60 })) }), { maxLength: 12 }),
});

type Move = { kind: 'command'; by: Actor; command: CaseCommand } | { kind: 'rescreen' } | { kind: 'withdraw' };

function movesIn(c: Case, today: LocalDate, dueInDays: number | null): Move[] {
  const cmd = (by: Actor, command: CaseCommand): Move => ({ kind: 'command', by, command });
  switch (c.state) {
    case 'no_hit': return [cmd(REG, { verb: 'signOff' }), { kind: 'rescreen' }];
    case 'no_hit_signed_off': case 'match_rejected': return [{ kind: 'rescreen' }];
    case 'to_verify': return [cmd(REG, { verb: 'confirmMatch', hprNumber: HPR }), cmd(REG, { verb: 'rejectMatch', reason: 'Another person' }), cmd(REG, { verb: 'claim' })];
    case 'match_confirmed': return [cmd(REG, { verb: 'requestInfo', requestedOn: today, ...(dueInDays === null ? {} : { dueOn: addDays(today, dueInDays) }) }), cmd(REG, { verb: 'handOver' })];
    case 'info_requested': return [cmd(REG, { verb: 'infoReceived', receivedOn: today })];
    case 'info_received': return [cmd(REG, { verb: 'handOver' })];
    case 'with_supervision': return [cmd(SUP_A, { verb: 'escalate', caseNumber: '2026/1' }), cmd(SUP_A, { verb: 'close', reason: 'Expired' })];
    case 'awaiting_approval': return [cmd(SUP_B, { verb: 'approve' }), cmd(SUP_B, { verb: 'decline', reason: 'More to do' })];
    default: return [];
  }
}

const hitResult = (outcome: ScreeningOutcome): ScreeningResult => ({
  outcome, candidates: outcome === 'no_hit' ? [] : [{ hprNumber: HPR, score: 0.95, reasons: ['same birth date'], codes: ['dob_equal'] }],
});

/** Runs a script; returns the journal as the desk would store it (without hashes) and the case it ends in. */
export function simulate(reference: string, script: Script): { journal: CaseJournal; case: Case } {
  const parsed = parseAlert(validAlert({ imiId: reference }));
  if (!parsed.ok) throw new Error('sample alert must be valid');
  const alert: Alert = parsed.alert;
  const entries: DigestEntry[] = [];
  const write = (drafts: readonly JournalDraft[], actor: JournalActor, at: string) => {
    for (const d of drafts) entries.push({ seq: entries.length + 1, at, actor, ...d });
  };
  let t = script.startMs;
  const opened = openCase(alert, new Date(t).toISOString());
  let c = opened.case;
  write(opened.journal, { kind: 'system' }, new Date(t).toISOString());
  t += 5_000;
  const screened = applyScreening(c, hitResult(script.outcome), new Date(t).toISOString());
  c = screened.next;
  if (screened.journal) write([screened.journal], { kind: 'system' }, new Date(t).toISOString());
  for (const m of script.moves) {
    t += m.gapMinutes * MINUTE + 1_000;
    const now = new Date(t).toISOString();
    const today = toLocalDate(now, TZ);
    // One move in twelve is an IMI withdrawal, when the case is open: rare, as in life, but in every state.
    const options = movesIn(c, today, m.dueInDays);
    const withdraw = isOpen(c.state) && m.choice % 12 === 0;
    if (options.length === 0 && !withdraw) continue;
    const move: Move = withdraw ? { kind: 'withdraw' } : options[Math.floor(m.choice / 12) % options.length]!;
    if (move.kind === 'rescreen') {
      const out = applyScreening(c, hitResult('hit'), now);
      c = out.next;
      if (out.journal) write([out.journal], { kind: 'system' }, now);
    } else if (move.kind === 'withdraw') {
      const out = applyImiEvent(c, { ...alert, event: 'withdrawal', sentAt: now }, now);
      c = out.next;
      if (out.journal) write([out.journal], { kind: 'system' }, now);
    } else {
      const d = decide(c, move.command, move.by, { now, today, cardVersion: c.version });
      if (!d.ok) throw new Error(`simulation bug: ${move.command.verb} refused in ${c.state}: ${d.code}`);
      if (!d.changed) continue;
      c = d.next;
      write([d.journal], { kind: 'user', id: move.by.id }, now);
    }
  }
  return { journal: { reference, journal: entries }, case: c };
}

/** Several scripted cases with distinct references. */
export const casesArb = (maxLength: number) => fc.array(scriptArb, { maxLength }).map((scripts) => scripts.map((s, i) => simulate(`IMI-P-${String(i).padStart(4, '0')}`, s)));

/** A simulated case as the desk stores it, its journal chained and keyed with `journalKey` like every real one. */
export function storedRecord(sim: ReturnType<typeof simulate>, journalKey: string): CaseRecord {
  let head: JournalHead = emptyHead(sim.case.imiId, journalKey);
  const journal: CaseRecord['journal'][number][] = [];
  for (const { seq: _seq, at, actor, ...draft } of sim.journal.journal) {
    const out = appendJournal(sim.case.imiId, head, [draft], { actor, at }, journalKey);
    journal.push(...out.entries);
    head = out.head;
  }
  return { case: sim.case, journal, head, outbox: [], cards: {} };
}
