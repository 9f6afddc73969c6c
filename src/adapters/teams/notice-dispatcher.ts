import type { Logger } from 'pino';
import type { ChannelSlot, Notice, NoticeDelivery, NoticeRepository, StoredNotice } from '../../usecases/job-ports.js';
import type { Clock, ConversationRepository } from '../../usecases/ports.js';
import type { RateLimiter } from './rate-limiter.js';
import type { ChannelAddress, TeamsSender } from './teams-sender.js';
import type { SendError } from './teams-sender.js';
import type { SendingTakeover } from './delivery.js';
import { asSendError, isDeliveryDue, paced, released, retryDelayMs, ShuttingDown, turnCame } from './delivery.js';
import type { RenderedNotice } from './notice-cards.js';

export interface NoticeDispatcherDeps {
  readonly notices: NoticeRepository;
  readonly conversations: ConversationRepository;
  readonly sender: TeamsSender;
  /** Opens the one-to-one chat with a person; rejects when Teams refuses (e.g. the app is not installed for them). */
  readonly openPersonal: (channel: ChannelAddress, userAadObjectId: string) => Promise<string>;
  readonly limiter: RateLimiter;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly channelFor: (slot: ChannelSlot) => Promise<ChannelAddress | undefined>;
  /**
   * Renders the notice as it is now; `mention` when a personal message falls back to a channel; `locale`, the
   * Teams locale of the person's one-to-one chat, when it goes there (DESIGN.md: personal messages follow it).
   */
  readonly render: (notice: Notice, mention: boolean, locale?: string) => Promise<RenderedNotice>;
  readonly sleep: (ms: number) => Promise<void>;
  /** Aborted at shutdown: delivery stops after the send under way, and a notice waiting for its turn goes back. */
  readonly signal?: AbortSignal;
  /** When a `sending` mark belongs to a sender that died, as for the case outbox. */
  readonly takeover: SendingTakeover;
}

/**
 * Delivers the notices jobs queued (reminders, escalations, daily lists, digests), at least once, the way
 * the case outbox does: marked `sending` under the document's etag before the call, the posted message
 * recorded after it. A personal reminder goes to the person's one-to-one chat (the stored reference, or a
 * new chat); if Teams refuses that, it goes to the department channel with a mention.
 */
export async function dispatchNotices(deps: NoticeDispatcherDeps, limit = 50): Promise<number> {
  let delivered = 0;
  for (const notice of await deps.notices.withPendingOutbox(limit)) {
    for (const d of notice.outbox) {
      if (deps.signal?.aborted) return delivered;
      if (await deliver(deps, notice.id, d.id)) delivered += 1;
    }
  }
  return delivered;
}

/**
 * Sends one delivery. As for case cards, it first works out where the message goes and waits for that
 * conversation's turn under Teams' rate limits, and only then marks it `sending` and renders the notice as
 * it is at that moment: a notice changed while it waited (a daily list signed off) goes out once, as it is.
 */
async function deliver(deps: NoticeDispatcherDeps, noticeId: string, deliveryId: string): Promise<boolean> {
  const queued = await due(deps, noticeId, deliveryId);
  if (!queued) return false;
  const { address, mention, locale } = queued.delivery.kind === 'update' ? { address: queued.notice.posted, mention: false, locale: await personalLocale(deps, queued.notice) } : await addressOf(deps, queued.notice);
  if (!address) {
    deps.logger.warn({ notice: noticeId }, 'no channel for notice: set *_CHANNEL_ID (LEADERSHIP_CHANNEL_ID for escalations and digests) and TEAMS_SERVICE_URL, or "connect" the channel; will retry');
    await release(deps, noticeId, deliveryId, 'no channel configured', 60_000);
    return false;
  }
  if (!(await turnCame(deps, address.conversationId))) return false;
  const marked = await mark(deps, noticeId, deliveryId, deps.clock.now());
  if (!marked) return false;
  const { notice, delivery } = marked;
  try {
    const { card, summary } = await deps.render(notice, mention, locale);
    if (delivery.kind === 'update') {
      await paced(deps, address.conversationId, () => deps.sender.update(address, notice.posted!.activityId, card, summary));
      await finish(deps, noticeId, deliveryId, undefined);
      return true;
    }
    const activityId = await paced(deps, address.conversationId, () => deps.sender.post(address, card, summary));
    await finish(deps, noticeId, deliveryId, { serviceUrl: address.serviceUrl, conversationId: address.conversationId, activityId });
    return true;
  } catch (e) {
    if (e instanceof ShuttingDown) {
      await release(deps, noticeId, deliveryId, e.message, 0);
      return false;
    }
    const err = asSendError(e);
    const backoff = retryDelayMs(err, delivery.attempts);
    deps.logger.warn({ notice: noticeId, kind: delivery.kind, status: err.status, attempts: delivery.attempts, retryInMs: Math.round(backoff) }, `notice delivery failed (${err.message}); will retry`);
    await release(deps, noticeId, deliveryId, `${err.status ?? ''} ${err.message}`.trim(), backoff);
    return false;
  }
}

