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

/**
 * What a check of one case's chain found. Seqs are the entries' own numbers as stored. Several kinds can
 * come from one act (removing an entry also breaks the next link), so each names one observable fact.
 */
export type JournalProblem =
  /** The entry's content no longer matches its keyed hash. */
  | { readonly kind: 'entry_changed'; readonly seq: number }
  /** Entries from `fromSeq` to the end were rehashed consistently, but not with JOURNAL_KEY. */
  | { readonly kind: 'chain_rewritten'; readonly fromSeq: number; readonly entries: number }
  /** No entry carries these numbers: removed. */
  | { readonly kind: 'entry_missing'; readonly fromSeq: number; readonly toSeq: number }
  /** An entry stands after one with a higher or equal number: reordered or duplicated. */
  | { readonly kind: 'entry_out_of_order'; readonly seq: number; readonly afterSeq: number }
  /** The entry does not point at the hash of the entry before it. */
  | { readonly kind: 'broken_link'; readonly seq: number }
  /** The head counts more or fewer entries than are stored: entries removed at the end, or the head replaced. */
  | { readonly kind: 'head_count_mismatch'; readonly headCount: number; readonly stored: number }
  /** The last stored entry is not the one the head names. */
  | { readonly kind: 'head_hash_mismatch'; readonly seq: number }
  /** The head's MAC is not JOURNAL_KEY's: the head was written by someone without the key. */
  | { readonly kind: 'head_forged' }
  /** The stored journal or head is not even shaped like one. */
  | { readonly kind: 'journal_malformed'; readonly detail: string };

type Checked = { readonly seq: number; readonly linked: boolean; readonly hashed: boolean };

/**
 * Checks one case's chain against its head; never throws, whatever the store returned. An empty list
 * means the history is intact as far as the case document alone can tell (a rollback to an older, intact
 * copy needs the daily checkpoint to be seen).
 */
export function verifyJournal(imiId: string, entries: readonly JournalEntry[], head: JournalHead, key: string): JournalProblem[] {
  if (!Array.isArray(entries)) return [{ kind: 'journal_malformed', detail: 'the journal is not a list' }];
  const problems: JournalProblem[] = [];
  const headOk = isHead(head);
  if (!headOk) problems.push({ kind: 'journal_malformed', detail: 'the head is missing or not {count, hash, mac}' });
  else if (head.mac !== headMac(imiId, head.count, head.hash, key)) problems.push({ kind: 'head_forged' });
  const checked: Checked[] = [];
  let prev: unknown = GENESIS;
  entries.forEach((e: unknown, i) => {
    if (!isEntry(e)) {
      problems.push({ kind: 'journal_malformed', detail: `entry number ${i + 1} is not {seq, hash, ...}` });
      prev = undefined;
      return;
    }
    const before = checked.at(-1);
    if (before !== undefined && e.seq <= before.seq) problems.push({ kind: 'entry_out_of_order', seq: e.seq, afterSeq: before.seq });
    const linked = e.prevHash === prev;
    if (!linked) problems.push({ kind: 'broken_link', seq: e.seq });
    const { hash, ...body } = e;
    checked.push({ seq: e.seq, linked, hashed: entryHash(imiId, body, key) === hash });
    prev = hash;
  });
  problems.push(...missingRanges(checked.map((c) => c.seq)), ...hashProblems(checked));
  if (headOk) {
    const last = entries.at(-1) as Partial<JournalEntry> | undefined;
    if (entries.length !== head.count) problems.push({ kind: 'head_count_mismatch', headCount: head.count, stored: entries.length });
    else if ((last?.hash ?? GENESIS) !== head.hash) problems.push({ kind: 'head_hash_mismatch', seq: last?.seq ?? 0 });
  }
  return problems;
}

/** Numbers from 1 up to the highest stored that no entry carries, as ranges. */
function missingRanges(seqs: readonly number[]): JournalProblem[] {
  const sorted = [...new Set(seqs)].sort((a, b) => a - b);
  const out: JournalProblem[] = [];
  let expected = 1;
  for (const seq of sorted) {
    if (seq > expected) out.push({ kind: 'entry_missing', fromSeq: expected, toSeq: seq - 1 });
    expected = Math.max(expected, seq + 1);
  }
  return out;
}

/**
 * A run of two or more failing entries reaching the end, each linked to the one before, is one rewrite
 * with another key (whoever did it recomputed every hash after their change); anything else is reported
 * entry by entry.
 */
function hashProblems(checked: readonly Checked[]): JournalProblem[] {
  let from = checked.length;
  while (from > 0 && !checked[from - 1]!.hashed && checked[from - 1]!.linked) from -= 1;
  const rewritten = checked.length - from >= 2;
  const out: JournalProblem[] = [];
  const end = rewritten ? from : checked.length;
  for (const c of checked.slice(0, end)) if (!c.hashed) out.push({ kind: 'entry_changed', seq: c.seq });
  if (rewritten) out.push({ kind: 'chain_rewritten', fromSeq: checked[from]!.seq, entries: checked.length - from });
  return out;
}

function isHead(head: unknown): head is JournalHead {
  const h = head as Partial<JournalHead> | null | undefined;
  return typeof h === 'object' && h !== null && Number.isInteger(h.count) && typeof h.hash === 'string' && typeof h.mac === 'string';
}

function isEntry(entry: unknown): entry is JournalEntry {
  const e = entry as Partial<JournalEntry> | null | undefined;
  return typeof e === 'object' && e !== null && Number.isInteger(e.seq) && typeof e.hash === 'string';
}
