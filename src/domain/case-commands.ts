import type { Officer } from './case.js';
import type { Role } from './roles.js';

/** What an officer asks of a case. Verb names are those of spec/card-actions.md. */
export type CaseCommand =
  | { readonly verb: 'claim' }
  | { readonly verb: 'unclaim' }
  /** `assigneeRoles`: the assignee's roles in the roles file; they must include the case's department. */
  | { readonly verb: 'reassign'; readonly assignee: Officer; readonly assigneeRoles: readonly Role[] }
  | { readonly verb: 'confirmMatch'; readonly hprNumber: string }
  | { readonly verb: 'rejectMatch'; readonly reason: string }
  | { readonly verb: 'requestInfo'; readonly requestedOn: string; readonly dueOn?: string }
  | { readonly verb: 'infoReceived'; readonly receivedOn: string; readonly note?: string }
  | { readonly verb: 'handOver'; readonly note?: string }
  | { readonly verb: 'escalate'; readonly caseNumber: string }
  | { readonly verb: 'close'; readonly reason: string }
  | { readonly verb: 'approve' }
  | { readonly verb: 'decline'; readonly reason: string }
  | { readonly verb: 'signOff' };

export type CaseVerb = CaseCommand['verb'];

/** Stable refusal codes: they appear in the journal and select the text shown to the presser. */
export type RefusalCode =
  | 'not_permitted'
  | 'outdated'
  | 'invalid_step'
  | 'already_claimed'
  | 'held_by_other'
  | 'not_holder'
  | 'own_proposal'
  | 'invalid_input';

export interface Refusal {
  readonly ok: false;
  readonly code: RefusalCode;
  /** For `invalid_input`: the field and the rule it broke. */
  readonly field?: string;
  readonly rule?: string;
  /** For `already_claimed` / `held_by_other` / `outdated`: who holds or last changed the case. */
  readonly by?: Officer | 'system';
}

export function refuse(code: RefusalCode, extra: Omit<Refusal, 'ok' | 'code'> = {}): Refusal {
  return { ok: false, code, ...extra };
}
