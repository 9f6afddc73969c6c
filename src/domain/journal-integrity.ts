import { checkpointIsAuthentic, partIsAuthentic } from './journal-checkpoint.js';
import type { CaseMark, Checkpoint, CheckpointPart } from './journal-checkpoint.js';
import { GENESIS, verifyJournal } from './journal.js';
import type { JournalEntry, JournalHead, JournalProblem } from './journal.js';
import { daysBetween, parseLocalDate } from './deadlines/local-date.js';

/** What a check of one case found: its own chain's problems, and how it compares with the checkpoint. */
export type CaseProblem =
  | (JournalProblem & { readonly imiId: string })
  /** The checkpoint of `day` recorded this case; it is no longer in the store. */
  | { readonly kind: 'case_missing'; readonly imiId: string; readonly day: string; readonly count: number }
  /** Fewer entries are stored than the checkpoint of `day` recorded: cut back, or rolled back to an older copy. */
  | { readonly kind: 'case_truncated'; readonly imiId: string; readonly day: string; readonly recorded: number; readonly stored: number }
  /** The entry at `seq` is not the one the checkpoint of `day` recorded: the history was rewritten. */
  | { readonly kind: 'case_diverged'; readonly imiId: string; readonly day: string; readonly seq: number };

/** What a check of the checkpoints themselves found. */
export type CheckpointProblem =
  | { readonly kind: 'checkpoint_forged'; readonly day: string; readonly n: number }
  | { readonly kind: 'checkpoint_missing'; readonly fromN: number; readonly toN: number; readonly afterDay?: string; readonly beforeDay: string }
  | { readonly kind: 'checkpoint_broken_link'; readonly day: string; readonly n: number }
  | { readonly kind: 'checkpoint_duplicate'; readonly day: string; readonly n: number }
  | { readonly kind: 'checkpoint_out_of_order'; readonly day: string; readonly afterDay: string }
  | { readonly kind: 'checkpoint_part_missing'; readonly day: string; readonly part: string }
  | { readonly kind: 'checkpoint_part_forged'; readonly day: string; readonly part: string }
  /** No checkpoint for more than the allowed days: the daily job is not running, or recent ones were removed. */
  | { readonly kind: 'checkpoint_overdue'; readonly today: string; readonly latestDay?: string; readonly days: number };

export type IntegrityProblem = CaseProblem | CheckpointProblem;

/** The mark a checkpoint records for a case: its head, or what its journal shows if the head is unusable. */
export function markOf(imiId: string, journal: readonly JournalEntry[], head: JournalHead): CaseMark {
  if (typeof head?.count === 'number' && typeof head.hash === 'string') return { imiId, count: head.count, hash: head.hash };
  const list = Array.isArray(journal) ? journal : [];
  return { imiId, count: list.length, hash: list.at(-1)?.hash ?? GENESIS };
}

/** Whether the stored journal still extends what the checkpoint of `day` recorded for the case. */
export function compareWithMark(mark: CaseMark, journal: readonly JournalEntry[], day: string): CaseProblem[] {
  const list: readonly Partial<JournalEntry>[] = Array.isArray(journal) ? journal : [];
  if (list.length < mark.count) return [{ kind: 'case_truncated', imiId: mark.imiId, day, recorded: mark.count, stored: list.length }];
  const recorded = mark.count === 0 ? GENESIS : list[mark.count - 1]?.hash;
  return recorded === mark.hash ? [] : [{ kind: 'case_diverged', imiId: mark.imiId, day, seq: mark.count }];
}

/**
 * Every problem with one case: its chain against its head and key, and, when a checkpoint recorded it,
 * whether the chain still extends that record.
 */
export function checkCase(
  imiId: string, journal: readonly JournalEntry[], head: JournalHead, recorded: { readonly mark: CaseMark; readonly day: string } | undefined, key: string,
): CaseProblem[] {
  const own: CaseProblem[] = verifyJournal(imiId, journal, head, key).map((p) => ({ ...p, imiId }));
  return recorded === undefined ? own : [...own, ...compareWithMark(recorded.mark, journal, recorded.day)];
}

