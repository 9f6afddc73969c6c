import { updateRecord } from './case-writer.js';
import type { CardSlot, CaseRepository, IdGenerator, OutboxMessage } from './ports.js';

/**
 * Queues every posted card to be posted again, forgetting where it was. For a Teams client without
 * history (the local Agents Playground forgets everything when it restarts); never used in production.
 * Returns how many cards were queued.
 */
export async function repostCards(cases: CaseRepository, ids: IdGenerator, now: string): Promise<number> {
  let queued = 0;
  for await (const rec of cases.all()) {
    const slots = Object.keys(rec.cards) as CardSlot[];
    if (slots.length === 0) continue;
    await updateRecord(cases, rec.case.imiId, (current) => {
      const fresh: OutboxMessage[] = slots.map((slot) => ({ id: ids.next(), kind: 'post_card', slot, status: 'pending', attempts: 0, createdAt: now }));
      return { ...current, cards: {}, outbox: [...current.outbox.filter((m) => m.kind !== 'update_card'), ...fresh] };
    });
    queued += slots.length;
  }
  return queued;
}
