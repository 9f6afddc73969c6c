import { maySeeIdentity } from '../domain/roles.js';
import type { Actor } from '../domain/roles.js';
import type { ActDeps } from './act-on-case.js';
import { journalOnly, refusedDraft } from './act-on-case.js';
import type { CaseRecord } from './ports.js';
import { personOf } from '../domain/case.js';
import type { CaseState } from '../domain/case-state.js';

/** Another alert about the same registered person, by reference. */
export interface RelatedCase { readonly imiId: string; readonly state: CaseState }

export type DetailsResult =
  | { readonly ok: true; readonly record: CaseRecord; readonly related: readonly RelatedCase[] }
  | { readonly ok: false; readonly code: 'not_permitted' | 'not_found'; readonly record?: CaseRecord };

/** Other alerts shown with a case's details at most; the rest are counted. */
export const RELATED_SHOWN = 10;

/**
 * Identity, decision and match evidence for one permitted person. Every showing, and every refusal, is
 * journaled: who saw which case's identity data, and when.
 */
export async function viewDetails(deps: ActDeps, imiId: string, actor: Actor, cardVersion: number | undefined, where: 'card' | 'chat'): Promise<DetailsResult> {
  const permitted = maySeeIdentity(actor);
  const record = await journalOnly(deps, imiId, actor, (c) => (permitted
    ? { action: 'details_shown', from: c.state, to: c.state, data: { where } }
    : refusedDraft(c, 'showDetails', 'not_permitted')), cardVersion);
  if (!record) return { ok: false, code: 'not_found' };
  if (!permitted) return { ok: false, code: 'not_permitted', record };
  return { ok: true, record, related: await relatedCases(deps, record) };
}

/**
 * The same professional alerted twice, by two countries, or as doctor and as specialist: the other cases about
 * the registered person this one is about, each checked against the case itself (the links may hold one too many).
 */
async function relatedCases(deps: ActDeps, record: CaseRecord): Promise<RelatedCase[]> {
  const person = personOf(record.case);
  if (!person || !deps.persons) return [];
  const related: RelatedCase[] = [];
  for (const imiId of await deps.persons.list(person)) {
    if (imiId === record.case.imiId) continue;
    const other = await deps.cases.get(imiId);
    if (other && personOf(other.case) === person) related.push({ imiId, state: other.case.state });
  }
  return related;
}
