import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Case } from '../../domain/case.js';
import { linkUpdatesAfterPost } from '../../usecases/card-messages.js';
import { updateRecord } from '../../usecases/case-writer.js';
import type { CardSlot, CaseRecord, CaseRepository, Clock, OutboxMessage } from '../../usecases/ports.js';
import type { CardJson } from './card-templates.js';
import type { RateLimiter } from './rate-limiter.js';
import type { ChannelAddress, TeamsSender } from './teams-sender.js';
import { asSendError, isDeliveryDue, paced, released, retryDelayMs, SENDING_LEASE_MS, ShuttingDown, turnCame } from './delivery.js';
import type { SendingTakeover } from './delivery.js';

export interface DispatcherDeps {
  readonly cases: CaseRepository;
  readonly sender: TeamsSender;
  readonly limiter: RateLimiter;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Where a slot's cards go: configured channel first, else the one connected with `connect`. */
  readonly channelFor: (slot: CardSlot) => Promise<ChannelAddress | undefined>;
  /** Renders a slot's card; `cards` says where the case's cards are, so each can link to the other. */
  readonly render: (c: Case, slot: CardSlot, cards: CaseRecord['cards']) => { card: CardJson; summary: string };
  readonly sleep: (ms: number) => Promise<void>;
  /** Aborted at shutdown: delivery stops after the send under way; a message waiting for its turn stays queued. */
  readonly signal?: AbortSignal;
  /** When a message left `sending` may be sent again; by default after the multi-instance lease. */
  readonly takeover?: SendingTakeover;
}

export { SENDING_LEASE_MS, sendingAbandoned, type SendingTakeover } from './delivery.js';

/**
 * Delivers queued card messages, at least once. Each message is marked `sending` before the call and
 * removed (with the card's activity id stored) after it, so a crash between the two sends it again:
 * a duplicate is possible only after a crash, a lost card never. Returns how many were delivered.
 */
export async function dispatchOutbox(deps: DispatcherDeps, limit = 100): Promise<number> {
  return dispatchCases(deps, (await deps.cases.withPendingOutbox(limit)).map((rec) => rec.case.imiId));
}

/**
 * Delivers the messages of the named cases, read one by one (point reads, no query). A case is read again
 * after its messages were handled, since posting a card can queue the update that links the other card.
 */
export async function dispatchCases(deps: DispatcherDeps, imiIds: Iterable<string>): Promise<number> {
  let delivered = 0;
  for (const imiId of imiIds) {
    if (deps.signal?.aborted) break;
    const tried = new Set<string>();
    for (let pass = 0; pass < 3; pass++) {
      const fresh = ((await deps.cases.get(imiId))?.outbox ?? []).filter((m) => !tried.has(m.id));
      if (fresh.length === 0) break;
      for (const msg of fresh) {
        if (deps.signal?.aborted) return delivered;
        tried.add(msg.id);
        if (await deliver(deps, imiId, msg.id)) delivered += 1;
      }
    }
  }
  return delivered;
}

/**
 * What the outbox loop runs. The cases this instance's writes just gave messages (`notify`) are delivered by
 * point reads; a query for every case with pending messages (left by another instance or a process that
 * died, or waiting out a back-off) runs at most every `sweepEveryMs`. Querying on every wake made each
 * button press cost a cross-partition query in Cosmos DB, and a scan of every case in the embedded store.
 */
export function outboxRunner(deps: DispatcherDeps, sweepEveryMs: number, elapsedMs: () => number = () => performance.now()) {
  const notified = new Set<string>();
  let lastSweep = Number.NEGATIVE_INFINITY;
  return {
    /** A write just queued messages on this case. */
    notify(imiId: string): void {
      notified.add(imiId);
    },
    /** One pass: a sweep when one is due, then the cases notified so far. Returns how many were delivered. */
    async run(): Promise<number> {
      const ids = new Set<string>();
      if (elapsedMs() - lastSweep >= sweepEveryMs) {
        lastSweep = elapsedMs();
        for (const rec of await deps.cases.withPendingOutbox(100)) ids.add(rec.case.imiId);
      }
      for (const imiId of notified) ids.add(imiId);
      notified.clear();
      return dispatchCases(deps, ids);
    },
  };
}

/**
 * Sends one message. It waits for the conversation's turn under Teams' rate limits first, and only then
 * marks the message `sending` and renders the card from the case as it is at that moment: a case worked on
 * while its update waited (up to an hour when a burst of cards fills the channel's allowance) is then sent
 * once, as it is now, instead of the stale card followed by one more update.
 */
