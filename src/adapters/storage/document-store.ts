/**
 * The single-document primitives both storage adapters (embedded and Cosmos DB) provide. Repositories in
 * this folder build the domain's storage ports on top of them; nothing outside src/adapters/storage sees
 * this interface.
 *
 * Every write is one document write, atomic on its own, because that is what Cosmos DB guarantees across
 * instances without transactional batches. Optimistic concurrency is by etag: `replace` and `delete` with
 * `ifMatch` succeed only when the stored etag is unchanged.
 */
export type CollectionName = 'cases' | 'quarantine' | 'conversations' | 'leases' | 'jobs' | 'checkpoints';

export const COLLECTIONS: readonly CollectionName[] = ['cases', 'quarantine', 'conversations', 'leases', 'jobs', 'checkpoints'];

/** A JSON object stored under an id. The id is not part of the body. */
export type Body = Record<string, unknown>;

export interface StoredDoc<T extends Body = Body> {
  readonly id: string;
  readonly etag: string;
  readonly body: T;
}

export type Scalar = string | number | boolean | null;

/**
 * Equality filter on top-level or dotted paths of the body (`'state'`, `'outbox.pending'`).
 * `{ in: [...] }` matches any of the values; `{ defined: true|false }` tests presence;
 * `{ lt | lte | gt | gte: v }` compares strings or numbers. All conditions must hold.
 */
export type Condition =
  | Scalar
  | { readonly in: readonly Scalar[] }
  | { readonly defined: boolean }
  | { readonly lt?: string | number; readonly lte?: string | number; readonly gt?: string | number; readonly gte?: string | number };
export type Filter = Readonly<Record<string, Condition>>;

export interface QueryOptions {
  /** Dotted path to order by, ascending unless `desc`. */
  readonly orderBy?: string;
  readonly desc?: boolean;
  readonly limit?: number;
}

export type WriteResult = { ok: true; etag: string } | { ok: false; code: 'exists' | 'conflict' | 'not_found' };

export interface DocumentStore {
  /**
   * True when this process alone uses the store for as long as it holds it open (the embedded store's lock
   * file), false when several instances share it (Cosmos DB). Work found in flight in an exclusive store
   * when it was opened was left by a process that has since died, so it can be taken over at once instead
   * of after a lease.
   */
  readonly exclusive: boolean;
  get<T extends Body>(collection: CollectionName, id: string): Promise<StoredDoc<T> | undefined>;
  /** Fails with `exists` when the id is taken. */
  create<T extends Body>(collection: CollectionName, id: string, body: T): Promise<WriteResult>;
  /** Fails with `conflict` when the etag changed, `not_found` when the document is gone. */
  replace<T extends Body>(collection: CollectionName, id: string, body: T, ifMatch: string): Promise<WriteResult>;
  upsert<T extends Body>(collection: CollectionName, id: string, body: T): Promise<{ etag: string }>;
  /** Without `ifMatch` deletes unconditionally; returns false when nothing was deleted (absent or etag changed). */
  delete(collection: CollectionName, id: string, ifMatch?: string): Promise<boolean>;
  query<T extends Body>(collection: CollectionName, filter: Filter, options?: QueryOptions): Promise<StoredDoc<T>[]>;
  count(collection: CollectionName, filter: Filter): Promise<number>;
  /** Every document of a collection, in pages, for jobs that must see everything (digest, verification). */
  scan<T extends Body>(collection: CollectionName): AsyncIterable<StoredDoc<T>>;
  close(): Promise<void>;
}
