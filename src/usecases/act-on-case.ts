import type { CaseCommand, Refusal } from '../domain/case-commands.js';
import type { JournalDraft } from '../domain/case-machine.js';
import { decide } from '../domain/case-machine.js';
import type { Case } from '../domain/case.js';
import type { Actor } from '../domain/roles.js';
import type { WriterDeps } from './case-writer.js';
import { mutateCase } from './case-writer.js';
import type { CaseRecord, Clock } from './ports.js';

export interface ActDeps extends WriterDeps {
  readonly clock: Clock;
  /** Today's date (YYYY-MM-DD) in the authority's time zone. */
  readonly today: (now: Date) => string;
}

export type ActResult =
  | { readonly ok: true; readonly record: CaseRecord; readonly changed: boolean }
  | { readonly ok: false; readonly refusal: Refusal; readonly record: CaseRecord }
  | { readonly ok: false; readonly refusal: { code: 'not_found' } };

/**
 * Carries out one officer's command on one case, as a card button, a chat command or the API asks.
 * A refusal changes nothing but is journaled, so every attempt, allowed or not, is on record.
 */
export async function actOnCase(deps: ActDeps, imiId: string, command: CaseCommand, actor: Actor, cardVersion: number): Promise<ActResult> {
  const out = await mutateCase(deps, imiId, (rec) => {
    const now = deps.clock.now();
    const at = now.toISOString();
    const decision = decide(rec.case, command, actor, { now: at, today: deps.today(now), cardVersion });
    const who = { kind: 'user' as const, id: actor.id, name: actor.name };
    if (!decision.ok) {
      const draft = refusedDraft(rec.case, command.verb, decision.code, decision.field);
      return { result: decision as Refusal | { changed: boolean }, change: { next: rec.case, drafts: [draft], actor: who, at, cardVersion } };
    }
    if (!decision.changed) return { result: { changed: false } };
    return { result: { changed: true }, change: { next: decision.next, drafts: [decision.journal], actor: who, at, cardVersion } };
  });
  if (!out.found) return { ok: false, refusal: { code: 'not_found' } };
  const result = out.result;
  if ('changed' in result) return { ok: true, record: out.record, changed: result.changed };
  return { ok: false, refusal: result, record: out.record };
}

/** The journal entry of a refused attempt: nothing changes, but the attempt is on record. */
export function refusedDraft(c: Case, verb: string, code: string, field?: string): JournalDraft {
  return { action: 'refused', from: c.state, to: c.state, data: { verb, code, ...(field ? { field } : {}) } };
}

/**
 * Journals an entry by a person that changes nothing on the case (a refusal, a viewing of identity data).
 * Returns the record as written, or undefined when there is no such case.
 */
export async function journalOnly(deps: ActDeps, imiId: string, actor: Actor, draft: (c: Case) => JournalDraft, cardVersion: number | undefined): Promise<CaseRecord | undefined> {
  const out = await mutateCase(deps, imiId, (rec) => ({
    result: undefined,
    change: {
      next: rec.case,
      drafts: [draft(rec.case)],
      actor: { kind: 'user', id: actor.id, name: actor.name },
      at: deps.clock.now().toISOString(),
      ...(cardVersion !== undefined ? { cardVersion } : {}),
    },
  }));
  return out.found ? out.record : undefined;
}

/** Journals a refusal decided before the domain saw the command (bad card input, missing role). */
export function journalRefusal(deps: ActDeps, imiId: string, actor: Actor, verb: string, code: string, cardVersion: number | undefined, field?: string): Promise<CaseRecord | undefined> {
  return journalOnly(deps, imiId, actor, (c) => refusedDraft(c, verb, code, field), cardVersion);
}

/**
 * Journals a chat request refused for want of a role on the case it names (`status <imiId>`): an access entry
 * that changes nothing. Returns undefined when there is no such case, so the caller logs the attempt instead.
 */
export function journalChatRefusal(deps: ActDeps, imiId: string, actor: Actor, request: string): Promise<CaseRecord | undefined> {
  return journalOnly(deps, imiId, actor, (c) => ({ action: 'refused', from: c.state, to: c.state, data: { verb: request, code: 'not_permitted', where: 'chat' } }), undefined);
}