async function deliver(deps: DispatcherDeps, imiId: string, messageId: string): Promise<boolean> {
  const takeover = deps.takeover ?? { leaseMs: SENDING_LEASE_MS };
  const current = await deps.cases.get(imiId);
  const queued = current?.outbox.find((m) => m.id === messageId);
  if (!current || !queued || !isDeliveryDue(queued, deps.clock.now(), takeover)) return false;
  const posted = current.cards[queued.slot];
  // A card, once posted, stays in its conversation: this is where the message goes, also after the wait.
  const address: ChannelAddress | undefined = posted ? { serviceUrl: posted.serviceUrl, conversationId: posted.conversationId } : await deps.channelFor(queued.slot);
  if (!address) {
    deps.logger.warn({ imiId, slot: queued.slot }, 'no channel for card: set *_CHANNEL_ID and TEAMS_SERVICE_URL, or have an admin write "connect" in the channel; will retry');
    await release(deps, imiId, messageId, 'no channel configured', 60_000);
    return false;
  }
  if (!(await turnCame(deps, address.conversationId))) return false;

  const now = deps.clock.now();
  const startedAt = now.toISOString();
  let taken: { rec: CaseRecord; msg: OutboxMessage } | undefined;
  let dropped = false;
  const marked = await updateRecord(deps.cases, imiId, (rec) => {
    const msg = rec.outbox.find((m) => m.id === messageId);
    if (!msg || !isDeliveryDue(msg, now, takeover)) return undefined;
    if (msg.kind === 'update_card' && !rec.cards[msg.slot]) {
      // Not posted yet: the pending post renders the case as it is then, so this update is redundant.
      dropped = true;
      return { ...rec, outbox: rec.outbox.filter((m) => m.id !== msg.id) };
    }
    const next = { ...msg, status: 'sending' as const, attempts: msg.attempts + 1, sendingSince: startedAt };
    taken = { rec, msg: next };
    return { ...rec, outbox: rec.outbox.map((m) => (m.id === msg.id ? next : m)) };
  });
  if (!marked || dropped || !taken) return false;
  const { msg } = taken;
  const existing = marked.cards[msg.slot];
  const { card, summary } = deps.render(marked.case, msg.slot, marked.cards);
  try {
    if (msg.kind === 'post_card') {
      const activityId = await paced(deps, address.conversationId, () => deps.sender.post(address, card, summary));
      const ref = { serviceUrl: address.serviceUrl, conversationId: address.conversationId, activityId, drawnAt: startedAt };
      await updateRecord(deps.cases, imiId, (rec) => ({
        ...rec, cards: { ...rec.cards, [msg.slot]: ref },
        outbox: [...rec.outbox.filter((m) => m.id !== msg.id), ...linkUpdatesAfterPost(rec, msg.slot, randomUUID, startedAt)],
      }));
    } else {
      await paced(deps, address.conversationId, () => deps.sender.update(address, existing!.activityId, card, summary));
      await updateRecord(deps.cases, imiId, (rec) => {
        const ref = rec.cards[msg.slot];
        return { ...rec, cards: ref ? { ...rec.cards, [msg.slot]: { ...ref, drawnAt: startedAt } } : rec.cards, outbox: rec.outbox.filter((m) => m.id !== msg.id) };
      });
    }
    return true;
  } catch (e) {
    if (e instanceof ShuttingDown) {
      await release(deps, imiId, msg.id, e.message, 0);
      return false;
    }
    const err = asSendError(e);
    const backoff = retryDelayMs(err, msg.attempts);
    deps.logger.warn({ imiId, slot: msg.slot, kind: msg.kind, status: err.status, attempts: msg.attempts, retryInMs: Math.round(backoff) }, `card delivery failed (${err.message}); will retry`);
    await release(deps, imiId, msg.id, `${err.status ?? ''} ${err.message}`.trim(), backoff);
    return false;
  }
}

async function release(deps: DispatcherDeps, imiId: string, id: string, error: string, delayMs: number): Promise<void> {
  const notBefore = new Date(deps.clock.now().getTime() + delayMs).toISOString();
  await updateRecord(deps.cases, imiId, (rec) => ({
    ...rec,
    outbox: rec.outbox.map((m) => (m.id === id ? released(m, error, notBefore) : m)),
  }));
}
