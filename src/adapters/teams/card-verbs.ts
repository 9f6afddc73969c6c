import { z } from 'zod';
import { codePoints, hasImiIdLength } from '../../domain/alert-schema.js';
import type { CaseCommand } from '../../domain/case-commands.js';
import type { Role } from '../../domain/roles.js';

/** Every `Action.Execute` verb of spec/card-actions.md; a test checks each has a handler and a card. */
export const VERBS = {
  claim: 'claim', unclaim: 'unclaim', reassign: 'reassign', showDetails: 'showDetails',
  confirmMatch: 'confirmMatch', rejectMatch: 'rejectMatch', requestInfo: 'requestInfo', infoReceived: 'infoReceived',
  handOver: 'handOver', escalate: 'escalate', close: 'close', approve: 'approve', decline: 'decline',
} as const;
export type Verb = (typeof VERBS)[keyof typeof VERBS];

/** Verbs on cards that are not one case's card: the daily no-hit list's sign-off of many alerts in one press. */
export const LIST_VERBS = { signOffNoHits: 'signOffNoHits' } as const;

/**
 * Rules a value broke, as codes: the presser is told them in their own language (presenter.ts). Lengths
 * count characters as people do (Unicode code points), not UTF-16 units.
 */
const text = (min: number, max: number, rule: string) => z.string().trim().refine((v) => codePoints(v) >= min && codePoints(v) <= max, rule);
const reference = z.string({ invalid_type_error: 'text' }).min(1, 'required').refine(hasImiIdLength, 'max_64');

/**
 * The sign-off's data: the alerts the daily list shows (Teams may hand the array over as JSON text) and, from
 * our own card, the list they are on. `caseId` and `version`, which every other button carries, are accepted
 * and not needed: each alert is checked on its own case.
 */
export const SIGN_OFF_DATA = z.object({
  listId: z.string().min(1, 'required').max(200).optional(),
  caseId: z.string().optional(),
  caseIds: z.preprocess((v) => (typeof v === 'string' ? safeJson(v) : v), z.array(reference, { invalid_type_error: 'list', required_error: 'required' }).min(1, 'list_empty').max(1000, 'list_long')),
});

function safeJson(text: string): unknown {
  try { return JSON.parse(text); } catch { return text; }
}

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const date = z.string({ invalid_type_error: 'date' }).date('date');
const reason = text(5, 1000, 'length_5_1000');
const note = z.preprocess(blankToUndefined, text(0, 1000, 'max_1000').optional());
const base = z.object({
  caseId: reference,
  version: z.coerce.number({ invalid_type_error: 'version' }).int('version').min(1, 'version'),
});

export const VERB_DATA = {
  claim: base, unclaim: base, showDetails: base, approve: base,
  reassign: base.extend({ assignee: z.string({ invalid_type_error: 'text' }).min(1, 'required') }),
  confirmMatch: base.extend({ hprNumber: z.string({ invalid_type_error: 'hpr_number' }).regex(/^\d{1,12}$/, 'hpr_number') }),
  rejectMatch: base.extend({ reason }),
  requestInfo: base.extend({ requestedOn: date, dueOn: z.preprocess(blankToUndefined, date.optional()) }),
  infoReceived: base.extend({ receivedOn: date, note }),
  handOver: base.extend({ note }),
  escalate: base.extend({ caseNumber: z.string({ invalid_type_error: 'case_number' }).trim().regex(/^\d{4}\/\d{1,6}$/, 'case_number') }),
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
  const caseId = typeof (raw as { caseId?: unknown } | null)?.caseId === 'string' ? (raw as { caseId: string }).caseId : undefined;
  return { ok: false, caseId, ...firstIssue(result.error) };
}

/** The first field a button's data got wrong and the rule's code (zod's own wording never reaches a person). */
export function firstIssue(error: z.ZodError): { field: string; rule: string } {
  const issue = error.issues[0]!;
  const field = issue.path.filter((p) => typeof p === 'string').join('.') || 'data';
  const missing = issue.code === 'invalid_type' && issue.received === 'undefined';
  return { field, rule: missing ? 'required' : issue.code === 'custom' || !issue.message.includes(' ') ? issue.message : 'invalid' };
}

/** The domain command a verb's validated data stands for (showDetails is a view, not a command). */
export function toCommand(verb: Exclude<Verb, 'showDetails'>, d: Record<string, unknown>, assignee: (id: string) => { name: string; roles: readonly Role[] }): CaseCommand {
  const s = (k: string) => d[k] as string;
  const o = (k: string) => (d[k] as string | undefined) ?? undefined;
  switch (verb) {
    case 'claim': case 'unclaim': case 'approve': return { verb };
    case 'reassign': {
      const who = assignee(s('assignee'));
      return { verb, assignee: { id: s('assignee'), name: who.name }, assigneeRoles: who.roles };
    }
    case 'confirmMatch': return { verb, hprNumber: s('hprNumber') };
    case 'rejectMatch': case 'close': case 'decline': return { verb, reason: s('reason') };
    case 'requestInfo': return { verb, requestedOn: s('requestedOn'), ...(o('dueOn') ? { dueOn: s('dueOn') } : {}) };
    case 'infoReceived': return { verb, receivedOn: s('receivedOn'), ...(o('note') ? { note: s('note') } : {}) };
    case 'handOver': return { verb, ...(o('note') ? { note: s('note') } : {}) };
    case 'escalate': return { verb, caseNumber: s('caseNumber') };
  }
}