/**
 * What the next checkpoint records for a case: its current head when that extends the previous record,
 * else the previous record again, so a truncation or rewrite is never blessed by a later checkpoint and
 * keeps being reported until someone looks into it.
 */
export function nextMark(
  imiId: string, journal: readonly JournalEntry[], head: JournalHead, previous: { readonly mark: CaseMark; readonly day: string } | undefined,
): { readonly mark: CaseMark; readonly problem?: CaseProblem } {
  const current = markOf(imiId, journal, head);
  if (previous === undefined) return { mark: current };
  const [problem] = compareWithMark(previous.mark, journal, previous.day);
  if (problem !== undefined) return { mark: previous.mark, problem };
  if (current.count < previous.mark.count) {
    return { mark: previous.mark, problem: { kind: 'case_truncated', imiId, day: previous.day, recorded: previous.mark.count, stored: current.count } };
  }
  return { mark: current };
}

/** Checks the chain of checkpoints, given oldest first by `n`: MACs, numbering, links and day order. */
export function verifyCheckpointChain(checkpoints: readonly Checkpoint[], key: string): CheckpointProblem[] {
  const problems: CheckpointProblem[] = [];
  let before: Checkpoint | undefined;
  for (const cp of checkpoints) {
    if (!checkpointIsAuthentic(cp, key)) problems.push({ kind: 'checkpoint_forged', day: String(cp.day), n: cp.n });
    const expected = (before?.n ?? 0) + 1;
    if (cp.n > expected) {
      problems.push({ kind: 'checkpoint_missing', fromN: expected, toN: cp.n - 1, ...(before ? { afterDay: before.day } : {}), beforeDay: cp.day });
    } else if (cp.n < expected) {
      problems.push({ kind: 'checkpoint_duplicate', day: cp.day, n: cp.n });
    } else if (cp.prev !== (before?.mac ?? GENESIS)) {
      problems.push({ kind: 'checkpoint_broken_link', day: cp.day, n: cp.n });
    }
    if (before !== undefined && !(cp.day > before.day)) problems.push({ kind: 'checkpoint_out_of_order', day: cp.day, afterDay: before.day });
    before = cp;
  }
  return problems;
}

/**
 * Checks a checkpoint's parts (given in the order the checkpoint lists them, undefined where none was
 * found) and returns the marks of the authentic ones, which alone may be trusted.
 */
export function verifyParts(checkpoint: Checkpoint, parts: readonly (CheckpointPart | undefined)[], key: string): { problems: CheckpointProblem[]; marks: CaseMark[] } {
  const problems: CheckpointProblem[] = [];
  const marks: CaseMark[] = [];
  checkpoint.parts.forEach((ref, i) => {
    const part = parts[i];
    if (part === undefined) problems.push({ kind: 'checkpoint_part_missing', day: checkpoint.day, part: ref.id });
    else if (part.mac !== ref.mac || !partIsAuthentic(part, key) || !Array.isArray(part.marks)) problems.push({ kind: 'checkpoint_part_forged', day: checkpoint.day, part: ref.id });
    else marks.push(...part.marks);
  });
  return { problems, marks };
}

/**
 * A problem when the newest checkpoint (or, with none at all, the oldest case) is more than `maxAgeDays`
 * calendar days before `today`. Removing the newest checkpoints leaves no gap in the chain; only their
 * absence shows, so a daily job that stops, and a recent checkpoint removed, look the same here.
 */
export function checkpointOverdue(latestDay: string | undefined, oldestCaseDay: string | undefined, today: string, maxAgeDays: number): CheckpointProblem | undefined {
  const end = parseLocalDate(today);
  const since = parseLocalDate(latestDay ?? oldestCaseDay ?? '');
  if (end === undefined || since === undefined) return undefined;
  const days = daysBetween(since, end);
  if (days <= maxAgeDays) return undefined;
  return { kind: 'checkpoint_overdue', today, ...(latestDay !== undefined ? { latestDay } : {}), days };
}
