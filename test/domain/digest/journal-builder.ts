import type { CaseState } from '../../../src/domain/case-state.js';
import type { CaseJournal, DigestEntry } from '../../../src/domain/digest/index.js';
import type { JournalActor } from '../../../src/domain/journal.js';

export const SYSTEM: JournalActor = { kind: 'system' };
export const REGISTRY: JournalActor = { kind: 'user', id: 'aad-registry-a' };
export const SUPERVISION_A: JournalActor = { kind: 'user', id: 'aad-supervision-a' };
export const SUPERVISION_B: JournalActor = { kind: 'user', id: 'aad-supervision-b' };

/** One entry as written by hand: instant, action, from, to, and who (the system unless said). */
export type HandEntry = readonly [at: string, action: string, from: CaseState, to: CaseState, by?: JournalActor, data?: Record<string, unknown>];

/** A case journal from hand-written entries, numbered from 1. */
export function caseJournal(reference: string, ...entries: HandEntry[]): CaseJournal {
  const journal: DigestEntry[] = entries.map(([at, action, from, to, by = SYSTEM, data], i) => ({ seq: i + 1, at, actor: by, action, from, to, ...(data ? { data } : {}) }));
  return { reference, journal };
}

/** The `received` entry and the screening that follows a few seconds later. */
export function receivedAndScreened(at: string, screenedAt: string, outcome: 'hit' | 'possible' | 'no_hit'): HandEntry[] {
  return [
    [at, 'received', 'received', 'received', SYSTEM, { event: 'new' }],
    [screenedAt, 'screened', 'received', outcome === 'no_hit' ? 'no_hit' : 'to_verify', SYSTEM, { outcome }],
  ];
}
