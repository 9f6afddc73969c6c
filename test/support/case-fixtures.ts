import type { Case } from '../../src/domain/case.js';
import type { CaseState } from '../../src/domain/case-state.js';
import type { Actor, Role } from '../../src/domain/roles.js';
import { parseAlert } from '../../src/domain/alert-schema.js';
import { validAlert } from './alert-samples.js';

const parsed = parseAlert(validAlert());
if (!parsed.ok) throw new Error('sample alert must be valid');

/** A case in any state, with a candidate to confirm and, in awaiting_approval, a proposal by `proposer`. */
export function caseIn(state: CaseState, extra: Partial<Case> = {}): Case {
  return {
    imiId: 'IMI-2025-000123', version: 3, state, alert: parsed.ok ? parsed.alert : (undefined as never),
    receivedAt: '2026-11-02T08:00:00.000Z', latestSentAt: '2025-11-03T08:15:00.000Z', outOfOrder: false,
    stateSince: '2026-11-02T08:00:00.000Z',
    screening: { outcome: 'hit', candidates: [{ hprNumber: '9144889', score: 0.97, reasons: ['birth date equal'], codes: ['dob_equal'] }], screenedAt: '2026-11-02T08:00:01.000Z', foundOnRescreen: false },
    ...(state === 'awaiting_approval' ? { proposal: { kind: 'escalate', caseNumber: '2026/123', by: { id: 'sup-a', name: 'Siri' }, at: '2026-11-02T09:00:00.000Z' } } : {}),
    lastChange: { by: 'system', at: '2026-11-02T08:00:01.000Z', action: 'screened' },
    ...extra,
  } as Case;
}

export function actor(id: string, ...roles: Role[]): Actor {
  return { id, name: id, roles };
}
