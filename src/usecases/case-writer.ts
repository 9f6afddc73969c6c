import type { Case } from '../domain/case.js';
import { personOf } from '../domain/case.js';
import type { JournalDraft } from '../domain/case-machine.js';
import type { JournalActor } from '../domain/journal.js';
import { appendJournal } from '../domain/journal.js';
import { cardMessagesFor } from './card-messages.js';
import type { CaseRecord, CaseRepository, IdGenerator, PersonLinks, StoredCaseRecord } from './ports.js';

export interface WriterDeps {
  readonly cases: CaseRepository;
  readonly ids: IdGenerator;
  readonly journalKey: string;
  /** Called after every successful write that queued messages on the case, to wake the outbox dispatcher. */
  readonly onOutbox?: (imiId: string) => void;
  /** Kept up to date with every change of the person a case is about (personOf), where given. */
  readonly persons?: PersonLinks;
}

/** A change to write: the next case and the journal entries that explain it, by one actor at one instant. */
export interface Change {
  readonly next: Case;
  readonly drafts: readonly JournalDraft[];
  readonly actor: JournalActor;
  readonly at: string;
  readonly cardVersion?: number;
}

/** Builds the record after a change: journal appended and hashed, card messages queued, all for one write. */
export function recordAfter(before: CaseRecord, change: Change, deps: Pick<WriterDeps, 'ids' | 'journalKey'>): CaseRecord {
  const { entries, head } = appendJournal(change.next.imiId, before.head, change.drafts, { actor: change.actor, at: change.at, cardVersion: change.cardVersion }, deps.journalKey);
  const outbox = [...before.outbox, ...cardMessagesFor(before, change.next, () => deps.ids.next(), change.at)];
  return { ...before, case: change.next, journal: [...before.journal, ...entries], head, outbox };
}

export type Mutation<R> = { readonly result: R; readonly change?: Change };

/**
 * Reads a case, lets `decide` choose what to do, and writes the change only if nobody wrote in between;
 * on a conflict it reads again and decides again, so concurrent presses are serialised per case without locks.
 */
export async function mutateCase<R>(deps: WriterDeps, imiId: string, decide: (rec: StoredCaseRecord) => Mutation<R>, attempts = 50): Promise<{ found: false } | { found: true; result: R; record: CaseRecord }> {
  for (let i = 0; i < attempts; i++) {
    const rec = await deps.cases.get(imiId);
    if (!rec) return { found: false };
    const { result, change } = decide(rec);
    if (!change) return { found: true, result, record: rec };
    const next = recordAfter(rec, change, deps);
    // Joins the new person's list before the write and leaves the old one after (PersonLinks: crash-safe).
    const [was, is] = [personOf(rec.case), personOf(next.case)];
    if (is !== undefined && is !== was) await deps.persons?.add(is, imiId);
    if ((await deps.cases.save(next, rec.etag)) === 'saved') {
      if (was !== undefined && was !== is) await deps.persons?.remove(was, imiId);
      if (next.outbox.length > rec.outbox.length) deps.onOutbox?.(imiId);
      return { found: true, result, record: next };
    }
  }
  throw new Error(`case ${imiId}: gave up after ${attempts} write conflicts; the store is under unusual contention`);
}

/**
 * Writes bookkeeping that is not a case change (outbox delivery state, card addresses): no journal entry,
 * no version bump. `update` returns undefined to leave the record as it is. Retries on conflicts.
 */
export async function updateRecord(cases: CaseRepository, imiId: string, update: (rec: StoredCaseRecord) => CaseRecord | undefined, attempts = 50): Promise<CaseRecord | undefined> {
  for (let i = 0; i < attempts; i++) {
    const rec = await cases.get(imiId);
    if (!rec) return undefined;
    const next = update(rec);
    if (!next) return undefined;
    if ((await cases.save(next, rec.etag)) === 'saved') return next;
  }
  throw new Error(`case ${imiId}: gave up after ${attempts} write conflicts while updating delivery state`);
}
