import type { RegisterIndex } from '../domain/matching/index.js';
import type { JournalEntry } from '../domain/journal.js';
import type { WriterDeps } from './case-writer.js';
import { mutateCase } from './case-writer.js';
import type { CaseRecord, Clock } from './ports.js';

export interface DepartureReport {
  /** Cases that name a register person the snapshot no longer holds, journaled now. */
  readonly removed: number;
  /** Cases whose journaled departure is undone: the person is back in the register. */
  readonly restored: number;
}

const REMOVED = 'register_row_removed';
const RESTORED = 'register_row_restored';

/** The register people a case names: its screening candidates and the match an officer confirmed. */
function named(rec: CaseRecord): Set<string> {
  const c = rec.case;
  return new Set([...(c.screening?.candidates ?? []).map((k) => k.hprNumber), ...(c.confirmedHpr ? [c.confirmedHpr] : [])]);
}

/** For each register person a journal has marked, whether the last mark says they left. */
function marked(journal: readonly JournalEntry[]): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const e of journal) {
    const hpr = (e.data as { hprNumber?: unknown } | undefined)?.hprNumber;
    if (typeof hpr === 'string' && (e.action === REMOVED || e.action === RESTORED)) out.set(hpr, e.action === REMOVED);
  }
  return out;
}

function departures(rec: CaseRecord, register: RegisterIndex) {
  const marks = marked(rec.journal);
  const removed: string[] = [];
  const restored: string[] = [];
  for (const hpr of named(rec)) {
    const gone = register.person(hpr) === undefined;
    if (gone && marks.get(hpr) !== true) removed.push(hpr);
    if (!gone && marks.get(hpr) === true) restored.push(hpr);
  }
  return { removed, restored };
}

/**
 * spec/register.md: a row that disappears is reported, never silently forgotten. After a new snapshot (or at
 * start, when it changed while the bot was down and the rows before are unknown), every case that names a
 * person the register no longer holds gets a journal entry saying so, with the number, and an entry again if
 * the person comes back. The journal is where the number may be written; logs get counts. Nothing else on the
 * case changes: *Show details* already says of such a candidate that it is no longer in the register.
 */
export async function journalRegisterDepartures(deps: WriterDeps & { readonly clock: Clock }, register: RegisterIndex): Promise<DepartureReport> {
  let removed = 0;
  let restored = 0;
  for await (const found of deps.cases.all()) {
    const first = departures(found, register);
    if (first.removed.length === 0 && first.restored.length === 0) continue;
    const out = await mutateCase(deps, found.case.imiId, (rec) => {
      const d = departures(rec, register);
      if (d.removed.length === 0 && d.restored.length === 0) return { result: { removed: 0, restored: 0 } };
      const state = rec.case.state;
      const drafts = [
        ...d.removed.map((hprNumber) => ({ action: REMOVED, from: state, to: state, data: { hprNumber } })),
        ...d.restored.map((hprNumber) => ({ action: RESTORED, from: state, to: state, data: { hprNumber } })),
      ];
      return { result: { removed: d.removed.length, restored: d.restored.length }, change: { next: rec.case, drafts, actor: { kind: 'system' }, at: deps.clock.now().toISOString() } };
    });
    if (out.found && out.result.removed > 0) removed++;
    if (out.found && out.result.restored > 0) restored++;
  }
  return { removed, restored };
}