/** The Teams locale of the person's one-to-one chat a notice went to, as stored when they last wrote (for its updates). */
async function personalLocale(deps: NoticeDispatcherDeps, notice: Notice): Promise<string | undefined> {
  if (notice.target.kind !== 'user') return undefined;
  const locale = (await deps.conversations.get(`user:${notice.target.userId}`))?.locale;
  return typeof locale === 'string' ? locale : undefined;
}

/** Where a new notice goes; a person without a reachable chat is mentioned in their department's channel. */
async function addressOf(deps: NoticeDispatcherDeps, notice: Notice): Promise<{ address?: ChannelAddress; mention: boolean; locale?: string }> {
  const target = notice.target;
  if (target.kind === 'channel') return { address: await deps.channelFor(target.slot), mention: false };
  const ref = await deps.conversations.get(`user:${target.userId}`);
  if (ref) return { address: { serviceUrl: ref.serviceUrl, conversationId: ref.conversation.id }, mention: false, ...(typeof ref.locale === 'string' ? { locale: ref.locale } : {}) };
  const channel = await deps.channelFor(target.fallback);
  if (!channel) return { mention: false };
  try {
    const conversationId = await deps.openPersonal(channel, target.userId);
    await deps.conversations.save(`user:${target.userId}`, { serviceUrl: channel.serviceUrl, conversation: { id: conversationId } });
    return { address: { serviceUrl: channel.serviceUrl, conversationId, tenantId: channel.tenantId }, mention: false };
  } catch (e) {
    deps.logger.info({ notice: notice.id, status: (e as SendError).status }, 'could not open a personal chat; mentioning the person in the department channel instead');
    return { address: channel, mention: true };
  }
}

/**
 * The delivery when it is due now, else undefined. An update of a notice not posted yet is dropped here:
 * the pending post renders the notice as it is then, so the update is redundant.
 */
async function due(deps: NoticeDispatcherDeps, noticeId: string, deliveryId: string): Promise<{ notice: StoredNotice; delivery: NoticeDelivery } | undefined> {
  const n = await deps.notices.get(noticeId);
  const d = n?.outbox.find((x) => x.id === deliveryId);
  if (!n || !d || !isDeliveryDue(d, deps.clock.now(), deps.takeover)) return undefined;
  if (d.kind === 'update' && !n.posted) {
    await deps.notices.save({ ...n, outbox: n.outbox.filter((x) => x.id !== d.id) }, n.etag);
    return undefined;
  }
  return { notice: n, delivery: d };
}

/** Marks the delivery `sending` under the notice's etag; undefined when it is no longer due (taken, or gone). */
async function mark(deps: NoticeDispatcherDeps, noticeId: string, deliveryId: string, now: Date): Promise<{ notice: StoredNotice; delivery: NoticeDelivery } | undefined> {
  const queued = await due(deps, noticeId, deliveryId);
  if (!queued) return undefined;
  const { notice: n, delivery: d } = queued;
  const next = { ...d, status: 'sending' as const, attempts: d.attempts + 1, sendingSince: now.toISOString() };
  const saved = await deps.notices.save({ ...n, outbox: n.outbox.map((x) => (x.id === d.id ? next : x)) }, n.etag);
  return saved === 'saved' ? { notice: n, delivery: next } : undefined;
}

async function finish(deps: NoticeDispatcherDeps, noticeId: string, deliveryId: string, posted: Notice['posted']): Promise<void> {
  await change(deps, noticeId, (n) => ({ ...n, ...(posted ? { posted } : {}), outbox: n.outbox.filter((x) => x.id !== deliveryId) }));
}

async function release(deps: NoticeDispatcherDeps, noticeId: string, deliveryId: string, error: string, delayMs: number): Promise<void> {
  const notBefore = new Date(deps.clock.now().getTime() + delayMs).toISOString();
  await change(deps, noticeId, (n) => ({
    ...n, outbox: n.outbox.map((x) => (x.id === deliveryId ? released(x, error, notBefore) : x)),
  }));
}

async function change(deps: NoticeDispatcherDeps, id: string, update: (n: StoredNotice) => Notice, attempts = 20): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    const n = await deps.notices.get(id);
    if (!n || (await deps.notices.save(update(n), n.etag)) === 'saved') return;
  }
  throw new Error(`notice ${id}: gave up after ${attempts} write conflicts while recording delivery`);
}
