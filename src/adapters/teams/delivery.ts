import type { RateLimiter } from './rate-limiter.js';
import { SendError } from './teams-sender.js';

/**
 * What the two outboxes (case cards, and the notices jobs send) share about delivering a message at least
 * once: when a `sending` mark counts as abandoned, pacing under Teams' rate limits, and back-off.
 */

/** A message marked `sending` longer than this belongs to a sender that died; another may take it over. */
export const SENDING_LEASE_MS = 60_000;

/** When a `sending` mark counts as abandoned, so that the message is sent again. */
export interface SendingTakeover {
  /** Several instances share the store: only the mark's age tells that its sender died. */
  readonly leaseMs: number;
  /**
   * Marks made before this instant are abandoned at once. Set only when this process alone uses the store
   * (the embedded store's lock file) and started at this instant: whoever made an earlier mark is dead.
   */
  readonly orphanedBefore?: Date;
}

/** True when a `sending` mark made at `sendingSince` no longer holds the message back. */
export function sendingAbandoned(sendingSince: string | undefined, now: Date, takeover: SendingTakeover): boolean {
  if (sendingSince === undefined) return true;
  const since = Date.parse(sendingSince);
  if (takeover.orphanedBefore !== undefined && since < takeover.orphanedBefore.getTime()) return true;
  return since <= now.getTime() - takeover.leaseMs;
}

/** The fields every queued message has that delivery looks at. */
export interface DeliveryState {
  readonly status: 'pending' | 'sending';
  readonly attempts: number;
  readonly sendingSince?: string;
  readonly notBefore?: string;
  readonly lastError?: string;
}

/** Whether a message may be taken for sending now: not held back by back-off or by a live `sending` mark. */
export function isDeliveryDue(m: DeliveryState, now: Date, takeover: SendingTakeover): boolean {
  if (m.notBefore && Date.parse(m.notBefore) > now.getTime()) return false;
  return m.status !== 'sending' || sendingAbandoned(m.sendingSince, now, takeover);
}

/** The message given back after a failed send, to be tried again from `notBefore`. */
export function released<T extends DeliveryState>(m: T, error: string, notBefore: string): T {
  return { ...m, status: 'pending', sendingSince: undefined, notBefore, lastError: error.slice(0, 300) };
}

const MAX_BACKOFF_MS = 10 * 60_000;

/** How long to wait after a failed send: Retry-After when Teams gave one, else exponential back-off with jitter. */
export function retryDelayMs(err: SendError, attempts: number): number {
  return err.retryAfterMs ?? Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(attempts, 10)) * (0.5 + Math.random() / 2);
}

export function asSendError(e: unknown): SendError {
  return e instanceof SendError ? e : new SendError(String(e), undefined, undefined);
}

/**
 * Thrown by `paced` when the process began shutting down while the message waited for its turn: nothing
 * was sent, and the caller gives the message back at once for the next start (or another instance).
 */
export class ShuttingDown extends Error {
  constructor() {
    super('shutting down before the send');
  }
}

export interface Pacing {
  readonly limiter: RateLimiter;
  readonly clock: { now(): Date };
  /** Waits `ms`, or less when `signal` aborts. */
  readonly sleep: (ms: number) => Promise<void>;
  /** Aborted when the process shuts down: a wait for a turn (up to an hour under Teams' limits) ends then. */
  readonly signal?: AbortSignal;
}

/**
 * Waits until Teams' rate limits let the next message go to the conversation (without taking that turn);
 * throws ShuttingDown when the process began shutting down meanwhile.
 */
export async function waitForTurn(deps: Pacing, conversationId: string): Promise<void> {
  const wait = deps.limiter.delayFor(conversationId, deps.clock.now().getTime());
  if (wait > 0) await deps.sleep(wait);
  if (deps.signal?.aborted) throw new ShuttingDown();
}

/**
 * Waits for the conversation's turn before a message is marked `sending`: false when the process began
 * shutting down meanwhile, and then nothing was marked, so the message simply stays queued.
 */
export async function turnCame(deps: Pacing, conversationId: string): Promise<boolean> {
  try {
    await waitForTurn(deps, conversationId);
    return true;
  } catch (e) {
    if (e instanceof ShuttingDown) return false;
    throw e;
  }
}

/** Makes a call to a conversation once Teams' rate limits for it allow (per bot per conversation). */
export async function paced<T>(deps: Pacing, conversationId: string, call: () => Promise<T>): Promise<T> {
  await waitForTurn(deps, conversationId);
  deps.limiter.record(conversationId, deps.clock.now().getTime());
  return call();
}

/** A sleep that ends early when `signal` aborts (it never rejects). */
export function sleepUnless(signal: AbortSignal): (ms: number) => Promise<void> {
  return (ms) => new Promise<void>((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => { clearTimeout(timer); signal.removeEventListener('abort', done); resolve(); };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
