import { parseLocalDate } from '../domain/deadlines/local-date.js';
import { checkpointIsAuthentic, MARKS_PER_PART, nextCheckpoint, sealPart } from '../domain/journal-checkpoint.js';
import type { CaseMark, Checkpoint, CheckpointPartRef } from '../domain/journal-checkpoint.js';
import { nextMark, verifyParts } from '../domain/journal-integrity.js';
import type { CaseProblem, CheckpointProblem } from '../domain/journal-integrity.js';
import type { CheckpointRepository } from './checkpoint-ports.js';
import type { CaseRepository, Clock, IdGenerator } from './ports.js';

export interface CheckpointDeps {
  readonly cases: CaseRepository;
  readonly checkpoints: CheckpointRepository;
  readonly ids: IdGenerator;
  readonly clock: Clock;
  readonly journalKey: string;
  /** Cases per stored part; MARKS_PER_PART unless a test wants small parts. */
  readonly partSize?: number;
}

export type CheckpointResult =
  | {
    readonly written: true;
    readonly day: string;
    readonly n: number;
    readonly cases: number;
    readonly parts: number;
    /** Cases whose stored chain no longer extends the previous checkpoint: their earlier record was kept. */
    readonly carried: readonly CaseProblem[];
  }
  | { readonly written: false; readonly reason: 'exists'; readonly day: string }
  | { readonly written: false; readonly reason: 'invalid_day'; readonly field: 'day'; readonly message: string }
  | { readonly written: false; readonly reason: 'not_after_latest'; readonly day: string; readonly latestDay: string }
  /** The newest checkpoint is damaged; building on it would hide that. Run `npm run journal:verify`. */
  | { readonly written: false; readonly reason: 'previous_damaged'; readonly day: string; readonly problems: readonly CheckpointProblem[] };

/**
 * Writes the journal checkpoint of `day` (YYYY-MM-DD in TIME_ZONE): every case's chain head, sealed with
 * JOURNAL_KEY and chained to the newest checkpoint. The daily scheduler calls this once a day, after the
 * day's work (CHECKPOINT_CRON); calling it from any number of instances is safe:
 * - a day that already has a checkpoint is left alone (`{ written: false, reason: 'exists' }`), also when
 *   two runs race, because the checkpoint is committed with create-if-absent and the loser removes its parts;
 * - days only move forward: a day on or before the newest checkpoint's is refused (`not_after_latest`);
 * - a case whose chain no longer extends the previous checkpoint (deleted, truncated, rewritten) keeps its
 *   earlier record, so the damage stays visible to `journal:verify`; the result lists those cases in
 *   `carried`, which the caller should log as an error (they are references, never identity data);
 * - a damaged newest checkpoint stops the chain (`previous_damaged`) until someone has looked at it.
 * Cases are streamed; memory holds the previous checkpoint's marks and one part, not the case documents.
 * Store failures throw; the next scheduled run tries again.
 */
export async function writeCheckpoint(deps: CheckpointDeps, day: string): Promise<CheckpointResult> {
  if (parseLocalDate(day) === undefined) return { written: false, reason: 'invalid_day', field: 'day', message: `must be a calendar date YYYY-MM-DD, got ${JSON.stringify(day)}` };
  if (await deps.checkpoints.get(day)) return { written: false, reason: 'exists', day };
  const previous = await deps.checkpoints.latest();
  if (previous !== undefined && day <= previous.day) return { written: false, reason: 'not_after_latest', day, latestDay: previous.day };
  const base = await previousMarks(deps, previous);
  if (!base.ok) return { written: false, reason: 'previous_damaged', day, problems: base.problems };

  const runId = deps.ids.next();
  const size = deps.partSize ?? MARKS_PER_PART;
  const refs: CheckpointPartRef[] = [];
  const carried: CaseProblem[] = [];
  let buffer: CaseMark[] = [];
  const flush = async () => {
    if (buffer.length === 0) return;
    const part = sealPart({ id: `${day}.${runId}.${String(refs.length + 1).padStart(4, '0')}`, day, index: refs.length + 1, marks: buffer }, deps.journalKey);
    await deps.checkpoints.putPart(part);
    refs.push({ id: part.id, cases: part.marks.length, mac: part.mac });
    buffer = [];
  };
  const record = async (mark: CaseMark) => {
    buffer.push(mark);
    if (buffer.length >= size) await flush();
  };

  for await (const rec of deps.cases.all()) {
    const imiId = rec.case.imiId;
    const before = base.marks.get(imiId);
    base.marks.delete(imiId);
    const next = nextMark(imiId, rec.journal, rec.head, before && previous ? { mark: before, day: previous.day } : undefined);
    if (next.problem) carried.push(next.problem);
    await record(next.mark);
  }
  // Cases the previous checkpoint had that are gone now: they were deleted, and stay on record as such.
  for (const mark of base.marks.values()) {
    carried.push({ kind: 'case_missing', imiId: mark.imiId, day: previous!.day, count: mark.count });
    await record(mark);
  }
  await flush();

  const next = nextCheckpoint(previous, { day, createdAt: deps.clock.now().toISOString(), parts: refs }, deps.journalKey);
  if (!next.ok) {
    await removeParts(deps, refs);
    return next.code === 'invalid_day'
      ? { written: false, reason: 'invalid_day', field: 'day', message: next.message }
      : { written: false, reason: 'not_after_latest', day, latestDay: next.latestDay };
  }
  if ((await deps.checkpoints.create(next.checkpoint)) === 'exists') {
    await removeParts(deps, refs);
    return { written: false, reason: 'exists', day };
  }
  return { written: true, day, n: next.checkpoint.n, cases: next.checkpoint.caseCount, parts: refs.length, carried };
}

async function previousMarks(deps: CheckpointDeps, previous: Checkpoint | undefined): Promise<{ ok: true; marks: Map<string, CaseMark> } | { ok: false; problems: CheckpointProblem[] }> {
  if (previous === undefined) return { ok: true, marks: new Map() };
  if (!checkpointIsAuthentic(previous, deps.journalKey)) return { ok: false, problems: [{ kind: 'checkpoint_forged', day: previous.day, n: previous.n }] };
  const parts = await Promise.all(previous.parts.map((p) => deps.checkpoints.getPart(p.id)));
  const { problems, marks } = verifyParts(previous, parts, deps.journalKey);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, marks: new Map(marks.map((m) => [m.imiId, m])) };
}

async function removeParts(deps: CheckpointDeps, refs: readonly CheckpointPartRef[]): Promise<void> {
  for (const ref of refs) await deps.checkpoints.deletePart(ref.id);
}
