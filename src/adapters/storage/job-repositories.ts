import type { LeaseRepository, Notice, NoticeRepository, RegisterState, StoredNotice } from '../../usecases/job-ports.js';
import type { PersonLinks } from '../../usecases/ports.js';
import type { DocumentStore, StoredDoc } from './document-store.js';

/**
 * Notices in the `jobs` collection, one document per idempotency key; `pending`, `kind` and `day` are
 * top-level copies for queries. Creating under the key is what makes a job safe to run twice.
 */
interface NoticeDoc extends Omit<Notice, 'id'> {
  readonly [key: string]: unknown;
  readonly kind: string;
  readonly pending: boolean;
  readonly day: string | null;
}

function toDoc(n: Notice): NoticeDoc {
  const { id: _id, ...rest } = n;
  return { ...rest, kind: n.payload.kind, pending: n.outbox.length > 0, day: n.payload.kind === 'nohit_list' ? n.payload.day : null };
}

function fromDoc(d: StoredDoc<NoticeDoc>): StoredNotice {
  const { kind: _k, pending: _p, day: _d, ...rest } = d.body;
  return { ...(rest as Omit<Notice, 'id'>), id: d.id, etag: d.etag };
}

export function noticeRepository(store: DocumentStore): NoticeRepository {
  return {
    async create(notice) {
      return (await store.create('jobs', notice.id, toDoc(notice))).ok ? 'created' : 'exists';
    },
    async get(id) {
      const d = await store.get<NoticeDoc>('jobs', id);
      return d && fromDoc(d);
    },
    async save(notice, etag) {
      return (await store.replace('jobs', notice.id, toDoc(notice), etag)).ok ? 'saved' : 'conflict';
    },
    async withPendingOutbox(limit) {
      return (await store.query<NoticeDoc>('jobs', { pending: true }, { orderBy: 'createdAt', limit })).map(fromDoc);
    },
    async nohitLists(limit) {
      return (await store.query<NoticeDoc>('jobs', { kind: 'nohit_list' }, { orderBy: 'day', desc: true, limit })).map(fromDoc);
    },
  };
}

interface LeaseDoc { readonly [key: string]: unknown; readonly holder: string; readonly expiresAt: string; readonly takenAt?: string }

export interface LeaseOptions {
  /**
   * Leases taken before this instant by another holder are abandoned at once. Set only when this process alone
   * uses the store (the embedded store's lock file) and started at this instant: whoever took them is dead.
   */
  readonly orphanedBefore?: Date;
}

/**
 * Leases in the `leases` collection: taken by creating the document, or by replacing an expired one under
 * its etag, so two instances racing for a free lease cannot both win.
 */
export function leaseRepository(store: DocumentStore, options: LeaseOptions = {}): LeaseRepository {
  const orphaned = (doc: LeaseDoc): boolean =>
    options.orphanedBefore !== undefined && Date.parse(doc.takenAt ?? '1970-01-01T00:00:00Z') < options.orphanedBefore.getTime();
  return {
    async acquire(name, holder, ttlMs, now) {
      const body: LeaseDoc = { holder, expiresAt: new Date(now.getTime() + ttlMs).toISOString(), takenAt: now.toISOString() };
      const current = await store.get<LeaseDoc>('leases', name);
      if (!current) return (await store.create('leases', name, body)).ok;
      const free = current.body.holder === holder || Date.parse(current.body.expiresAt) <= now.getTime() || orphaned(current.body);
      return free && (await store.replace('leases', name, body, current.etag)).ok;
    },
    async release(name, holder) {
      const current = await store.get<LeaseDoc>('leases', name);
      if (current?.body.holder === holder) await store.delete('leases', name, current.etag);
    },
  };
}

const REGISTER_STATE_ID = 'register:snapshot';

/** Which register snapshot the stored screenings were made against (a document in `jobs`). */
export function registerStateRepository(store: DocumentStore) {
  return {
    async get(): Promise<RegisterState | undefined> {
      return (await store.get<RegisterState & Record<string, unknown>>('jobs', REGISTER_STATE_ID))?.body;
    },
    async set(state: RegisterState): Promise<void> {
      await store.upsert('jobs', REGISTER_STATE_ID, { ...state });
    },
  };
}

/** PersonLinks as one document per registered person in `jobs` (`person:<hprNumber>`), changed under its etag. */
export function personLinkRepository(store: DocumentStore): PersonLinks {
  const id = (hpr: string) => `person:${hpr}`;
  const change = async (hpr: string, edit: (ids: readonly string[]) => readonly string[]): Promise<void> => {
    for (let attempt = 0; attempt < 50; attempt++) {
      const current = await store.get<{ cases: string[] }>('jobs', id(hpr));
      const before = current?.body.cases ?? [];
      const after = edit(before);
      if (after.length === before.length && after.every((x, i) => x === before[i])) return;
      const body = { kind: 'person_links', cases: [...after] };
      const written = current ? await store.replace('jobs', id(hpr), body, current.etag) : await store.create('jobs', id(hpr), body);
      if (written.ok) return;
    }
    throw new Error(`person links ${id(hpr)}: gave up after 50 write conflicts`);
  };
  return {
    add: (hpr, imiId) => change(hpr, (ids) => (ids.includes(imiId) ? ids : [...ids, imiId])),
    remove: (hpr, imiId) => change(hpr, (ids) => ids.filter((x) => x !== imiId)),
    async list(hpr) {
      return (await store.get<{ cases: string[] }>('jobs', id(hpr)))?.body.cases ?? [];
    },
  };
}
