import type { CaseState } from '../case-state.js';
import { CASE_STATES } from '../case-state.js';
import type { StepCode } from '../deadlines/index.js';
import { isLocalDate, openStepOf } from '../deadlines/index.js';
import type { JournalEntry } from '../journal.js';
import type { ScreeningOutcome } from '../matching/index.js';

/** The part of a journal entry the digest reads; hashes play no part in the figures. */
export type DigestEntry = Pick<JournalEntry, 'seq' | 'at' | 'actor' | 'action' | 'from' | 'to' | 'data'>;

/** One case as the digest sees it: its reference (the only identifier a digest shows) and its journal. */
export interface CaseJournal {
  readonly reference: string;
  readonly journal: readonly DigestEntry[];
}

/** A step with a deadline: opened by the entry that moved the case into its state, closed by the one that moved it out. */
export interface StepSpan {
  readonly step: StepCode;
  readonly state: CaseState;
  /** Instant of the opening entry. */
  readonly openedAt: string;
  /** For the answer from the sending country: the dates the officer recorded with `requestInfo`. */
  readonly info?: { readonly requestedOn?: string; readonly dueOn?: string };
  readonly closed?: {
    readonly at: string;
    readonly atMs: number;
    /** True when a person's entry closed it (a case step); false for IMI withdrawal or re-screening. */
    readonly byPerson: boolean;
  };
}

/** A case as it stood at an instant, rebuilt from the journal entries before it. */
export interface CaseAsOf {
  readonly reference: string;
  readonly receivedAt: string;
  readonly receivedMs: number;
  readonly state: CaseState;
  /** The latest screening outcome recorded before the instant; undefined when not yet screened. */
  readonly outcome?: ScreeningOutcome;
  readonly steps: readonly StepSpan[];
}

export type ReadCase =
  | { readonly ok: true; readonly value: CaseAsOf | undefined }
  | { readonly ok: false; readonly problem: string };

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/i;
const OUTCOMES: readonly unknown[] = ['hit', 'possible', 'no_hit'] satisfies ScreeningOutcome[];
const SCREENING_ACTIONS = new Set(['screened', 'found_on_rescreen']);

const isState = (value: unknown): value is CaseState => typeof value === 'string' && Object.hasOwn(CASE_STATES, value);

function instantMs(value: unknown): number {
  return typeof value === 'string' && ISO_INSTANT.test(value) ? Date.parse(value) : Number.NaN;
}

/** The dates recorded by requestInfo, checked; a string for a bad one. */
function infoOf(e: DigestEntry, i: number): StepSpan['info'] | string {
  const info: { requestedOn?: string; dueOn?: string } = {};
  for (const field of ['requestedOn', 'dueOn'] as const) {
    const value = e.data?.[field];
    if (value === undefined || value === null) continue;
    if (!isLocalDate(value)) return `journal[${i}].data.${field} is not a date (YYYY-MM-DD): ${JSON.stringify(value)}`;
    info[field] = value;
  }
  return info;
}

/**
 * The case as it stood just before `endMs`, from its journal alone (never from the stored case state, so a
 * past week can be recomputed). The history used is the longest run of entries, in `seq` order, whose
 * instants are all before `endMs`: an entry at or after it ends the run, so entries appended later never
 * change the result. Returns value undefined when the case had not been received by then, and a problem
 * naming the entry and field when the journal cannot be read (wrong order, unknown state, bad instant).
 */
export function caseAsOf(c: CaseJournal, endMs: number): ReadCase {
  const bad = (problem: string): ReadCase => ({ ok: false, problem });
  let state: CaseState = 'received';
  let received: { at: string; ms: number } | undefined;
  let outcome: ScreeningOutcome | undefined;
  const steps: StepSpan[] = [];
  for (const [i, e] of c.journal.entries()) {
    const ms = instantMs(e.at);
    if (Number.isNaN(ms)) return bad(`journal[${i}].at is not an ISO instant with an offset: ${JSON.stringify(e.at)}`);
    if (ms >= endMs) break;
    if (e.seq !== i + 1) return bad(`journal[${i}].seq is ${JSON.stringify(e.seq)}, expected ${i + 1}`);
    if (!isState(e.from)) return bad(`journal[${i}].from is not a case state: ${JSON.stringify(e.from)}`);
    if (!isState(e.to)) return bad(`journal[${i}].to is not a case state: ${JSON.stringify(e.to)}`);
    if (i === 0 && e.action !== 'received') return bad(`journal[0].action is ${JSON.stringify(e.action)}, expected "received"`);
    if (e.from !== state) return bad(`journal[${i}].from is "${e.from}", but the case was in "${state}"`);
    if (i === 0) received = { at: e.at, ms };
    if (SCREENING_ACTIONS.has(e.action) && OUTCOMES.includes(e.data?.outcome)) outcome = e.data!.outcome as ScreeningOutcome;
    if (e.to === e.from) continue;
    const open = steps.at(-1);
    if (open && !open.closed) steps[steps.length - 1] = { ...open, closed: { at: e.at, atMs: ms, byPerson: e.actor?.kind === 'user' } };
    state = e.to;
    const step = openStepOf(state);
    if (!step) continue;
    const info = step === 'country_answer' ? infoOf(e, i) : undefined;
    if (typeof info === 'string') return bad(info);
    steps.push({ step, state, openedAt: e.at, ...(info ? { info } : {}) });
  }
  if (!received) return { ok: true, value: undefined };
  return { ok: true, value: { reference: c.reference, receivedAt: received.at, receivedMs: received.ms, state, ...(outcome ? { outcome } : {}), steps } };
}
