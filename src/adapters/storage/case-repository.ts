import { departmentOf } from '../../domain/case-state.js';
import type { CaseQuery, CaseRecord, CaseRepository, StoredCaseRecord } from '../../usecases/ports.js';
import type { DocumentStore, Filter, StoredDoc } from './document-store.js';

/**
 * Cases as one document each in the `cases` collection: the case, its journal, its chain head, its
 * undelivered messages and its card addresses, so that a state change, its journal entry and its messages
 * are one write. Top-level copies of a few fields (state, department, holder...) exist only to be queried.
 */
interface CaseDoc extends CaseRecord {
  readonly [key: string]: unknown;
  readonly state: string;
  readonly department: string;
  readonly holderId: string | null;
  readonly screened: boolean;
  readonly outboxPending: boolean;
  readonly receivedAt: string;
}

function toDoc(r: CaseRecord): CaseDoc {
  return {
    case: r.case, journal: r.journal, head: r.head, outbox: r.outbox, cards: r.cards,
    state: r.case.state,
    department: departmentOf(r.case.state),
    holderId: r.case.holder?.id ?? null,
    screened: r.case.screening !== undefined,
    outboxPending: r.outbox.length > 0,
    receivedAt: r.case.receivedAt,
  };
}

function fromDoc(d: StoredDoc<CaseDoc>): StoredCaseRecord {
  const b = d.body;
  return { case: b.case, journal: b.journal, head: b.head, outbox: b.outbox, cards: b.cards, etag: d.etag };
}

export function caseRepository(store: DocumentStore): CaseRepository {
  return {
    async get(imiId) {
      const d = await store.get<CaseDoc>('cases', imiId);
      return d && fromDoc(d);
    },
    async create(record) {
      const r = await store.create('cases', record.case.imiId, toDoc(record));
      return r.ok ? 'created' : 'exists';
    },
    async save(record, etag) {
      const r = await store.replace('cases', record.case.imiId, toDoc(record), etag);
      return r.ok ? 'saved' : 'conflict';
    },
    async unscreened(limit) {
      const docs = await store.query<CaseDoc>('cases', { screened: false }, { orderBy: 'receivedAt', limit });
      return docs.map(fromDoc);
    },
    async withPendingOutbox(limit) {
      const docs = await store.query<CaseDoc>('cases', { outboxPending: true }, { orderBy: 'receivedAt', limit });
      return docs.map(fromDoc);
    },
    async find(query: CaseQuery) {
      const filter: Record<string, Filter[string]> = {};
      if (query.states) filter.state = { in: [...query.states] };
      if (query.holderId) filter.holderId = query.holderId;
      if (query.department) filter.department = query.department;
      const docs = await store.query<CaseDoc>('cases', filter, { orderBy: 'receivedAt' });
      return docs.map(fromDoc);
    },
    async *all() {
      for await (const d of store.scan<CaseDoc>('cases')) yield fromDoc(d);
    },
  };
}
