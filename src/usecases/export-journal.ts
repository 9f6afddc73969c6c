import type { CaseState } from '../domain/case-state.js';
import { checkpointIsAuthentic } from '../domain/journal-checkpoint.js';
import type { Checkpoint } from '../domain/journal-checkpoint.js';
import { checkCase, verifyParts } from '../domain/journal-integrity.js';
import type { IntegrityProblem } from '../domain/journal-integrity.js';
import type { JournalEntry, JournalHead } from '../domain/journal.js';
import type { CheckpointRepository } from './checkpoint-ports.js';
import type { CaseRepository, Clock } from './ports.js';

export interface ExportDeps {
  readonly cases: CaseRepository;
  readonly checkpoints: CheckpointRepository;
  readonly clock: Clock;
  readonly journalKey: string;
}

/**
 * One case's history for the archive. The alert's identity fields are not copied in; entries are exactly as
 * stored (so their hashes can be checked), which includes the HPR number a `match_confirmed` entry records.
 */
export interface JournalExport {
  readonly format: 'imi-alert-desk/journal-export';
  readonly formatVersion: 1;
  readonly exportedAt: string;
  readonly case: {
    readonly imiId: string;
    readonly type: string;
    readonly sendingCountry: string;
    readonly profession: string;
    readonly receivedAt: string;
    readonly state: CaseState;
    readonly version: number;
    /** The supervision case number (escalated) or the reason (closed), once decided. */
    readonly outcome?: { readonly caseNumber?: string; readonly reason?: string };
  };
  /** Each state the case was in, from the entry that put it there. */
  readonly states: readonly { readonly state: CaseState; readonly since: string; readonly seq: number; readonly action: string }[];
  /** Every entry as stored: actor, time, action, reason, card version, data, and the hash chain. */
  readonly entries: readonly JournalEntry[];
  readonly head: JournalHead;
  readonly verification: {
    readonly intact: boolean;
    readonly problems: readonly IntegrityProblem[];
    /** What the newest authentic checkpoint recorded for this case, if it had been checkpointed. */
    readonly checkpoint?: { readonly day: string; readonly n: number; readonly count: number; readonly hash: string };
  };
}

/**
 * One case's journal as JSON for the archive, with the result of verifying it against its head, the key
 * and the newest authentic checkpoint. `found: false` when there is no case with that imiId.
 */
export async function exportCaseJournal(deps: ExportDeps, imiId: string): Promise<{ found: false } | { found: true; export: JournalExport }> {
  const rec = await deps.cases.get(imiId);
  if (!rec) return { found: false };
  const checkpoints = await deps.checkpoints.list();
  const trusted = checkpoints.filter((cp) => checkpointIsAuthentic(cp, deps.journalKey)).at(-1);
  const recorded = trusted ? await markIn(deps, trusted, imiId) : undefined;
  const problems: IntegrityProblem[] = [...(recorded?.problems ?? []), ...checkCase(imiId, rec.journal, rec.head, recorded?.mark && trusted ? { mark: recorded.mark, day: trusted.day } : undefined, deps.journalKey)];
  const c = rec.case;
  return {
    found: true,
    export: {
      format: 'imi-alert-desk/journal-export',
      formatVersion: 1,
      exportedAt: deps.clock.now().toISOString(),
      case: {
        imiId: c.imiId, type: c.alert.type, sendingCountry: c.alert.sendingCountry, profession: c.alert.profession,
        receivedAt: c.receivedAt, state: c.state, version: c.version, ...(c.outcome ? { outcome: c.outcome } : {}),
      },
      states: statesOf(rec.journal),
      entries: rec.journal,
      head: rec.head,
      verification: {
        intact: problems.length === 0,
        problems,
        ...(recorded?.mark && trusted ? { checkpoint: { day: trusted.day, n: trusted.n, count: recorded.mark.count, hash: recorded.mark.hash } } : {}),
      },
    },
  };
}

function statesOf(journal: readonly JournalEntry[]): JournalExport['states'] {
  const out: { state: CaseState; since: string; seq: number; action: string }[] = [];
  for (const e of journal) {
    if (out.length === 0 || e.to !== out.at(-1)!.state) out.push({ state: e.to, since: e.at, seq: e.seq, action: e.action });
  }
  return out;
}

/**
 * The checkpoint's record of one case (its parts are a few dozen documents at most). Damaged parts matter
 * to this case only when its record is not in an authentic one: then they may be what hides it.
 */
async function markIn(deps: ExportDeps, checkpoint: Checkpoint, imiId: string) {
  const parts = await Promise.all(checkpoint.parts.map((p) => deps.checkpoints.getPart(p.id)));
  const { problems, marks } = verifyParts(checkpoint, parts, deps.journalKey);
  const mark = marks.find((m) => m.imiId === imiId);
  return { problems: mark ? [] : problems, mark };
}
