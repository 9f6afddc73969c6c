import { createHmac } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';
import { parseLocalDate } from './deadlines/local-date.js';
import { GENESIS } from './journal.js';

/**
 * The daily checkpoint (DESIGN.md, "Journal integrity"): every case's chain head as it stood that day,
 * keyed with JOURNAL_KEY and chained to the day before. A case document on its own cannot show that it
 * was deleted, or rolled back to an older copy whose chain and head are both intact; the checkpoint can.
 *
 * The heads are stored in parts of at most MARKS_PER_PART cases each, because one document holding 17,000
 * heads (about 2 MB) would already hit Cosmos DB's document size limit. The checkpoint lists its parts with
 * their MACs, so a part cannot be swapped or dropped without the key either.
 */

/** One case's head as a checkpoint records it. */
export interface CaseMark {
  readonly imiId: string;
  readonly count: number;
  readonly hash: string;
}

export interface CheckpointPart {
  /** Unique per run, so two instances checkpointing the same day never overwrite each other's parts. */
  readonly id: string;
  readonly day: string;
  readonly index: number;
  readonly marks: readonly CaseMark[];
  readonly mac: string;
}

export interface CheckpointPartRef {
  readonly id: string;
  readonly cases: number;
  readonly mac: string;
}

export interface Checkpoint {
  /** The local day (YYYY-MM-DD, TIME_ZONE) it records. One checkpoint a day at most. */
  readonly day: string;
  /** 1 for the first checkpoint, then one more each time: a gap means one was removed. */
  readonly n: number;
  /** The previous checkpoint's MAC, or GENESIS for the first. */
  readonly prev: string;
  readonly createdAt: string;
  readonly caseCount: number;
  readonly parts: readonly CheckpointPartRef[];
  readonly mac: string;
}

export const MARKS_PER_PART = 1000;

function mac(kind: string, body: unknown, key: string): string {
  return createHmac('sha256', key).update(`${kind}\n${canonicalJson(body)}`).digest('hex');
}

/** A part with its MAC. */
export function sealPart(part: Omit<CheckpointPart, 'mac'>, key: string): CheckpointPart {
  return { ...part, mac: mac('checkpoint-part', part, key) };
}

/** True when the part is exactly as sealed with this key. Never throws on a malformed part. */
export function partIsAuthentic(part: CheckpointPart, key: string): boolean {
  const { mac: stored, ...body } = part;
  return typeof stored === 'string' && stored === mac('checkpoint-part', body, key);
}

/** True when the checkpoint is exactly as sealed with this key. Never throws on a malformed checkpoint. */
export function checkpointIsAuthentic(checkpoint: Checkpoint, key: string): boolean {
  const { mac: stored, ...body } = checkpoint;
  return typeof stored === 'string' && stored === mac('checkpoint', body, key);
}

export type NextCheckpoint =
  | { readonly ok: true; readonly checkpoint: Checkpoint }
  | { readonly ok: false; readonly code: 'invalid_day'; readonly field: 'day'; readonly message: string }
  | { readonly ok: false; readonly code: 'not_after_latest'; readonly latestDay: string };

/**
 * The checkpoint for `day`, chained to `previous` (the newest one, if any). Days only move forward: a
 * day on or before the newest checkpoint's is refused, so the chain stays in calendar order.
 */
export function nextCheckpoint(
  previous: Checkpoint | undefined,
  input: { readonly day: string; readonly createdAt: string; readonly parts: readonly CheckpointPartRef[] },
  key: string,
): NextCheckpoint {
  if (parseLocalDate(input.day) === undefined) return { ok: false, code: 'invalid_day', field: 'day', message: `must be a calendar date YYYY-MM-DD, got ${JSON.stringify(input.day)}` };
  if (previous !== undefined && input.day <= previous.day) return { ok: false, code: 'not_after_latest', latestDay: previous.day };
  const body = {
    day: input.day,
    n: (previous?.n ?? 0) + 1,
    prev: previous?.mac ?? GENESIS,
    createdAt: input.createdAt,
    caseCount: input.parts.reduce((sum, p) => sum + p.cases, 0),
    parts: input.parts.map((p) => ({ id: p.id, cases: p.cases, mac: p.mac })),
  };
  return { ok: true, checkpoint: { ...body, mac: mac('checkpoint', body, key) } };
}
