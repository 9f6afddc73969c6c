import { maySeeIdentity } from '../domain/roles.js';
import type { Actor } from '../domain/roles.js';
import type { ActDeps } from './act-on-case.js';
import { mutateCase } from './case-writer.js';
import type { CaseRecord } from './ports.js';

export type DetailsResult = { readonly ok: true; readonly record: CaseRecord } | { readonly ok: false; readonly code: 'not_permitted' | 'not_found'; readonly record?: CaseRecord };

/**
 * Identity, decision and match evidence for one permitted person. Every showing, and every refusal, is
 * journaled: who saw which case's identity data, and when.
 */
export async function viewDetails(deps: ActDeps, imiId: string, actor: Actor, cardVersion: number | undefined, where: 'card' | 'chat'): Promise<DetailsResult> {
  const permitted = maySeeIdentity(actor);
  const out = await mutateCase(deps, imiId, (rec) => ({
    result: undefined,
    change: {
      next: rec.case,
      drafts: [permitted
        ? { action: 'details_shown', from: rec.case.state, to: rec.case.state, data: { where } }
        : { action: 'refused', from: rec.case.state, to: rec.case.state, data: { verb: 'showDetails', code: 'not_permitted' } }],
      actor: { kind: 'user', id: actor.id, name: actor.name },
      at: deps.clock.now().toISOString(),
      ...(cardVersion !== undefined ? { cardVersion } : {}),
    },
  }));
  if (!out.found) return { ok: false, code: 'not_found' };
  return permitted ? { ok: true, record: out.record } : { ok: false, code: 'not_permitted', record: out.record };
}
