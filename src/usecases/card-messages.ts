import type { Case } from '../domain/case.js';
import { isOpen } from '../domain/case-state.js';
import type { CardSlot, CaseRecord, OutboxMessage } from './ports.js';

const SLOTS = ['registry', 'supervision'] as const;

/**
 * Which card messages a change needs: a new card in the registry channel for a case a person must look at,
 * a new card in the supervision channel once it is handed over, and an update of every card already posted
 * (or about to be) whenever the case changes. Pending updates are coalesced: the card is rendered from the
 * case as it is at delivery. New cards come first, so that when the other card is updated after them it can
 * already link to the new one.
 */
export function cardMessagesFor(before: CaseRecord | undefined, next: Case, newId: () => string, now: string): OutboxMessage[] {
  const outbox = before?.outbox ?? [];
  const posts: OutboxMessage[] = [];
  const updates: OutboxMessage[] = [];
  for (const slot of SLOTS) {
    const posted = before?.cards[slot] !== undefined || outbox.some((m) => m.slot === slot && m.kind === 'post_card');
    if (!posted && needsCard(slot, next)) posts.push(message(newId, slot, 'post_card', now));
    else if (posted && !updateQueued(outbox, slot) && before?.case.version !== next.version) updates.push(message(newId, slot, 'update_card', now));
  }
  return [...posts, ...updates];
}

/**
 * After a card was posted in `posted`'s channel: the other department's card, if there is one, is rendered
 * again so that it links to the new card, unless an update of it is already waiting (it will link then).
 */
export function linkUpdatesAfterPost(rec: CaseRecord, posted: CardSlot, newId: () => string, now: string): OutboxMessage[] {
  const other: CardSlot = posted === 'registry' ? 'supervision' : 'registry';
  if (!rec.cards[other] || updateQueued(rec.outbox, other)) return [];
  return [message(newId, other, 'update_card', now)];
}

function updateQueued(outbox: readonly OutboxMessage[], slot: CardSlot): boolean {
  return outbox.some((m) => m.slot === slot && m.kind === 'update_card' && m.status === 'pending');
}

function message(newId: () => string, slot: CardSlot, kind: OutboxMessage['kind'], now: string): OutboxMessage {
  return { id: newId(), kind, slot, status: 'pending', attempts: 0, createdAt: now };
}

function needsCard(slot: CardSlot, c: Case): boolean {
  // Every open state a person works on; new alerts wait for screening and no-hits go on the daily list.
  // A withdrawal that came before its alert is on no list: once screened, it gets a card (reduced to the
  // outcome, flagged out of order) so that someone sees an alert the desk never received.
  if (slot === 'registry') return (isOpen(c.state) && c.state !== 'received' && c.state !== 'no_hit') || (c.state === 'withdrawn' && c.outOfOrder && c.screening !== undefined);
  return c.state === 'with_supervision' || c.state === 'awaiting_approval';
}
