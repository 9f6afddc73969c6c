import { createHmac } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';
import type { JournalDraft } from './case-machine.js';
import type { CaseState } from './case-state.js';

export type JournalActor = { readonly kind: 'user'; readonly id: string; readonly name?: string } | { readonly kind: 'system' };

/**
 * One step in a case's history. Entries are append-only and chained: `hash` is an HMAC (keyed with
 * JOURNAL_KEY, kept outside the store) over the previous hash and this entry, so a changed, removed or
 * reordered entry breaks the chain, and nobody with only write access to the store can forge a new one.
 */
export interface JournalEntry {
  readonly seq: number;
  readonly at: string;
  readonly actor: JournalActor;
  readonly action: string;
  readonly from: CaseState;
  readonly to: CaseState;
  /** The case version the person acted on (the card's), when a person acted. */
  readonly cardVersion?: number;
  readonly reason?: string;
  readonly data?: Readonly<Record<string, unknown>>;
  readonly prevHash: string;
  readonly hash: string;
}

/** A case's chain head. `mac` binds the count to the last hash, so truncating the chain needs the key. */
export interface JournalHead {
  readonly count: number;
  readonly hash: string;
  readonly mac: string;
}

export const GENESIS = 'genesis';

export function emptyHead(imiId: string, key: string): JournalHead {
  return { count: 0, hash: GENESIS, mac: headMac(imiId, 0, GENESIS, key) };
}

function entryHash(imiId: string, entry: Omit<JournalEntry, 'hash'>, key: string): string {
  return createHmac('sha256', key).update(`${imiId}\n${canonicalJson(entry)}`).digest('hex');
}

export function headMac(imiId: string, count: number, hash: string, key: string): string {
  return createHmac('sha256', key).update(`head\n${imiId}\n${count}\n${hash}`).digest('hex');
}

/** Appends drafts to a chain, all by one actor at one instant; returns the new entries and head. */
export function appendJournal(
  imiId: string, head: JournalHead, drafts: readonly JournalDraft[], by: { actor: JournalActor; at: string; cardVersion?: number }, key: string,
): { entries: JournalEntry[]; head: JournalHead } {
  const entries: JournalEntry[] = [];
  let prev = head.hash;
  let seq = head.count;
  for (const d of drafts) {
    seq += 1;
    const body = { seq, at: by.at, actor: by.actor, ...d, ...(by.cardVersion !== undefined ? { cardVersion: by.cardVersion } : {}), prevHash: prev };
    const hash = entryHash(imiId, body, key);
    entries.push({ ...body, hash });
    prev = hash;
  }
  return { entries, head: { count: seq, hash: prev, mac: headMac(imiId, seq, prev, key) } };
}

export type JournalProblem =
  | { readonly kind: 'changed'; readonly seq: number }
  | { readonly kind: 'reordered_or_removed'; readonly seq: number; readonly expected: number }
  | { readonly kind: 'broken_link'; readonly seq: number }
  | { readonly kind: 'head_mismatch'; readonly detail: string }
  | { readonly kind: 'head_forged' };

/** Checks one case's chain against its head. An empty list means the history is intact. */
export function verifyJournal(imiId: string, entries: readonly JournalEntry[], head: JournalHead, key: string): JournalProblem[] {
  const problems: JournalProblem[] = [];
  if (head.mac !== headMac(imiId, head.count, head.hash, key)) problems.push({ kind: 'head_forged' });
  let prev = GENESIS;
  entries.forEach((e, i) => {
    if (e.seq !== i + 1) problems.push({ kind: 'reordered_or_removed', seq: e.seq, expected: i + 1 });
    if (e.prevHash !== prev) problems.push({ kind: 'broken_link', seq: e.seq });
    const { hash, ...body } = e;
    if (entryHash(imiId, body, key) !== hash) problems.push({ kind: 'changed', seq: e.seq });
    prev = hash;
  });
  if (entries.length !== head.count) problems.push({ kind: 'head_mismatch', detail: `head counts ${head.count} entries, ${entries.length} stored` });
  else if (prev !== head.hash) problems.push({ kind: 'head_mismatch', detail: 'last entry hash differs from head' });
  return problems;
}
