import { toLocalDate } from '../domain/deadlines/local-date.js';
import { checkpointIsAuthentic } from '../domain/journal-checkpoint.js';
import type { CaseMark, Checkpoint } from '../domain/journal-checkpoint.js';
import { checkCase, checkpointOverdue, verifyCheckpointChain, verifyParts } from '../domain/journal-integrity.js';
import type { IntegrityProblem } from '../domain/journal-integrity.js';
import type { CheckpointRepository } from './checkpoint-ports.js';
import type { CaseRepository, Clock, StoredCaseRecord } from './ports.js';

export interface VerifyDeps {
  readonly cases: CaseRepository;
  readonly checkpoints: CheckpointRepository;
  readonly clock: Clock;
  readonly journalKey: string;
  readonly timeZone: string;
}

export interface VerifyOptions {
  /** Calendar days the newest checkpoint may lag behind today (default 2: one missed nightly run is tolerated). */
  readonly maxCheckpointAgeDays?: number;
  /** Also check the parts of every older checkpoint, not only the newest's (reads every part ever written). */
  readonly allParts?: boolean;
}

export interface VerifyReport {
  readonly today: string;
  readonly cases: number;
  readonly entries: number;
  readonly checkpoints: number;
  /** The newest authentic checkpoint, which every case was compared with. */
  readonly comparedWith?: { readonly day: string; readonly n: number; readonly caseCount: number; readonly mac: string };
  readonly problems: readonly IntegrityProblem[];
  readonly intact: boolean;
}

export const DEFAULT_MAX_CHECKPOINT_AGE_DAYS = 2;

/**
 * Checks every case's journal (changed, removed, reordered entries, forged heads, rewrites without the
 * key) and compares it with the newest authentic checkpoint (deleted cases, truncations and rollbacks,
 * rewrites since), and checks the chain of checkpoints (removed, changed, overdue). Reads only; never
 * throws on what it finds, only on store failures. Cases are streamed one at a time.
 */
export async function verifyJournals(deps: VerifyDeps, options: VerifyOptions = {}): Promise<VerifyReport> {
  const today = toLocalDate(deps.clock.now(), deps.timeZone);
  const checkpoints = await deps.checkpoints.list();
  const problems: IntegrityProblem[] = verifyCheckpointChain(checkpoints, deps.journalKey);
  const trusted = checkpoints.filter((cp) => checkpointIsAuthentic(cp, deps.journalKey)).at(-1);
  const marks = new Map<string, CaseMark>();
  for (const cp of checkpoints) {
    if (cp !== trusted && !(options.allParts && checkpointIsAuthentic(cp, deps.journalKey))) continue;
    const checked = verifyParts(cp, await Promise.all(cp.parts.map((p) => deps.checkpoints.getPart(p.id))), deps.journalKey);
    problems.push(...checked.problems);
    if (cp === trusted) for (const m of checked.marks) marks.set(m.imiId, m);
  }

  let cases = 0;
  let entries = 0;
  let oldestDay: string | undefined;
  for await (const rec of deps.cases.all()) {
    const imiId = typeof rec.case?.imiId === 'string' ? rec.case.imiId : '(unknown)';
    cases += 1;
    entries += Array.isArray(rec.journal) ? rec.journal.length : 0;
    const mark = marks.get(imiId);
    marks.delete(imiId);
    problems.push(...checkCase(imiId, rec.journal, rec.head, mark && trusted ? { mark, day: trusted.day } : undefined, deps.journalKey));
    const first = firstDay(rec, deps.timeZone);
    if (first !== undefined && (oldestDay === undefined || first < oldestDay)) oldestDay = first;
  }
  for (const mark of marks.values()) problems.push({ kind: 'case_missing', imiId: mark.imiId, day: trusted!.day, count: mark.count });

  const latest = checkpoints.at(-1);
  const overdue = checkpointOverdue(latest?.day, oldestDay, today, options.maxCheckpointAgeDays ?? DEFAULT_MAX_CHECKPOINT_AGE_DAYS);
  if (overdue) problems.push(overdue);
  return { today, cases, entries, checkpoints: checkpoints.length, ...(trusted ? { comparedWith: summary(trusted) } : {}), problems, intact: problems.length === 0 };
}

function summary(cp: Checkpoint) {
  return { day: cp.day, n: cp.n, caseCount: cp.caseCount, mac: cp.mac };
}

/** The local day of a case's first journal entry, if it has a readable one. */
function firstDay(rec: StoredCaseRecord, timeZone: string): string | undefined {
  const at = Array.isArray(rec.journal) ? rec.journal[0]?.at : undefined;
  if (typeof at !== 'string') return undefined;
  try {
    return toLocalDate(at, timeZone);
  } catch {
    // A damaged timestamp is reported through the entry's hash; it just cannot date the case.
    return undefined;
  }
}
