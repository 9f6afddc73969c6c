import type { Case } from '../domain/case.js';
import { isOpen } from '../domain/case-state.js';
import type { CardSlot, CaseRecord, OutboxMessage } from './ports.js';

/**
 * Which card messages a change needs: a new card in the registry channel for a case a person must look at,
 * a new card in the supervision channel once it is handed over, and an update of every card already posted
 * (or about to be) whenever the case changes. Pending updates are coalesced: the card is rendered from the
 * case as it is at delivery.
 */
export function cardMessagesFor(before: CaseRecord | undefined, next: Case, newId: () => string, now: string): OutboxMessage[] {
  const outbox = before?.outbox ?? [];
  const out: OutboxMessage[] = [];
  const queued = (slot: CardSlot, kind: OutboxMessage['kind']) => outbox.some((m) => m.slot === slot && m.kind === kind && m.status === 'pending');
  const message = (slot: CardSlot, kind: OutboxMessage['kind']): OutboxMessage => ({ id: newId(), kind, slot, status: 'pending', attempts: 0, createdAt: now });
  for (const slot of ['registry', 'supervision'] as const) {
    const posted = before?.cards[slot] !== undefined || outbox.some((m) => m.slot === slot && m.kind === 'post_card');
    if (!posted && needsCard(slot, next)) out.push(message(slot, 'post_card'));
    else if (posted && !queued(slot, 'update_card') && before?.case.version !== next.version) out.push(message(slot, 'update_card'));
  }
  return out;
}

function needsCard(slot: CardSlot, c: Case): boolean {
  // Every open state a person works on; new alerts wait for screening and no-hits go on the daily list.
  if (slot === 'registry') return isOpen(c.state) && c.state !== 'received' && c.state !== 'no_hit';
  return c.state === 'with_supervision' || c.state === 'awaiting_approval';
}
