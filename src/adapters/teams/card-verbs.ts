import { z } from 'zod';
import type { CaseCommand } from '../../domain/case-commands.js';

/** Every `Action.Execute` verb of spec/card-actions.md; a test checks each has a handler and a card. */
export const VERBS = {
  claim: 'claim', unclaim: 'unclaim', reassign: 'reassign', showDetails: 'showDetails',
  confirmMatch: 'confirmMatch', rejectMatch: 'rejectMatch', requestInfo: 'requestInfo', infoReceived: 'infoReceived',
  handOver: 'handOver', escalate: 'escalate', close: 'close', approve: 'approve', decline: 'decline',
} as const;
export type Verb = (typeof VERBS)[keyof typeof VERBS];

/** Verbs on cards that are not one case's card: the daily no-hit list's sign-off of many alerts in one press. */
export const LIST_VERBS = { signOffNoHits: 'signOffNoHits' } as const;

/** The sign-off's data: the list and the alerts it shows (Teams may hand the array over as JSON text). */
export const SIGN_OFF_DATA = z.object({
  listId: z.string().min(1, 'required').max(200),
  caseIds: z.preprocess((v) => (typeof v === 'string' ? safeJson(v) : v), z.array(z.string().min(1).max(64), { message: 'must be a list of references' }).min(1, 'must name at least one alert').max(1000)),
});

function safeJson(text: string): unknown {
  try { return JSON.parse(text); } catch { return text; }
}

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const date = z.string().date('must be a date YYYY-MM-DD');
const reason = z.string().trim().min(5, 'must be 5 to 1000 characters').max(1000, 'must be 5 to 1000 characters');
const note = z.preprocess(blankToUndefined, z.string().trim().max(1000, 'must be at most 1000 characters').optional());
const base = z.object({
  caseId: z.string().min(1, 'required').max(64),
  version: z.coerce.number().int().min(1, 'must be a positive whole number'),
});

export const VERB_DATA = {
  claim: base, unclaim: base, showDetails: base, approve: base,
  reassign: base.extend({ assignee: z.string().min(1, 'required') }),
  confirmMatch: base.extend({ hprNumber: z.string().regex(/^\d{1,12}$/, 'must be an HPR number') }),
  rejectMatch: base.extend({ reason }),
  requestInfo: base.extend({ requestedOn: date, dueOn: z.preprocess(blankToUndefined, date.optional()) }),
  infoReceived: base.extend({ receivedOn: date, note }),
  handOver: base.extend({ note }),
  escalate: base.extend({ caseNumber: z.string().trim().regex(/^\d{4}\/\d{1,6}$/, 'must look like 2026/12345') }),
  close: base.extend({ reason }),
  decline: base.extend({ reason }),
} satisfies Record<Verb, z.ZodTypeAny>;

export type VerbData<V extends Verb> = z.infer<(typeof VERB_DATA)[V]>;

export type ParsedVerb = { ok: true; caseId: string; version: number; data: Record<string, unknown> } | { ok: false; caseId?: string; field: string; rule: string };

/** Validates a button's data; on failure names the first field and its rule. */
export function parseVerbData(verb: Verb, raw: unknown): ParsedVerb {
  const result = VERB_DATA[verb].safeParse(raw);
  if (result.success) {
    const data = result.data as Record<string, unknown> & { caseId: string; version: number };
    return { ok: true, caseId: data.caseId, version: data.version, data };
  }
  const issue = result.error.issues[0]!;
  const caseId = typeof (raw as { caseId?: unknown } | null)?.caseId === 'string' ? (raw as { caseId: string }).caseId : undefined;
  return { ok: false, caseId, field: issue.path.join('.') || 'data', rule: issue.message === 'Required' ? 'required' : issue.message };
}

/** The domain command a verb's validated data stands for (showDetails is a view, not a command). */
export function toCommand(verb: Exclude<Verb, 'showDetails'>, d: Record<string, unknown>, assigneeName: (id: string) => string): CaseCommand {
  const s = (k: string) => d[k] as string;
  const o = (k: string) => (d[k] as string | undefined) ?? undefined;
  switch (verb) {
    case 'claim': case 'unclaim': case 'approve': return { verb };
    case 'reassign': return { verb, assignee: { id: s('assignee'), name: assigneeName(s('assignee')) } };
    case 'confirmMatch': return { verb, hprNumber: s('hprNumber') };
    case 'rejectMatch': case 'close': case 'decline': return { verb, reason: s('reason') };
    case 'requestInfo': return { verb, requestedOn: s('requestedOn'), ...(o('dueOn') ? { dueOn: s('dueOn') } : {}) };
    case 'infoReceived': return { verb, receivedOn: s('receivedOn'), ...(o('note') ? { note: s('note') } : {}) };
    case 'handOver': return { verb, ...(o('note') ? { note: s('note') } : {}) };
    case 'escalate': return { verb, caseNumber: s('caseNumber') };
  }
}
