import type { Alert, FieldError } from '../domain/alert-schema.js';
import type { Case } from '../domain/case.js';
import type { CaseState, Department } from '../domain/case-state.js';
import type { JournalEntry, JournalHead } from '../domain/journal.js';
import type { AlertIdentity, RegisterIndex, ScreeningResult } from '../domain/matching/index.js';
import type { Role } from '../domain/roles.js';

/** Where a card message lives in Teams, so it can be updated for everyone. */
export interface CardRef {
  readonly conversationId: string;
  readonly activityId: string;
  readonly serviceUrl: string;
  /** When the card was last drawn (posted or updated), so the day's deadline status can be compared with it. */
  readonly drawnAt?: string;
}

export type CardSlot = 'registry' | 'supervision';

/**
 * A message to Teams, recorded in the same write as the change that caused it and delivered later by the
 * outbox dispatcher. Cards are rendered at delivery from the case as it is then, so a late delivery never
 * shows stale state.
 */
export interface OutboxMessage {
  readonly id: string;
  readonly kind: 'post_card' | 'update_card';
  readonly slot: CardSlot;
  readonly status: OutboxStatus;
  readonly attempts: number;
  readonly createdAt: string;
  /** While `sending`: since when, so another instance takes over only after the sender has surely died. */
  readonly sendingSince?: string;
  /** Not before this instant (Retry-After, back-off). */
  readonly notBefore?: string;
  readonly lastError?: string;
}

export type OutboxStatus = 'pending' | 'sending';

/** A case with its history and its undelivered messages: stored as one document, written in one write. */
export interface CaseRecord {
  readonly case: Case;
  readonly journal: readonly JournalEntry[];
  readonly head: JournalHead;
  readonly outbox: readonly OutboxMessage[];
  readonly cards: Readonly<Partial<Record<CardSlot, CardRef>>>;
}

export interface StoredCaseRecord extends CaseRecord {
  readonly etag: string;
}

export interface CaseQuery {
  readonly states?: readonly CaseState[];
  readonly holderId?: string;
  readonly department?: Department;
}

/**
 * For each registered person, the cases about them (personOf), so that Show details finds them with one point
 * read. Kept beside the cases, not with them: a case joins its person's list before the write that gives it
 * that person, and leaves the old one after, so a crash leaves at most an entry too many, which readers skip
 * by checking the case itself.
 */
export interface PersonLinks {
  add(hprNumber: string, imiId: string): Promise<void>;
  remove(hprNumber: string, imiId: string): Promise<void>;
  list(hprNumber: string): Promise<readonly string[]>;
}

export interface CaseRepository {
  get(imiId: string): Promise<StoredCaseRecord | undefined>;
  create(record: CaseRecord): Promise<'created' | 'exists'>;
  /** Writes the record if nobody wrote since `etag` was read. */
  save(record: CaseRecord, etag: string): Promise<'saved' | 'conflict'>;
  /** Cases not yet screened (new, or whose identity changed), oldest first. */
  unscreened(limit: number): Promise<StoredCaseRecord[]>;
  /** Cases with messages waiting for delivery. */
  withPendingOutbox(limit: number): Promise<StoredCaseRecord[]>;
  find(query: CaseQuery): Promise<StoredCaseRecord[]>;
  all(): AsyncIterable<StoredCaseRecord>;
}

/** Input that could not be accepted: kept as it came, with what was wrong, never dropped. */
export interface QuarantineEntry {
  readonly id: string;
  readonly receivedAt: string;
  readonly source: string;
  readonly raw: string;
  readonly imiId?: string;
  readonly index?: number;
  readonly errors: readonly FieldError[] | readonly { path: string; message: string }[];
}

export interface QuarantineRepository {
  add(entry: QuarantineEntry): Promise<void>;
  list(limit: number): Promise<QuarantineEntry[]>;
}

/** A Bot Framework conversation reference, stored as Teams gave it. */
export type ConversationReference = Readonly<Record<string, unknown>> & { readonly serviceUrl: string; readonly conversation: { readonly id: string } };

export interface ConversationRepository {
  save(key: string, ref: ConversationReference): Promise<void>;
  get(key: string): Promise<ConversationReference | undefined>;
}

export interface Register {
  /** The loaded register's index; replaced when a new snapshot is loaded. */
  current(): RegisterIndex;
}

export interface Screener {
  screen(identity: AlertIdentity): ScreeningResult;
}

export interface Clock {
  now(): Date;
}

export interface IdGenerator {
  next(): string;
}

export interface RoleDirectory {
  rolesOf(aadObjectId: string): readonly Role[];
  /** Members with a role, for the reassign list. */
  membersWith(role: Role): readonly string[];
  /** The officer's name as the roles file gives it, for cards that name someone who has not pressed anything. */
  nameOf(aadObjectId: string): string | undefined;
}

export type { Alert };
