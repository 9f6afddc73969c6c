import type { CardSlot } from './ports.js';

/**
 * Ports for scheduled jobs: leases, so a job runs on one instance at a time, and notices, the messages jobs
 * send that are not a case's own card (reminders, escalations, the daily no-hit list, the weekly digest).
 */

/** A channel a notice can go to: the two departments' channels and leadership's. */
export type ChannelSlot = CardSlot | 'leadership';

/** Where a notice goes: a channel, or one person (falling back to a mention in a channel if no chat can be had). */
export type NoticeTarget =
  | { readonly kind: 'channel'; readonly slot: ChannelSlot }
  | { readonly kind: 'user'; readonly userId: string; readonly fallback: ChannelSlot };

/** One message of a notice to deliver: the first post, or an update of the posted card. */
export interface NoticeDelivery {
  readonly id: string;
  readonly kind: 'post' | 'update';
  readonly status: 'pending' | 'sending';
  readonly attempts: number;
  readonly sendingSince?: string;
  readonly notBefore?: string;
  readonly lastError?: string;
}

export type NoticeSubject =
  | { readonly kind: 'case'; readonly imiId: string }
  | { readonly kind: 'nohit_list'; readonly listId: string };

/** What a notice says. Identity data never goes in here: notices go to channels. */
export type NoticePayload =
  | { readonly kind: 'reminder'; readonly subject: NoticeSubject; readonly step: string; readonly dueOn: string; readonly workingDaysLate: number }
  | { readonly kind: 'escalation'; readonly subject: NoticeSubject; readonly step: string; readonly dueOn: string; readonly workingDaysLate: number; readonly holderId?: string }
  | { readonly kind: 'nohit_list'; readonly day: string; readonly from?: string; readonly until: string; readonly caseIds: readonly string[] }
  | { readonly kind: 'digest'; readonly week: string; readonly figures: Readonly<Record<string, unknown>> }
  /** An alert still unscreened long after it came (or after an update changed the identity): screening fails. */
  | { readonly kind: 'unscreened'; readonly subject: NoticeSubject; readonly since: string };

/**
 * A message a job decided to send, stored under its idempotency key (`reminder:IMI-1:to_verify@…:holder`,
 * `nohit:2026-11-24`, `digest:2026-W48`) so that a second run, a second instance or a restart finds it
 * and sends nothing twice.
 */
export interface Notice {
  readonly id: string;
  readonly createdAt: string;
  readonly target: NoticeTarget;
  readonly payload: NoticePayload;
  readonly outbox: readonly NoticeDelivery[];
  /** The posted message, once delivered, so it can be updated and linked to. */
  readonly posted?: { readonly serviceUrl: string; readonly conversationId: string; readonly activityId: string };
}

export interface StoredNotice extends Notice {
  readonly etag: string;
}

export interface NoticeRepository {
  /** Creates the notice unless its key is taken: `exists` means it was already decided, by this run or another. */
  create(notice: Notice): Promise<'created' | 'exists'>;
  get(id: string): Promise<StoredNotice | undefined>;
  save(notice: Notice, etag: string): Promise<'saved' | 'conflict'>;
  withPendingOutbox(limit: number): Promise<StoredNotice[]>;
  /** No-hit lists, newest day first. */
  nohitLists(limit: number): Promise<StoredNotice[]>;
}

export interface LeaseRepository {
  /** Takes the named lease for `ttlMs` if it is free, expired or already ours; false when another holds it. */
  acquire(name: string, holder: string, ttlMs: number, now: Date): Promise<boolean>;
  /** Gives the lease back if we still hold it. */
  release(name: string, holder: string): Promise<void>;
}

/** Which register snapshot the stored screenings were made against. */
export interface RegisterState {
  /** SHA-256 of the snapshot file the stored screenings were made against. */
  readonly fingerprint: string;
  readonly rows: number;
  readonly at: string;
}
