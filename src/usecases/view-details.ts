import { maySeeIdentity } from '../domain/roles.js';
import type { Actor } from '../domain/roles.js';
import type { ActDeps } from './act-on-case.js';
import { journalOnly, refusedDraft } from './act-on-case.js';
import type { CaseRecord } from './ports.js';

export type DetailsResult = { readonly ok: true; readonly record: CaseRecord } | { readonly ok: false; readonly code: 'not_permitted' | 'not_found'; readonly record?: CaseRecord };

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
  return permitted ? { ok: true, record } : { ok: false, code: 'not_permitted', record };
}
